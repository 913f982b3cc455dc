import { QueryClient } from '@tanstack/react-query';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers } from '../app/providers.tsx';
import { jsonResponse, problemResponse, stubFetch } from '../test/render.tsx';
import { UnitPicker } from './unit-picker.tsx';

configure({ asyncUtilTimeout: 5_000 });

const HANOI = '01970000-0000-7000-8000-000000000001';
const BA_DINH = '01970000-0000-7000-8000-000000000004';
const UNIT = {
  id: BA_DINH,
  name: 'Phường Ba Đình',
  shortName: null,
  code: '00004',
  unitType: 'ward',
  level: 'commune',
  block: 'government',
  parentId: HANOI,
  validFrom: '2025-07-01',
  validTo: null,
  childCount: 0,
};
const SO_NOI_VU = {
  ...UNIT,
  id: '01970000-0000-7000-8000-000000000010',
  name: 'Sở Nội vụ',
  code: null,
  unitType: 'department',
  level: null,
};

function orgApi() {
  return stubFetch((url) => {
    if (url.startsWith('/api/v1/org/units?')) {
      return jsonResponse({ asOf: '2026-03-10', items: [UNIT, SO_NOI_VU], total: 2, limit: 20, offset: 0 });
    }
    if (url.startsWith(`/api/v1/org/units/${BA_DINH}?`)) {
      return jsonResponse({
        ...UNIT,
        asOf: '2026-03-10',
        ancestors: [{ id: HANOI, name: 'Thành phố Hà Nội', unitType: 'municipality', level: 'city' }],
      });
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}

function Harness({ initial = null, initialLabel }: { initial?: string | null; initialLabel?: string }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <label htmlFor="unit">Đơn vị</label>
      <UnitPicker id="unit" value={value} onChange={setValue} initialLabel={initialLabel ?? null} />
      <output data-testid="value">{value ?? 'none'}</output>
    </>
  );
}

function renderPicker(props: Parameters<typeof Harness>[0] = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers queryClient={queryClient}>
      <Harness {...props} />
    </Providers>,
  );
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-09T18:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UnitPicker', () => {
  it('searches the units in force today (Vietnam) by the typed text and shows name, type and code', async () => {
    const fetchMock = orgApi();
    renderPicker();
    const input = screen.getByLabelText('Đơn vị');
    fireEvent.mouseDown(input);
    expect(await screen.findByText('Gõ tên hoặc mã đơn vị để tìm')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'ba dinh' } });
    const option = await screen.findByText('Phường Ba Đình · Phường · mã 00004');
    expect(screen.getByText('Sở Nội vụ · Sở, ban, ngành')).toBeTruthy();
    // 18:00 UTC on 9 March is already 10 March in Vietnam.
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/v1/org/units?q=ba+dinh&asOf=2026-03-10&limit=20',
    ]);
    fireEvent.click(option);
    expect(screen.getByTestId('value').textContent).toBe(BA_DINH);
  });

  it('reads a unit known only by its id, with the units above it', async () => {
    const fetchMock = orgApi();
    renderPicker({ initial: BA_DINH });
    expect(await screen.findByText('Phường Ba Đình · Phường · mã 00004 (Thành phố Hà Nội)')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      `/api/v1/org/units/${BA_DINH}?asOf=2026-03-10`,
    ]);
  });

  it('uses the label it is given without a request', async () => {
    const fetchMock = orgApi();
    renderPicker({ initial: BA_DINH, initialLabel: 'Phường Ba Đình' });
    expect(await screen.findByText('Phường Ba Đình')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
