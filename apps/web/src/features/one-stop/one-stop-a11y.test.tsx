import { configure, fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render.tsx';
import { oneStopApi } from './one-stop-api.ts';
import { DESK_OFFICER, IDS, NOW } from './one-stop-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

vi.mock('./echarts-setup.ts', () => ({
  createChart: () => ({ setOption: () => undefined, resize: () => undefined, dispose: () => undefined }),
}));

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * axe-core's serious and critical WCAG 2.1 A/AA violations in the rendered page. jsdom has no
 * layout, so contrast is left to the Playwright journeys (and the theme's documented colours).
 */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('one-stop pages: accessibility (axe-core)', { timeout: 120_000 }, () => {
  it('the work queues, with a selection and the bulk dialog', async () => {
    oneStopApi(DESK_OFFICER);
    renderApp('/app/mot-cua');
    const table = await screen.findByRole('table', { name: 'Danh sách hồ sơ: Tất cả' });
    fireEvent.click(await within(table).findByRole('checkbox', { name: 'Chọn hồ sơ 00004-260309-0001' }));
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Trả kết quả' }));
    await screen.findByRole('dialog', { name: 'Trả kết quả' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('the dossier, with an action dialog', async () => {
    oneStopApi(DESK_OFFICER);
    renderApp(`/app/mot-cua/ho-so/${IDS.d1}`);
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 00004-260309-0001' });
    await screen.findByText('Họ và tên người yêu cầu');
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Xin lỗi và hẹn lại ngày trả (mẫu 04)' }));
    await screen.findByRole('dialog', { name: 'Xin lỗi và hẹn lại ngày trả (mẫu 04)' });
    expect(await seriousViolations()).toEqual([]);
  });

  it('the statistics and the procedure chooser', async () => {
    oneStopApi(DESK_OFFICER);
    const view = renderApp('/app/mot-cua/thong-ke');
    await screen.findByRole('table', { name: 'Điểm theo nhóm chỉ số' });
    expect(await seriousViolations()).toEqual([]);
    view.unmount();
    renderApp('/app/mot-cua/nop-ho-so');
    await screen.findByRole('link', { name: 'Chọn thủ tục Đăng ký khai sinh' });
    expect(await seriousViolations()).toEqual([]);
  });
});
