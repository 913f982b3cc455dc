import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toMoment } from '@lienthong/vn';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DossierFormContext,
  type DossierFormEvent,
  listHandOffs,
  type RegisterContext,
  type ResultContext,
  renderDossierForm,
  renderRegister,
  renderResult,
} from './index.ts';

const FONT = new Uint8Array(readFileSync('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'));
const BOLD = new Uint8Array(readFileSync('/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'));
const dir = mkdtempSync(path.join(tmpdir(), 'lt-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function save(bytes: Uint8Array): string {
  fileCount += 1;
  const file = path.join(dir, `form-${fileCount}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** The text as pdftotext (poppler) extracts it, blanks collapsed. */
function extract(bytes: Uint8Array): string {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', save(bytes), '-'], { encoding: 'utf8' });
  return raw.replace(/\s+/g, ' ');
}

function info(bytes: Uint8Array): { pages: number; size: string } {
  const out = execFileSync('pdfinfo', [save(bytes)], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(out)?.[1] ?? '',
  };
}

function countImages(bytes: Uint8Array): number {
  const out = execFileSync('pdfimages', ['-list', save(bytes)], { encoding: 'utf8' });
  return out.trim().split('\n').length - 2;
}

/** Words on the last page (pdftotext -bbox: top-left origin, points). */
function lastPageWords(
  bytes: Uint8Array,
): { word: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', save(bytes), '-'], { encoding: 'utf8' });
  const pages = html.split('<page ');
  const last = pages[pages.length - 1] ?? '';
  return [...last.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
    (match) => ({
      xMin: Number(match[1]),
      yMin: Number(match[2]),
      xMax: Number(match[3]),
      yMax: Number(match[4]),
      word: match[5] ?? '',
    }),
  );
}

const at = (date: string, time: string) => toMoment(date, time);
// Decomposed on purpose: the forms must print NFC whatever they are given.
const NAME = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
const NAME_NFC = 'Nguyễn Thị Hồng Nhung';

function context(overrides: Partial<DossierFormContext> = {}): DossierFormContext {
  return {
    dossier: {
      code: 'H26.1.01-260305-0007',
      trackingSecret: 'K7P2-9QXM',
      procedureCode: '1.001193.000.00.00.H26',
      procedureName: 'Đăng ký khai sinh',
      applicant: {
        kind: 'citizen',
        fullName: NAME,
        personalId: '001190012345',
        address: 'Số 12 phố Đội Cấn, Phường Ba Đình, Hà Nội',
        phone: '0912345678',
      },
      channel: 'desk',
      submittedAt: at('2026-03-05', '09:40'),
      receivedAt: at('2026-03-05', '10:05'),
      dueAt: at('2026-03-10', '17:00'),
      promisedAt: null,
      parts: [
        { name: 'Tờ khai đăng ký khai sinh', fileName: 'to-khai.pdf', source: 'upload' },
        { name: 'Giấy chứng sinh', fileName: 'giay-chung-sinh.pdf', source: 'desk_scan' },
      ],
      fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 50000 }],
      timeLimitDays: 3,
    },
    unit: { name: 'Phường Ba Đình', parentName: 'Thành phố Hà Nội', placeName: 'Hà Nội' },
    officer: { name: 'Trần Văn Bình' },
    events: [],
    issuedAt: at('2026-03-05', '10:06'),
    ...overrides,
  };
}

describe('forms 01–05', () => {
  it('01 receipt and appointment: applicant, parts, dates, fees, tracking code and QR', async () => {
    const ctx = context({
      trackingUrl: 'https://lienthong.hanoi.gov.vn/tra-cuu?ma=H26.1.01-260305-0007&k=K7P2-9QXM',
    });
    const pdf = await renderDossierForm('01', ctx, FONT, { boldFont: BOLD });
    const text = extract(pdf);
    expect(text).toBe(text.normalize('NFC'));
    for (const expected of [
      'THÀNH PHỐ HÀ NỘI',
      'PHƯỜNG BA ĐÌNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 05 tháng 3 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mã hồ sơ: H26.1.01-260305-0007',
      NAME_NFC,
      '001190012345',
      'Đăng ký khai sinh',
      'Tờ khai đăng ký khai sinh',
      'Số hóa tại Bộ phận Một cửa',
      '3 ngày làm việc',
      'Thời gian tiếp nhận hồ sơ: 10:05 ngày 05/03/2026',
      'Thời gian hẹn trả kết quả: 17:00 ngày 10/03/2026',
      'Lệ phí đăng ký khai sinh: 50.000 đồng',
      'Mã tra cứu: K7P2-9QXM',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Trần Văn Bình',
    ]) {
      expect(text).toContain(expected);
    }
    expect(countImages(pdf)).toBe(1);
    expect(info(pdf)).toEqual({ pages: 1, size: '595.28 x 841.89' });
  });

  it('01 without a tracking link has no QR code; online filing is said so', async () => {
    const base = context();
    const pdf = await renderDossierForm(
      '01',
      { ...base, dossier: { ...base.dossier, channel: 'online', fees: [] } },
      FONT,
    );
    const text = extract(pdf);
    expect(countImages(pdf)).toBe(0);
    expect(text).toContain('Trực tuyến, nộp lúc 09:40 ngày 05/03/2026');
    expect(text).toContain('Phí, lệ phí: không thu.');
    expect(text).toContain('(Nộp trực tuyến)');
  });

  it('02 supplement request: reasons, parts to add, the clock stops', async () => {
    const pdf = await renderDossierForm(
      '02',
      context({
        reason: 'Giấy chứng sinh bị mờ, không đọc được tên người mẹ.',
        partsToAdd: ['Giấy chứng sinh (bản chụp rõ nét)', 'Giấy tờ chứng minh nơi cư trú của người mẹ'],
        issuedAt: at('2026-03-06', '14:30'),
      }),
      FONT,
      { boldFont: BOLD },
    );
    const text = extract(pdf);
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(`Kính gửi: Ông/Bà ${NAME_NFC}`);
    expect(text).toContain('Ngày 05/03/2026, Phường Ba Đình đã tiếp nhận');
    expect(text).toContain('Giấy chứng sinh bị mờ, không đọc được tên người mẹ.');
    expect(text).toContain('2. Giấy tờ chứng minh nơi cư trú của người mẹ');
    expect(text).toContain('Thời gian giải quyết hồ sơ tạm dừng từ 14:30 ngày 06/03/2026');
  });

  it('03 refusal states the reasons', async () => {
    const text = extract(
      await renderDossierForm(
        '03',
        context({ reason: 'Hồ sơ không thuộc thẩm quyền giải quyết của phường.' }),
        FONT,
      ),
    );
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Hồ sơ không thuộc thẩm quyền giải quyết của phường.');
    expect(text).toContain(NAME_NFC);
  });

  it('03 addressed to a business filing through its representative', async () => {
    const base = context({ reason: 'Sai mẫu tờ khai.' });
    const applicant = {
      kind: 'business' as const,
      fullName: 'Lê Hoàng Long',
      personalId: '001088001122',
      businessName: 'Công ty TNHH Thương mại Đông Á',
      taxCode: '0100109106',
    };
    const text = extract(
      await renderDossierForm('03', { ...base, dossier: { ...base.dossier, applicant } }, FONT),
    );
    expect(text).toContain('Kính gửi: Công ty TNHH Thương mại Đông Á');
  });

  it('04 apology gives the reason and the new date', async () => {
    const text = extract(
      await renderDossierForm(
        '04',
        context({
          reason: 'Cần xác minh thêm thông tin với Sở Tư pháp.',
          newDate: at('2026-03-13', '16:00'),
        }),
        FONT,
        { boldFont: BOLD },
      ),
    );
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Thời gian hẹn trả kết quả: 17:00 ngày 10/03/2026');
    expect(text).toContain('Cần xác minh thêm thông tin với Sở Tư pháp.');
    expect(text).toContain('hẹn lại thời gian trả kết quả vào: 16:00 ngày 13/03/2026');
  });

  it('05 stop notice gives the reason, even a long one over several lines', async () => {
    const reason = `Người nộp hồ sơ đề nghị rút hồ sơ. ${'Đã đối chiếu với giấy tờ gốc tại Bộ phận Một cửa. '.repeat(8)}`;
    const text = extract(await renderDossierForm('05', context({ reason }), FONT));
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('Người nộp hồ sơ đề nghị rút hồ sơ.');
    expect(text).toContain(NAME_NFC);
  });

  it('renders with the regular font only (bold simulated) and keeps the text', async () => {
    const text = extract(await renderDossierForm('02', context({ reason: 'Thiếu ảnh.' }), FONT));
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('keeps the signer stamp area of the last page free', async () => {
    const words = lastPageWords(await renderDossierForm('01', context(), FONT, { boldFont: BOLD }));
    const inStamp = words.filter(
      (w) =>
        w.xMax > 595.28 - 36 - 230 && w.xMin < 595.28 - 36 && w.yMax > 841.89 - 108 && w.yMin < 841.89 - 36,
    );
    expect(words.length).toBeGreaterThan(20);
    expect(inStamp).toEqual([]);
  });
});

function events(count: number): DossierFormEvent[] {
  const start = at('2026-03-05', '08:00').getTime();
  return Array.from({ length: count }, (_, index) => ({
    at: new Date(start + index * 3_600_000),
    actionLabel: index === 0 ? 'Tiếp nhận (mẫu 01)' : 'Chuyển xử lý',
    actorName: index % 2 === 0 ? 'Trần Văn Bình' : 'Lê Thị Ánh',
    unitName: 'Phường Ba Đình',
    note: `Bước thứ ${index + 1}`,
    stateLabel: 'Đang giải quyết',
    stepDueAt: new Date(start + index * 3_600_000 + (index % 3 === 0 ? 1_800_000 : 7_200_000)),
  }));
}

describe('form 06, control slip', () => {
  it('lists hand-offs: giver, receiver, on time against the previous step', () => {
    const rows = listHandOffs(events(4));
    expect(rows.map((row) => [row.giver, row.receiver, row.onTime])).toEqual([
      ['Trần Văn Bình (Phường Ba Đình)', 'Lê Thị Ánh (Phường Ba Đình)', null],
      ['Lê Thị Ánh (Phường Ba Đình)', 'Trần Văn Bình (Phường Ba Đình)', false],
      ['Trần Văn Bình (Phường Ba Đình)', 'Lê Thị Ánh (Phường Ba Đình)', true],
      ['Lê Thị Ánh (Phường Ba Đình)', '', true],
    ]);
  });

  it('runs over several pages with 200 hand-offs', async () => {
    const pdf = await renderDossierForm('06', context({ events: events(200) }), FONT, { boldFont: BOLD });
    const { pages } = info(pdf);
    expect(pages).toBeGreaterThan(3);
    const text = extract(pdf);
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Kèm theo hồ sơ của: ${NAME_NFC}`);
    expect(text).toContain('Bước thứ 1 ');
    expect(text).toContain('Bước thứ 200');
    expect(text).toContain('Quá hạn');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain(`Trang ${pages}/${pages}`);
    expect(text.match(/Bên giao/g)?.length).toBeGreaterThanOrEqual(pages - 1);
  });
});

