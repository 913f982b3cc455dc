import type { RJSFValidationError } from '@rjsf/utils';

/**
 * Vietnamese messages for the e-form's validation errors (the forms are written in Vietnamese,
 * whatever the UI language). ajv-i18n is not installed: this maps the keywords the catalogue's
 * forms use, with the same wording as the server's validator where they overlap.
 */

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'Ngày không hợp lệ',
  'date-time': 'Thời điểm không hợp lệ',
  time: 'Giờ không hợp lệ',
  email: 'Địa chỉ thư điện tử không hợp lệ',
  uri: 'Đường dẫn không hợp lệ',
  uuid: 'Mã định danh không hợp lệ',
  ipv4: 'Địa chỉ IP không hợp lệ',
};

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Phải là chuỗi ký tự',
  number: 'Phải là số',
  integer: 'Phải là số nguyên',
  boolean: 'Phải chọn Có hoặc Không',
  object: 'Dữ liệu không đúng cấu trúc',
  array: 'Phải là một danh sách',
  null: 'Phải để trống',
};

type Params = Record<string, unknown>;

function limitOf(params: Params): string {
  return typeof params.limit === 'number' ? params.limit.toLocaleString('vi-VN') : String(params.limit ?? '');
}

function typeMessage(params: Params): string {
  const types = Array.isArray(params.type) ? params.type : String(params.type ?? '').split(',');
  const first = types.find((type) => type !== 'null');
  return TYPE_MESSAGES[String(first)] ?? 'Kiểu dữ liệu không đúng';
}

/** The Vietnamese message of one validation error (by its ajv keyword and params). */
export function vietnameseMessage(keyword: string | undefined, params: Params = {}): string {
  switch (keyword) {
    case 'required':
      return 'Trường bắt buộc';
    case 'format':
      return FORMAT_MESSAGES[String(params.format)] ?? 'Không đúng định dạng';
    case 'pattern':
      return 'Không đúng định dạng yêu cầu';
    case 'minLength':
      return params.limit === 1 ? 'Trường bắt buộc' : `Cần ít nhất ${limitOf(params)} ký tự`;
    case 'maxLength':
      return `Tối đa ${limitOf(params)} ký tự`;
    case 'enum':
    case 'const':
      return 'Vui lòng chọn một giá trị trong danh sách';
    case 'type':
      return typeMessage(params);
    case 'minimum':
      return `Giá trị nhỏ nhất là ${limitOf(params)}`;
    case 'maximum':
      return `Giá trị lớn nhất là ${limitOf(params)}`;
    case 'exclusiveMinimum':
      return `Phải lớn hơn ${limitOf(params)}`;
    case 'exclusiveMaximum':
      return `Phải nhỏ hơn ${limitOf(params)}`;
    case 'multipleOf':
      return 'Giá trị không hợp lệ';
    case 'minItems':
      return `Cần ít nhất ${limitOf(params)} mục`;
    case 'maxItems':
      return `Tối đa ${limitOf(params)} mục`;
    case 'uniqueItems':
      return 'Các mục không được trùng nhau';
    case 'additionalProperties':
      return 'Có trường không thuộc tờ khai';
    case 'dependentRequired':
    case 'dependencies':
      return 'Cần nhập thêm thông tin liên quan';
    case 'anyOf':
    case 'oneOf':
      return 'Thông tin chưa khớp với lựa chọn nào';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/**
 * `transformErrors` for @rjsf: every message in Vietnamese. Errors of combinators (anyOf/oneOf/if)
 * repeat what the errors inside them say, so they are dropped when those are kept.
 */
export function toVietnameseErrors(errors: RJSFValidationError[]): RJSFValidationError[] {
  const hasDetail = errors.some((e) => !['anyOf', 'oneOf', 'if'].includes(e.name ?? ''));
  return errors
    .filter((e) => !(hasDetail && e.name === 'if'))
    .map((error) => {
      const message = vietnameseMessage(error.name, (error.params ?? {}) as Params);
      const label = error.title ? `${error.title}: ` : '';
      return { ...error, message, stack: `${label}${message}` };
    });
}
