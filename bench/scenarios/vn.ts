import {
  addWorkingDays,
  addWorkingHours,
  type Pause,
  tokenizeForSearch,
} from '../../packages/vn/src/index.ts';

/**
 * Benchmarks of the Vietnamese toolkit (@lienthong/vn):
 * - tokenising 1 MB of Vietnamese text for search (paragraph by paragraph, as an indexer would);
 * - 100,000 deadline computations in working days (mixed receipt moments 2024–2026, n = 1–30,
 *   one in five with clock pauses);
 * - 100,000 service-level computations in working hours (8 h, some with pauses).
 * Inputs are generated deterministically; nothing is read from disk.
 */
export type VnBenchResult = { name: string; ops: number; ms: number; opsPerSec: number };

const SENTENCES = [
  'Ủy ban nhân dân thành phố Hà Nội tiếp nhận hồ sơ đăng ký khai sinh của công dân tại bộ phận một cửa.',
  'Thời hạn giải quyết thủ tục hành chính là 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
  'Trường hợp hồ sơ chưa đầy đủ, cán bộ tiếp nhận hướng dẫn người dân bổ sung, hoàn thiện hồ sơ theo quy định.',
  'Phường Hoàn Kiếm phối hợp với Sở Xây dựng kiểm tra việc cấp giấy phép xây dựng nhà ở riêng lẻ.',
  'Người dân phản ánh tình trạng rác thải tồn đọng trên phố Lò Đúc, đề nghị cơ quan chức năng xử lý kịp thời.',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.',
  'Kế hoạch chuyển đổi số năm 2025 đặt mục tiêu 100% dịch vụ công trực tuyến được tái cấu trúc quy trình.',
  'Lệ phí cấp bản sao trích lục hộ tịch là 8.000 đồng một bản, nộp trực tiếp hoặc thanh toán qua VietQR.',
  'Đề nghị các sở, ban, ngành, Ủy ban nhân dân các xã, phường khẩn trương triển khai thực hiện.',
  'Thủy lợi, giao thông và y tế là những lĩnh vực được ưu tiên đầu tư trong giai đoạn 2026 – 2030.',
];

/** A deterministic pseudo-random generator (mulberry32). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** About `bytes` bytes (UTF-8) of paragraphs of 3–8 sentences. */
function buildParagraphs(bytes: number): string[] {
  const random = createRandom(42);
  const encoder = new TextEncoder();
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const count = 3 + Math.floor(random() * 6);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(SENTENCES[Math.floor(random() * SENTENCES.length)] ?? '');
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += encoder.encode(paragraph).length + 1;
  }
  return paragraphs;
}

type DeadlineCase = { start: Date; n: number; pauses?: Pause[] };

function buildDeadlineCases(count: number, seed: number): DeadlineCase[] {
  const random = createRandom(seed);
  const from = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 11, 1) - from;
  const cases: DeadlineCase[] = [];
  for (let i = 0; i < count; i++) {
    const start = from + Math.floor(random() * span);
    const n = 1 + Math.floor(random() * 30);
    if (random() < 0.2) {
      const pauseStart = start + Math.floor(random() * 10 * 86_400_000);
      const pauses: Pause[] = [
        { from: new Date(pauseStart), to: new Date(pauseStart + random() * 5 * 86_400_000) },
      ];
      if (random() < 0.5) {
        const second = pauseStart + 12 * 86_400_000;
        pauses.push({ from: new Date(second), to: new Date(second + random() * 3 * 86_400_000) });
      }
      cases.push({ start: new Date(start), n, pauses });
    } else {
      cases.push({ start: new Date(start), n });
    }
  }
  return cases;
}

function measure(name: string, ops: number, run: () => void): VnBenchResult {
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  return { name, ops, ms: Math.round(ms * 100) / 100, opsPerSec: Math.round(ops / (ms / 1000)) };
}

export async function runVnBench(): Promise<VnBenchResult[]> {
  const results: VnBenchResult[] = [];

  const paragraphs = buildParagraphs(1024 * 1024);
  let sink = 0;
  results.push(
    measure(`vn: tokenizeForSearch, 1 MB in ${paragraphs.length} paragraphs`, paragraphs.length, () => {
      for (const paragraph of paragraphs) sink += tokenizeForSearch(paragraph).syllables.length;
    }),
  );
  results.push(
    measure(`vn: tokenizeForSearch without stop words, 1 MB`, paragraphs.length, () => {
      for (const paragraph of paragraphs)
        sink += tokenizeForSearch(paragraph, { dropStopwords: true }).bigrams.length;
    }),
  );

  const deadlines = buildDeadlineCases(100_000, 7);
  for (const item of deadlines.slice(0, 1000)) addWorkingDays(item.start, item.n, { pauses: item.pauses });
  results.push(
    measure('vn: addWorkingDays ×100k (n 1–30, 20% with pauses)', deadlines.length, () => {
      for (const item of deadlines)
        sink += addWorkingDays(item.start, item.n, { pauses: item.pauses }).getTime() % 7;
    }),
  );

  const slas = buildDeadlineCases(100_000, 11);
  results.push(
    measure('vn: addWorkingHours 8 h ×100k (20% with pauses)', slas.length, () => {
      for (const item of slas) sink += addWorkingHours(item.start, 8, { pauses: item.pauses }).getTime() % 7;
    }),
  );

  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return results;
}