describe('form 07, register', () => {
  it('is a landscape table over several pages with 200 dossiers', async () => {
    const start = at('2026-03-02', '08:00').getTime();
    const ctx: RegisterContext = {
      unit: { name: 'Phường Hoàn Kiếm', parentName: 'Thành phố Hà Nội', placeName: 'Hà Nội' },
      from: '2026-03-01',
      to: '2026-03-31',
      issuedAt: at('2026-04-01', '09:00'),
      rows: Array.from({ length: 200 }, (_, index) => ({
        code: `H26.1.02-260302-${String(index + 1).padStart(4, '0')}`,
        procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
        applicantName: index === 199 ? NAME : 'Phạm Quốc Đạt',
        address: 'Phố Hàng Bạc, Phường Hoàn Kiếm',
        receivedAt: new Date(start + index * 600_000),
        dueAt: new Date(start + index * 600_000 + 86_400_000),
        resultReadyAt: index % 2 ? new Date(start + index * 600_000 + 3_600_000) : null,
        deliveredAt: null,
        stateLabel: index % 2 ? 'Có kết quả, chờ trả' : 'Đang giải quyết',
        onTime: index % 2 ? index % 5 !== 0 : null,
      })),
    };
    const pdf = await renderRegister(ctx, FONT, { boldFont: BOLD });
    const { pages, size } = info(pdf);
    expect(size).toBe('841.89 x 595.28');
    expect(pages).toBeGreaterThan(3);
    const text = extract(pdf);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(text).toContain('H26.1.02-260302-0200');
    expect(text).toContain(NAME_NFC);
    expect(text).toContain('02/03/2026 08:00');
    expect(text).toContain(
      'Tổng số hồ sơ: 200; đã giải quyết đúng hạn: 80; quá hạn: 20; đang giải quyết: 100.',
    );
    expect(text.match(/Mã hồ sơ/g)?.length).toBeGreaterThanOrEqual(pages - 1);
  });
});

