import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render.tsx';
import { BIRTH_ID, catalogueApi } from './procedures-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

describe('ProcedureDetailPage', () => {
  it('shows the procedure in force: facts, parts, fees, steps, legal basis, version', async () => {
    catalogueApi();
    renderApp(`/thu-tuc/${BIRTH_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(document.title).toContain('Đăng ký khai sinh');

    const summary = screen.getByRole('region', { name: 'Thông tin chung' });
    for (const text of [
      '1.001193.000.00.00.H26',
      'Hộ tịch',
      'Ủy ban nhân dân cấp xã',
      'Trong ngày làm việc',
      'Giấy khai sinh',
      'Phiên bản 2, áp dụng từ ngày 01/07/2025',
    ]) {
      expect(summary.textContent, text).toContain(text);
    }
    expect(screen.getByText('Dịch vụ công trực tuyến: Toàn trình')).toBeTruthy();

    const parts = within(screen.getByRole('region', { name: 'Thành phần hồ sơ' })).getAllByRole('listitem');
    expect(parts[0]?.textContent).toContain('Giấy chứng sinh (bản chính)');
    expect(parts[0]?.textContent).toContain('Bắt buộc');
    expect(parts[0]?.textContent).toContain('kho dữ liệu cá nhân');
    expect(parts[1]?.textContent).toContain('Nếu có');

    const fees = screen.getByRole('region', { name: 'Phí, lệ phí' });
    expect(fees.textContent).toContain('Lệ phí đăng ký khai sinh: Không mất phí');
    expect(fees.textContent).toContain('Phí cấp bản sao trích lục: 8.000 đồng');
    expect(fees.textContent).toContain('8.000 đồng/bản.');

    const steps = within(screen.getByRole('region', { name: 'Trình tự giải quyết' })).getAllByRole(
      'listitem',
    );
    expect(steps.map((step) => step.textContent)).toEqual([
      'Tiếp nhận, kiểm tra hồ sơ (Bộ phận một cửa, trong ngày)',
      'Công chức tư pháp – hộ tịch ghi sổ (Chuyên viên, 0,5 ngày làm việc)',
      'Chủ tịch Ủy ban nhân dân cấp xã ký (Lãnh đạo, trong ngày)',
    ]);
    expect(screen.getByRole('region', { name: 'Căn cứ pháp lý' }).textContent).toContain(
      'Nghị định 123/2015/NĐ-CP',
    );

    const apply = screen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
    expect(apply.getAttribute('href')).toBe(`/nop-ho-so/${BIRTH_ID}`);
    expect(screen.getByRole('link', { name: 'Về danh mục thủ tục' }).getAttribute('href')).toBe('/thu-tuc');
  });

  it('says so when the procedure does not exist or is not in force', async () => {
    catalogueApi();
    renderApp('/thu-tuc/0190a0b0-0000-7000-8000-00000000dead');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không tìm thấy thủ tục, hoặc thủ tục chưa có hiệu lực.',
    );
    expect(screen.queryByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toBeNull();
  });
});
