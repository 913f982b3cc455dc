import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp } from '../../test/render.tsx';
import { IDS, MERGE, type OrgPost, orgApi, PHUONG_BA_DINH } from './org-fixtures.ts';
import type { OrgRestructureResult } from './queries.ts';

// Long journeys through a lazily loaded dialog: slow in jsdom on a busy machine.
configure({ asyncUtilTimeout: 8_000 });

const ORG_MANAGER = {
  id: 'u3',
  kind: 'official',
  displayName: 'Nguyễn Văn Quản',
  roles: ['system_admin'],
  permissions: ['org.manage'],
};
const RESTRUCTURER = { ...ORG_MANAGER, permissions: ['org.manage', 'org.restructure'] };
const RENAME_ID = '01970000-0000-7000-8000-0000000000b1';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-10T03:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function renameResult(preview: boolean): OrgRestructureResult {
  return {
    id: RENAME_ID,
    kind: 'rename',
    effectiveDate: '2025-07-01',
    legalBasis: 'Quyết định 12/QĐ-UBND',
    note: null,
    unitId: IDS.phuongBaDinh,
    createdBy: 'u3',
    createdAt: '2026-03-10T03:00:00Z',
    lineage: [],
    preview,
    units: [{ ...PHUONG_BA_DINH, name: 'Phường Ba Đình mới' }],
  };
}

async function openWizard() {
  fireEvent.click(await screen.findByRole('button', { name: /Sắp xếp đơn vị/ }));
  return screen.findByRole('dialog');
}

/** Types in a unit picker and chooses the option whose label starts with `name`. */
async function pick(label: string, text: string, name: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) =>
      element.textContent?.startsWith(name),
    );
    if (!found) throw new Error(`no option ${name}`);
    return found;
  });
  fireEvent.click(option);
}

function posts(fetchMock: ReturnType<typeof orgApi>) {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);
}