describe('result document', () => {
  const result: ResultContext = {
    unit: { name: 'Phường Ba Đình', parentName: 'Ủy ban nhân dân Thành phố Hà Nội', placeName: 'Hà Nội' },
    title: 'GIẤY KHAI SINH',
    code: 'H26.1.01-260305-0007',
    applicant: { kind: 'citizen', fullName: NAME, personalId: '001190012345' },
    fields: [
      { label: 'Họ, chữ đệm và tên', value: 'Nguyễn Minh Khôi' },
      { label: 'Ngày, tháng, năm sinh', value: '01/03/2026' },
      { label: 'Nơi sinh', value: 'Bệnh viện Phụ sản Hà Nội' },
    ],
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    signerName: 'Đỗ Thị Thu Hà',
    issuedAt: at('2026-03-09', '15:00'),
    documentNumber: '15/GKS-UBND',
  };
  const free = (words: ReturnType<typeof lastPageWords>) =>
    words.filter(
      (w) =>
        w.xMax > 595.28 - 36 - 230 &&
        w.xMin < 595.28 - 36 &&
        ((w.yMax > 841.89 - 108 && w.yMin < 841.89 - 36) || (w.yMax > 18 && w.yMin < 18 + 90)),
    );

  it('an approval is the certificate with its fields, with room for signature and seal', async () => {
    const pdf = await renderResult(result, FONT, { boldFont: BOLD });
    const text = extract(pdf);
    for (const expected of [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      'Số: 15/GKS-UBND',
      'Hà Nội, ngày 09 tháng 3 năm 2026',
      'GIẤY KHAI SINH',
      `Ông/Bà: ${NAME_NFC}`,
      'Họ, chữ đệm và tên: Nguyễn Minh Khôi',
      'Ngày, tháng, năm sinh: 01/03/2026',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đỗ Thị Thu Hà',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('VĂN BẢN TRẢ LỜI');
    expect(free(lastPageWords(pdf))).toEqual([]);
  });

  it('a denial is a written answer stating the reason', async () => {
    const pdf = await renderResult(
      {
        ...result,
        procedureName: 'Đăng ký khai sinh',
        denial: { reason: 'Người đi đăng ký không phải cha, mẹ hoặc người thân thích của trẻ.' },
      },
      FONT,
    );
    const text = extract(pdf);
    expect(text).toContain('VĂN BẢN TRẢ LỜI');
    expect(text).toContain('V/v không giải quyết hồ sơ H26.1.01-260305-0007');
    expect(text).toContain(`Kính gửi: Ông/Bà ${NAME_NFC}`);
    expect(text).toContain('đề nghị giải quyết thủ tục: Đăng ký khai sinh');
    expect(text).toContain('Người đi đăng ký không phải cha, mẹ hoặc người thân thích của trẻ.');
    expect(text).toContain('khiếu nại hoặc khởi kiện');
    expect(free(lastPageWords(pdf))).toEqual([]);
    const bare = extract(
      await renderResult({ ...result, title: 'VĂN BẢN TRẢ LỜI', denial: { reason: 'Thiếu giấy tờ.' } }, FONT),
    );
    expect(bare).toContain('H26.1.01-260305-0007 của ông/bà. Sau khi xem xét');
    expect(bare).not.toContain('cấp văn bản trả lời');
  });
});
