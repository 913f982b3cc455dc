/**
 * The states of a dossier (hồ sơ) and the actions between them (Decree 118/2025/NĐ-CP,
 * forms of Circular 03/2025/TT-VPCP). The server's state machine (`dossier-machine.ts`) decides
 * which action is allowed where; these lists are the shared vocabulary with their labels.
 */

export const DOSSIER_STATES = {
  draft: 'Bản nháp',
  submitted: 'Đã nộp, chờ tiếp nhận',
  needs_completion: 'Cần hoàn thiện trước khi tiếp nhận',
  refused: 'Từ chối tiếp nhận',
  received: 'Đã tiếp nhận',
  in_process: 'Đang giải quyết',
  supplement_requested: 'Chờ bổ sung hồ sơ',
  approved: 'Đã phê duyệt',
  denied: 'Không giải quyết',
  stopped: 'Dừng giải quyết',
  signed: 'Đã ký kết quả',
  result_ready: 'Có kết quả, chờ trả',
  delivered: 'Đã trả kết quả',
  archived: 'Đã lưu trữ',
} as const;
type State = keyof typeof DOSSIER_STATES;
export const DOSSIER_STATE_LIST = Object.keys(DOSSIER_STATES) as [State, ...State[]];

export const DOSSIER_ACTIONS = {
  submit: 'Nộp hồ sơ',
  request_completion: 'Yêu cầu hoàn thiện trước khi tiếp nhận',
  refuse: 'Từ chối tiếp nhận (mẫu 03)',
  receive: 'Tiếp nhận (mẫu 01)',
  assign: 'Chuyển xử lý',
  consult: 'Xin ý kiến cơ quan khác',
  consult_reply: 'Ghi nhận ý kiến phối hợp',
  request_supplement: 'Yêu cầu bổ sung (mẫu 02)',
  supplement: 'Bổ sung hồ sơ',
  apologize: 'Xin lỗi và hẹn lại ngày trả (mẫu 04)',
  approve: 'Phê duyệt',
  deny: 'Không giải quyết (nêu lý do)',
  stop: 'Dừng giải quyết (mẫu 05)',
  sign: 'Ký kết quả',
  issue: 'Đóng dấu, phát hành kết quả',
  deliver: 'Trả kết quả',
  archive: 'Lưu trữ',
} as const;
type Action = keyof typeof DOSSIER_ACTIONS;
export const DOSSIER_ACTION_LIST = Object.keys(DOSSIER_ACTIONS) as [Action, ...Action[]];

/** The forms of Circular 03/2025/TT-VPCP Annex I the platform generates (PDF). */
export const DOSSIER_FORMS = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  '07': 'Sổ theo dõi hồ sơ',
} as const;
export const DOSSIER_FORM_LIST = Object.keys(DOSSIER_FORMS) as [
  keyof typeof DOSSIER_FORMS,
  ...(keyof typeof DOSSIER_FORMS)[],
];

export const DELIVERY_METHODS = {
  online: 'Trực tuyến',
  desk: 'Tại bộ phận một cửa',
  post: 'Qua bưu chính',
} as const;
export const DELIVERY_METHOD_LIST = Object.keys(DELIVERY_METHODS) as [
  keyof typeof DELIVERY_METHODS,
  ...(keyof typeof DELIVERY_METHODS)[],
];
