import { enumOf } from './enum-of.ts';

/**
 * Permissions the platform checks. Modules add theirs here so that roles, the UI and the
 * server agree on one closed list.
 */
export const PERMISSIONS = {
  'audit.read': 'Xem nhật ký hệ thống',
  'audit.verify': 'Kiểm tra tính toàn vẹn của nhật ký',
  'file.upload': 'Tải tệp lên',
  'file.read': 'Xem tệp mình đã tải lên',
  'calendar.manage': 'Cập nhật quyết định nghỉ lễ, làm bù hằng năm',
  'official.manage': 'Quản lý tài khoản cán bộ',
  'role.grant': 'Phân vai trò cho cán bộ',
  'session.revoke': 'Thu hồi phiên đăng nhập của cán bộ khác',
  'org.manage': 'Quản lý cơ cấu tổ chức: thành lập, đổi tên, chuyển trực thuộc đơn vị',
  'org.restructure': 'Sắp xếp đơn vị: sáp nhập, chia tách, giải thể',
  'citizen.lookup': 'Tra cứu thông tin nhân thân của công dân (ghi rõ mục đích)',
  'sso.manage': 'Quản lý ứng dụng đăng nhập một lần',
  'signature.sign': 'Ký số văn bản bằng chứng thư số của mình',
  'signature.seal': 'Ký số bằng chứng thư số của cơ quan, đơn vị (thay con dấu)',
  'pki.manage': 'Cấp, thu hồi chứng thư số của hệ thống',
  'procedure.manage': 'Quản lý danh mục thủ tục hành chính (công bố phiên bản, nhập, xuất)',
  'dossier.read': 'Xem hồ sơ thủ tục hành chính của đơn vị',
  'dossier.receive': 'Tiếp nhận hồ sơ, nộp thay công dân, trả kết quả tại bộ phận một cửa',
  'dossier.process': 'Thụ lý, xử lý hồ sơ thủ tục hành chính được giao',
  'dossier.approve': 'Phê duyệt, ký kết quả giải quyết hồ sơ thủ tục hành chính',
  'dossier.stats': 'Xem thống kê giải quyết thủ tục hành chính',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const Permission = enumOf(PERMISSIONS);