describe('RestructureWizard', () => {
  it('previews a rename (nothing written), then records it on confirm and links to it', async () => {
    const post: OrgPost = (body) =>
      body.preview ? jsonResponse(renameResult(true)) : jsonResponse(renameResult(false), 201);
    const fetchMock = orgApi(ORG_MANAGER, post);
    renderApp('/app/to-chuc?ngay=2025-07-01');
    const dialog = await openWizard();
    expect(within(dialog).getByText('Sắp xếp đơn vị')).toBeTruthy();
    // Merging, splitting and dissolving need org.restructure.
    expect((within(dialog).getByRole('radio', { name: /Sáp nhập/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('radio', { name: /Đổi tên/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));

    expect(await within(dialog).findByRole('heading', { name: 'Bước 2: Đơn vị' })).toBeTruthy();
    expect((within(dialog).getByLabelText('Ngày có hiệu lực') as HTMLInputElement).value).toBe('01/07/2025');
    await pick('Đơn vị đổi tên', 'ba dinh', 'Phường Ba Đình');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));

    expect(await within(dialog).findByRole('heading', { name: 'Bước 3: Chi tiết' })).toBeTruthy();
    const name = within(dialog).getByLabelText('Tên mới của đơn vị') as HTMLInputElement;
    expect(name.value).toBe('Phường Ba Đình');
    fireEvent.change(name, { target: { value: 'Phường Ba Đình mới' } });
    fireEvent.change(within(dialog).getByLabelText('Căn cứ pháp lý'), {
      target: { value: 'Quyết định 12/QĐ-UBND' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));

    expect(await within(dialog).findByText('Kết quả dự kiến – chưa có gì được ghi')).toBeTruthy();
    const changes = within(dialog).getByRole('table', { name: 'Thay đổi thông tin đơn vị' });
    expect(within(changes).getByText('Phường Ba Đình')).toBeTruthy();
    expect(within(changes).getByText('Phường Ba Đình mới')).toBeTruthy();
    expect(within(changes).queryByText('Mã đơn vị')).toBeNull();
    expect(
      within(dialog).getByText(/Thông tin cũ của đơn vị hết hiệu lực từ ngày 01\/07\/2025/),
    ).toBeTruthy();
    expect(posts(fetchMock)).toEqual([
      {
        kind: 'rename',
        effectiveDate: '2025-07-01',
        preview: true,
        legalBasis: 'Quyết định 12/QĐ-UBND',
        unitId: IDS.phuongBaDinh,
        name: 'Phường Ba Đình mới',
        shortName: null,
        code: '00004',
      },
    ]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục xác nhận' }));
    expect(await within(dialog).findByText(/sẽ được ghi vào cơ cấu tổ chức/)).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi việc sắp xếp' }));

    expect(await within(dialog).findByRole('heading', { name: 'Đã ghi việc sắp xếp' })).toBeTruthy();
    expect(within(dialog).getByText('Đã ghi: Đổi tên, có hiệu lực từ ngày 01/07/2025.')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: 'Xem việc sắp xếp' }).getAttribute('href')).toBe(
      `/app/to-chuc?ngay=2025-07-01&don-vi=${IDS.phuongBaDinh}&sap-xep=${RENAME_ID}`,
    );
    const sent = posts(fetchMock);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ ...sent[0], preview: false });
  }, 60_000);

  it("puts the server's field errors on the wizard's fields and shows a 409 in an alert", async () => {
    let answer: 'invalid' | 'conflict' = 'invalid';
    const post: OrgPost = () =>
      answer === 'invalid'
        ? problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
            { path: 'body.sourceIds.1', message: 'Các đơn vị sáp nhập phải cùng một tỉnh.' },
            { path: 'body.into.newUnit.name', message: 'Tên đơn vị quá dài.' },
          ])
        : problemResponse(
            409,
            'CONFLICT',
            'Phường Trúc Bạch đã có thay đổi từ ngày 01/07/2025: cần ghi các thay đổi theo thứ tự thời gian.',
          );
    const fetchMock = orgApi(RESTRUCTURER, post);
    renderApp('/app/to-chuc?ngay=2025-06-30');
    const dialog = await openWizard();
    fireEvent.click(within(dialog).getByRole('radio', { name: /Sáp nhập/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await within(dialog).findByRole('heading', { name: 'Bước 2: Đơn vị' });
    await pick('Các đơn vị được sáp nhập', 'truc bach', 'Phường Trúc Bạch');
    await pick('Các đơn vị được sáp nhập', 'quan thanh', 'Phường Quán Thánh');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));

    await within(dialog).findByRole('heading', { name: 'Bước 3: Chi tiết' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    // Client-side checks first: the legal basis and the new unit's name are required.
    expect(await within(dialog).findByText('Cần ghi căn cứ pháp lý (số, ký hiệu văn bản)')).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Căn cứ pháp lý'), {
      target: { value: MERGE.legalBasis },
    });
    fireEvent.change(within(dialog).getByLabelText('Tên đơn vị'), { target: { value: 'Phường Ba Đình' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));

    // 400: back to the units step, each message on its field, the server's detail in the alert.
    expect(await within(dialog).findByRole('heading', { name: 'Bước 2: Đơn vị' })).toBeTruthy();
    const alert = within(dialog).getByRole('alert');
    expect(alert.textContent).toContain('Chưa thực hiện được việc sắp xếp');
    expect(alert.textContent).toContain('Dữ liệu gửi lên không hợp lệ.');
    const sources = within(dialog).getByLabelText('Các đơn vị được sáp nhập');
    await waitFor(() => expect(sources.getAttribute('aria-invalid')).toBe('true'));
    const nameField = within(dialog).getByLabelText('Tên đơn vị');
    expect(nameField.getAttribute('aria-invalid')).toBe('true');
    const [sent] = posts(fetchMock);
    expect(sent).toMatchObject({
      kind: 'merge',
      effectiveDate: '2025-06-30',
      preview: true,
      legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
      sourceIds: [IDS.trucBach, IDS.quanThanh],
      into: {
        newUnit: {
          name: 'Phường Ba Đình',
          unitType: 'ward',
          level: 'commune',
          block: 'government',
          parentId: IDS.quanBaDinh,
        },
      },
    });

    answer = 'conflict';
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await within(dialog).findByRole('heading', { name: 'Bước 3: Chi tiết' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xem trước' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toContain(
        'cần ghi các thay đổi theo thứ tự thời gian',
      ),
    );
    expect(
      (within(dialog).getByRole('button', { name: 'Tiếp tục xác nhận' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(posts(fetchMock).every((body) => body.preview === true)).toBe(true);
  }, 60_000);
});
