import { ONLINE_LEVELS, type PublishProcedureInput } from '@lienthong/contracts';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/http/app-error.ts';

/**
 * The catalogue as an Excel workbook. Sheet "Thủ tục" has one row per procedure version: the
 * main facts to read, the validity date and the full definition as JSON (split over several
 * columns when longer than an Excel cell holds), which is what an import reads back — so an
 * exported workbook re-imports without loss. "Thành phần hồ sơ", "Phí lệ phí" and "Các bước"
 * are for reading only.
 */

export const MAIN_SHEET = 'Thủ tục';
const VALID_FROM = 'Hiệu lực từ';
const DEFINITION = 'Định nghĩa (JSON)';
const definitionHeader = (index: number) => (index === 0 ? DEFINITION : `${DEFINITION} – phần ${index + 1}`);
/** Below Excel's 32,767 characters per cell. */
const CHUNK = 32_000;
/** At most this many procedure rows are read (the catalogue's own limit). */
const MAX_ROWS = 5000;

const LEVELS = { commune: 'Cấp xã', city: 'Cấp thành phố' } as const;
const STEP_ROLES: Record<string, string> = {
  one_stop_officer: 'Bộ phận một cửa',
  specialist: 'Chuyên viên',
  leader: 'Lãnh đạo',
  clerk: 'Văn thư',
};

type Entry = PublishProcedureInput;

/** A row of an import: its number as the user sees it (catalogue position or sheet row) and its value. */
export type ImportRow = { row: number; value: unknown };
/** A row refused before it is applied. */
export type ImportRowError = { row: number; code: string; message: string };

function chunks(text: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += CHUNK) parts.push(text.slice(start, start + CHUNK));
  return parts.length > 0 ? parts : [''];
}

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: [string, number][], rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

export async function buildCatalogueWorkbook(entries: Entry[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Liên Thông';
  workbook.created = new Date();
  const json = entries.map((entry) => chunks(JSON.stringify(entry.definition)));
  const width = Math.max(1, ...json.map((parts) => parts.length));
  addSheet(
    workbook,
    MAIN_SHEET,
    [
      ['Mã thủ tục', 26],
      ['Tên thủ tục', 60],
      ['Lĩnh vực', 28],
      ['Cấp thực hiện', 16],
      ['Cơ quan thực hiện', 32],
      ['Mức độ trực tuyến', 18],
      ['Thời hạn giải quyết (ngày làm việc)', 18],
      ['Tổng phí, lệ phí (đồng)', 18],
      [VALID_FROM, 14],
      ...Array.from({ length: width }, (_, index): [string, number] => [definitionHeader(index), 40]),
    ],
    entries.map(({ validFrom, definition: d }, index) => [
      d.code,
      d.name,
      d.field,
      LEVELS[d.level],
      d.routing.kind === 'unit' ? d.routing.unitName : d.routing.agencyName,
      ONLINE_LEVELS[d.onlineLevel],
      d.timeLimitDays,
      d.fees.reduce((sum, fee) => sum + fee.amount, 0),
      validFrom,
      ...(json[index] ?? []),
    ]),
  );
  addSheet(
    workbook,
    'Thành phần hồ sơ',
    [
      ['Mã thủ tục', 26],
      ['Tên thủ tục', 48],
      ['Mã thành phần', 22],
      ['Tên thành phần hồ sơ', 60],
      ['Bắt buộc', 10],
      ['Hình thức', 20],
      ['Lấy từ kho dữ liệu', 30],
    ],
    entries.flatMap(({ definition: d }) =>
      d.parts.map((part) => [
        d.code,
        d.name,
        part.code,
        part.name,
        part.required ? 'Có' : 'Không',
        part.form ?? '',
        part.walletKinds.join(', '),
      ]),
    ),
  );
  addSheet(
    workbook,
    'Phí lệ phí',
    [
      ['Mã thủ tục', 26],
      ['Tên thủ tục', 48],
      ['Mã khoản', 18],
      ['Tên khoản phí, lệ phí', 40],
      ['Số tiền (đồng)', 16],
      ['Ghi chú', 60],
    ],
    entries.flatMap(({ definition: d }) =>
      d.fees.map((fee) => [d.code, d.name, fee.code, fee.name, fee.amount, fee.note ?? '']),
    ),
  );
  addSheet(
    workbook,
    'Các bước',
    [
      ['Mã thủ tục', 26],
      ['Tên thủ tục', 48],
      ['Thứ tự', 8],
      ['Mã bước', 18],
      ['Tên bước', 60],
      ['Vai trò', 20],
      ['Thời gian (ngày làm việc)', 16],
    ],
    entries.flatMap(({ definition: d }) =>
      d.steps.map((step, index) => [
        d.code,
        d.name,
        index + 1,
        step.code,
        step.name,
        STEP_ROLES[step.role] ?? step.role,
        step.days,
      ]),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as text: strings, rich text, numbers, and dates as yyyy-mm-dd. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}

function unreadable(message: string): AppError {
  return new AppError('VALIDATION_FAILED', undefined, [{ path: 'body.file', message }]);
}

/**
 * The rows of an exported (or hand-made) workbook: `{ validFrom, definition }` per sheet row,
 * numbered as in Excel; a row whose JSON cannot be read is reported, not thrown.
 */
export async function readCatalogueWorkbook(
  bytes: Buffer,
): Promise<{ rows: ImportRow[]; errors: ImportRowError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable('Tệp không phải bảng tính Excel (.xlsx) hợp lệ');
  }
  const sheet = workbook.getWorksheet(MAIN_SHEET);
  if (!sheet) throw unreadable(`Bảng tính không có trang “${MAIN_SHEET}”`);
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    headers.set(cellText(cell.value).trim(), column);
  });
  const validFromColumn = headers.get(VALID_FROM);
  const definitionColumns: number[] = [];
  for (let index = 0; headers.has(definitionHeader(index)); index += 1) {
    definitionColumns.push(headers.get(definitionHeader(index)) ?? 0);
  }
  if (!validFromColumn || definitionColumns.length === 0) {
    throw unreadable(`Trang “${MAIN_SHEET}” thiếu cột “${VALID_FROM}” hoặc “${DEFINITION}”`);
  }
  if (sheet.actualRowCount > MAX_ROWS + 1) {
    throw unreadable(`Tối đa ${MAX_ROWS} thủ tục trong một lần nhập`);
  }
  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const json = definitionColumns.map((column) => cellText(row.getCell(column).value)).join('');
    const validFrom = cellText(row.getCell(validFromColumn).value).trim();
    if (json.trim() === '' && validFrom === '') return;
    try {
      rows.push({ row: number, value: { validFrom, definition: JSON.parse(json) as unknown } });
    } catch {
      errors.push({
        row: number,
        code: 'VALIDATION_FAILED',
        message: `Cột “${DEFINITION}” không phải JSON hợp lệ`,
      });
    }
  });
  return { rows, errors };
}
