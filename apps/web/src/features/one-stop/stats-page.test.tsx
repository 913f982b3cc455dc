import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render.tsx';
import type { ChartOption } from './echarts-setup.ts';
import { callsTo, oneStopApi } from './one-stop-api.ts';
import { CLERK, DESK_OFFICER, IDS, NOW } from './one-stop-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

// jsdom has no canvas: the chart is replaced by a recorder of the options it is given.
const chart = vi.hoisted(() => ({ options: [] as unknown[], disposed: 0 }));
vi.mock('./echarts-setup.ts', () => ({
  createChart: () => ({
    setOption: (option: unknown) => chart.options.push(option),
    resize: () => undefined,
    dispose: () => {
      chart.disposed += 1;
    },
  }),
}));

beforeEach(() => {
  chart.options.length = 0;
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('StatsPage (/app/mot-cua/thong-ke)', { timeout: 60_000 }, () => {
  it('shows the key figures, the QĐ 766 score as a chart and a table, and the breakdown', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    renderApp('/app/mot-cua/thong-ke');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thống kê giải quyết thủ tục hành chính' }),
    ).toBeTruthy();
    expect(await screen.findByText('Số liệu tháng 03/2026')).toBeTruthy();
    expect(callsTo(fetchMock, '/api/v1/dossier-stats')[0]).toBe(
      '/api/v1/dossier-stats?from=2026-03-01&to=2026-03-31&groupBy=unit',
    );

    const kpis = screen
      .getByRole('heading', { level: 2, name: 'Chỉ số chính' })
      .closest('.ant-card') as HTMLElement;
    const cards = within(kpis)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(cards).toEqual([
      'Hồ sơ tiếp nhận1.200200 hồ sơ đang giải quyết',
      'Giải quyết đúng hạn95%950 trên 1.000 hồ sơ đã giải quyết',
      'Hồ sơ quá hạn6050 đã giải quyết quá hạn, 10 đang quá hạn',
      'Nộp trực tuyến97%1.164 trên 1.200 hồ sơ tiếp nhận',
      'Dịch vụ công trực tuyến toàn trình75%900 trên 1.200 hồ sơ tiếp nhận',
      'Hồ sơ được số hóa91,7%1.100 trên 1.200 hồ sơ tiếp nhận',
      'Thanh toán trực tuyến75%300 trên 400 hồ sơ có phí, lệ phí',
      'Mức độ hài lòng94%500 lượt đánh giá, trung bình 4,5/5',
    ]);

    expect(screen.getByText('86,4/100')).toBeTruthy();
    const picture = screen.getByRole('img', { name: /^Biểu đồ điểm chất lượng phục vụ: tổng 86,4\/100/ });
    expect(picture.getAttribute('aria-label')).toContain(
      'Công khai, minh bạch 17/18; Tiến độ giải quyết 18,5/20',
    );
    const scoreTable = screen.getByRole('table', { name: 'Điểm theo nhóm chỉ số' });
    expect(
      within(scoreTable)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Nhóm chỉ sốĐiểm đạtĐiểm tối đa',
      'Công khai, minh bạch1718',
      'Tiến độ giải quyết18,520',
      'Số hóa hồ sơ20,122',
      'Dịch vụ công trực tuyến16,822',
      'Mức độ hài lòng1418',
      'Tổng cộng86,4100',
    ]);
    await waitFor(() => expect(chart.options.length).toBeGreaterThan(0));
    const option = chart.options.at(-1) as ChartOption & {
      series: { name: string; data: number[] }[];
      yAxis: { data: string[] };
    };
    expect(option.yAxis.data).toEqual([
      'Công khai, minh bạch',
      'Tiến độ giải quyết',
      'Số hóa hồ sơ',
      'Dịch vụ công trực tuyến',
      'Mức độ hài lòng',
    ]);
    expect(option.series.map((series) => [series.name, series.data])).toEqual([
      ['Điểm tối đa', [18, 20, 22, 22, 18]],
      ['Điểm đạt', [17, 18.5, 20.1, 16.8, 14]],
    ]);

    const breakdown = screen.getByRole('table', { name: 'Số liệu giải quyết hồ sơ theo Đơn vị' });
    const rows = within(breakdown).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Phường Ba Đình');
    expect(rows[1]?.textContent).toContain('96,7%');
    expect(rows.at(-1)?.textContent).toContain('Tổng cộng');
    expect(rows.at(-1)?.textContent).toContain('1.200');
  });

  it('changes unit, period and breakdown through the URL', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    const { router } = renderApp('/app/mot-cua/thong-ke');
    await screen.findByText('Số liệu tháng 03/2026');
    fireEvent.click(screen.getByRole('radio', { name: 'Quý' }));
    fireEvent.mouseDown(screen.getByLabelText('Chi tiết theo'));
    fireEvent.click(await screen.findByTitle('Thủ tục'));
    fireEvent.click(screen.getByRole('button', { name: 'Xem thống kê' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?ky=quarter&ngay=2026-03-10&nhom=procedure'),
    );
    expect(await screen.findByText('Số liệu quý 1/2026')).toBeTruthy();
    await waitFor(() =>
      expect(callsTo(fetchMock, '/api/v1/dossier-stats')).toContain(
        '/api/v1/dossier-stats?from=2026-01-01&to=2026-03-31&groupBy=procedure',
      ),
    );
  });

  it('reads a range and a unit from the URL', async () => {
    const fetchMock = oneStopApi(DESK_OFFICER);
    renderApp(`/app/mot-cua/thong-ke?don-vi=${IDS.baDinh}&ky=range&tu=2025-07-01&den=2026-02-28&nhom=month`);
    expect(await screen.findByText('Số liệu từ 01/07/2025 đến 28/02/2026')).toBeTruthy();
    expect(callsTo(fetchMock, '/api/v1/dossier-stats')[0]).toBe(
      `/api/v1/dossier-stats?unitId=${IDS.baDinh}&from=2025-07-01&to=2026-02-28&groupBy=month`,
    );
    expect(screen.getByRole('table', { name: 'Số liệu giải quyết hồ sơ theo Tháng' })).toBeTruthy();
  });

  it('exports the breakdown as CSV with a BOM for Excel', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:thong-ke';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    oneStopApi(DESK_OFFICER);
    renderApp('/app/mot-cua/thong-ke');
    fireEvent.click(await screen.findByRole('button', { name: 'Xuất CSV' }));
    expect(clicked).toEqual(['thong-ke-ho-so-2026-03-01-2026-03-31-unit.csv']);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Đơn vị,Tiếp nhận,Đã giải quyết,Quá hạn,Đang giải quyết,Đúng hạn (%),Trực tuyến (%),Toàn trình (%),Số hóa (%),Thanh toán trực tuyến (%),Hài lòng (%)',
    );
    expect(lines[1]).toBe('Phường Ba Đình,700,600,24,100,96.7,98.6,71.4,92.9,80,96.7');
    expect(lines[2]).toBe('"Phường ""Hoàn Kiếm"", trung tâm",500,400,36,100,92.5,94.8,80,90,66.7,90');
    expect(lines[3]).toBe('Tổng cộng,1200,1000,60,200,95,97,75,91.7,75,94');
  });

  it('is closed without dossier.stats', async () => {
    oneStopApi(CLERK);
    renderApp('/app/mot-cua/thong-ke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
  });
});
