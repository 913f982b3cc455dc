import { z } from 'zod';
import { enumOf } from './enum-of.ts';

/**
 * Stable error codes of the API. A code never changes meaning once released: clients
 * branch on it. The HTTP status and the Vietnamese default message live beside each code.
 */
export const ERROR_CATALOGUE = {
  MALFORMED_REQUEST: { status: 400, message: 'Yêu cầu không đúng định dạng (JSON không hợp lệ).' },
  VALIDATION_FAILED: {
    status: 400,
    message: 'Dữ liệu gửi lên không hợp lệ. Vui lòng kiểm tra các trường bị lỗi.',
  },
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập để thực hiện thao tác này.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  INVALID_TOTP_CODE: { status: 401, message: 'Mã xác thực không đúng hoặc đã được sử dụng.' },
  ACCOUNT_LOCKED: {
    status: 423,
    message: 'Tài khoản tạm thời bị khóa do nhập sai nhiều lần. Vui lòng thử lại sau.',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    message: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.',
  },
  CSRF_FAILED: {
    status: 403,
    message: 'Yêu cầu không có mã chống giả mạo (CSRF) hợp lệ. Vui lòng tải lại trang rồi thử lại.',
  },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy dữ liệu yêu cầu.' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Không tìm thấy đường dẫn yêu cầu.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Phương thức không được hỗ trợ cho đường dẫn này.' },
  CONFLICT: { status: 409, message: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: 'Khóa chống trùng lặp (Idempotency-Key) đã được dùng cho một yêu cầu khác.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kiểu nội dung gửi lên không được hỗ trợ.' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, message: 'Loại tệp không được phép tải lên.' },
  RATE_LIMITED: { status: 429, message: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' },
  INTERNAL_ERROR: { status: 500, message: 'Hệ thống gặp lỗi không mong muốn. Vui lòng thử lại sau.' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: 'Cơ sở dữ liệu tạm thời không sẵn sàng. Vui lòng thử lại sau.',
  },
  SERVICE_UNAVAILABLE: { status: 503, message: 'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.' },
  SIGNATURE_NOT_PDF: {
    status: 415,
    message: 'Tệp không phải PDF hợp lệ (không có phần đầu %PDF-): không thể ký hoặc xác thực như PDF.',
  },
  SIGNATURE_PDF_DAMAGED: {
    status: 422,
    message: 'Tệp PDF bị hỏng hoặc không đầy đủ (bị cắt cụt, bị mã hóa): không thể ký.',
  },
  SIGNATURE_UNSUPPORTED_FILE: {
    status: 422,
    message: 'Tệp không phải PDF: để xác thực tệp khác, hãy gửi kèm tệp chữ ký tách rời (.p7s).',
  },
  SIGNATURE_NO_CERTIFICATE: {
    status: 409,
    message: 'Chưa có chứng thư số còn hiệu lực để ký. Vui lòng đề nghị cấp chứng thư số.',
  },
  SIGNATURE_CERTIFICATE_REVOKED: { status: 409, message: 'Chứng thư số đã bị thu hồi: không thể ký.' },
  SIGNATURE_CERTIFICATE_EXPIRED: {
    status: 409,
    message: 'Chứng thư số đã hết hạn hoặc chưa có hiệu lực: không thể ký.',
  },
  SIGNATURE_KEY_UNAVAILABLE: { status: 409, message: 'Không truy cập được khóa bí mật của chứng thư số.' },
  SIGNATURE_PIN_INVALID: { status: 422, message: 'Mã PIN của thiết bị ký số không đúng.' },
  SIGNATURE_TOKEN_UNAVAILABLE: {
    status: 503,
    message:
      'Không kết nối được thiết bị ký số (HSM/token). Vui lòng thử lại sau hoặc báo quản trị hệ thống.',
  },
  TIMESTAMP_UNAVAILABLE: {
    status: 503,
    message: 'Không lấy được dấu thời gian từ đơn vị cấp dấu thời gian. Vui lòng thử lại sau.',
  },
  PKI_EXTERNAL: {
    status: 409,
    message: 'Hệ thống dùng tổ chức cung cấp dịch vụ chứng thực bên ngoài: không cấp chứng thư số nội bộ.',
  },
  PROCEDURE_NOT_IN_FORCE: {
    status: 409,
    message: 'Thủ tục hành chính không còn hiệu lực hoặc chưa có phiên bản có hiệu lực vào ngày này.',
  },
  PROCEDURE_VERSION_CONFLICT: {
    status: 409,
    message: 'Ngày hiệu lực của phiên bản mới phải sau ngày hiệu lực của phiên bản hiện hành.',
  },
  DOSSIER_ACTION_NOT_ALLOWED: {
    status: 409,
    message: 'Thao tác không được phép ở trạng thái hiện tại của hồ sơ.',
  },
  DOSSIER_STALE: {
    status: 409,
    message: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại thao tác.',
  },
  DOSSIER_PARTS_MISSING: {
    status: 422,
    message: 'Hồ sơ còn thiếu thành phần bắt buộc.',
  },
  DOSSIER_FORM_INVALID: {
    status: 422,
    message: 'Tờ khai chưa hợp lệ. Vui lòng kiểm tra các trường bị lỗi.',
  },
  DRAFT_EXPIRED: {
    status: 410,
    message: 'Bản nháp đã hết hạn lưu giữ (30 ngày). Vui lòng lập hồ sơ mới.',
  },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 428,
    message: 'Thiếu khóa chống trùng lặp (tiêu đề Idempotency-Key) khi nộp hồ sơ.',
  },
  PAYMENT_NOT_DUE: { status: 409, message: 'Hồ sơ không có khoản phí, lệ phí cần thanh toán.' },
  PAYMENT_ALREADY_PAID: { status: 409, message: 'Hồ sơ đã được thanh toán phí, lệ phí.' },
  PAYMENT_SIGNATURE_INVALID: {
    status: 401,
    message: 'Thông báo thanh toán không có chữ ký hợp lệ của tổ chức cung ứng dịch vụ thanh toán.',
  },
  REGISTRY_UNAVAILABLE: {
    status: 503,
    message: 'Không kết nối được cơ sở dữ liệu quốc gia. Vui lòng nhập thông tin hoặc thử lại sau.',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ErrorCode = enumOf(ERROR_CATALOGUE);

/** One failing field of a request: `path` is dotted from the request part (`body.name`). */
export const FieldError = z.object({
  path: z.string().meta({ description: 'Vị trí trường lỗi, ví dụ `body.fullName` hoặc `query.page`' }),
  message: z.string().meta({ description: 'Mô tả lỗi bằng tiếng Việt' }),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, as every error response of the API. */
export const ProblemDetails = z
  .object({
    type: z.string().meta({ description: 'URI định danh loại lỗi' }),
    title: z.string(),
    status: z.number().int(),
    code: ErrorCode,
    detail: z.string().meta({ description: 'Thông điệp tiếng Việt cho người dùng' }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'ProblemDetails' });
export type ProblemDetails = z.infer<typeof ProblemDetails>;

export function problemType(code: ErrorCode): string {
  return `urn:lienthong:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
