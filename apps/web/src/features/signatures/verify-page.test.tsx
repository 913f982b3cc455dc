import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import type { VerificationReport } from './queries.ts';

const certificate = {
  subject: 'C=VN, CN=Nguyễn Văn An',
  commonName: 'Nguyễn Văn An',
  issuer: 'C=VN, O=Liên Thông, CN=Liên Thông Issuing CA',
  serial: '1a2b',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2029-01-01T00:00:00.000Z',
};

const report: VerificationReport = {
  status: 'invalid',
  kind: 'pdf',
  fileName: 'quyet-dinh.da-ky.pdf',
  sha256: 'a'.repeat(64),
  size: 1234,
  problems: [],
  record: { code: 'abcdefghijklmnopqrstuv', signedAt: '2026-03-05T02:30:00.000Z', mode: 'personal' },
  checkedAt: '2026-03-05T03:00:00.000Z',
  signatures: [
    {
      index: 1,
      fieldName: 'ChuKySo1',
      status: 'invalid',
      signer: { ...certificate, role: 'official' },
      signingTime: '2026-03-05T02:30:00.000Z',
      timestamp: { time: '2026-03-05T02:30:01.000Z', authority: 'Liên Thông Timestamp Authority' },
      level: 'B-T',
      chain: [certificate],
      revocation: { status: 'good', source: 'ocsp', revokedAt: null, reason: null },
      coverage: { wholeDocument: false, laterChanges: 'other' },
      checks: [
        { code: 'INTEGRITY', status: 'passed', message: 'Nội dung được ký không bị thay đổi.' },
        { code: 'COVERAGE', status: 'failed', message: 'Tệp đã bị thay đổi nội dung sau khi ký.' },
      ],
    },
  ],
};

describe('VerifyPage', () => {
  it('opens the report of a QR code: the verdict, the signer, what failed, and the details on demand', async () => {
    const fetchMock = stubFetch(() => jsonResponse(report));
    renderApp('/xac-thuc?ma=abcdefghijklmnopqrstuv');
    expect(await screen.findByText('Văn bản có chữ ký số không hợp lệ')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(
      '/api/v1/signatures/verify/abcdefghijklmnopqrstuv',
    );
    expect(screen.getByText(/Nguyễn Văn An/)).toBeTruthy();
    expect(screen.getByText('Tệp đã bị thay đổi nội dung sau khi ký.')).toBeTruthy();
    expect(screen.queryByText('Chuỗi chứng thư')).toBeNull();
    fireEvent.click(screen.getByText('Chi tiết'));
    expect(await screen.findByText('Chuỗi chứng thư')).toBeTruthy();
    expect(screen.getByText('Nội dung được ký không bị thay đổi.')).toBeTruthy();
  });

  it("shows the server's reason when the code is unknown", async () => {
    stubFetch(() => problemResponse(404, 'NOT_FOUND', 'Không tìm thấy dữ liệu yêu cầu.'));
    renderApp('/xac-thuc?ma=abcdefghijklmnopqrstuv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tìm thấy văn bản theo mã QR');
  });
});
