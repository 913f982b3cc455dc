import { z } from 'zod';
import { enumOf } from './enum-of.ts';

/**
 * Why personal data of a citizen is read: a closed list, recorded in the audit log with every
 * read and shown to the citizen in "who accessed my data" (Decree 13/2023/NĐ-CP and Law
 * 91/2025/QH15: processing logs).
 */
export const PURPOSES = {
  'self.view': 'Công dân tự xem',
  'dossier.processing': 'Giải quyết hồ sơ thủ tục hành chính',
  'identity.verification': 'Xác minh nhân thân',
  'citizen.support': 'Hỗ trợ công dân',
} as const;
export type Purpose = keyof typeof PURPOSES;
export const Purpose = enumOf(PURPOSES);

/** The purposes an official may give when reading a citizen's record (never 'self.view'). */
export const OFFICIAL_PURPOSES = {
  'dossier.processing': PURPOSES['dossier.processing'],
  'identity.verification': PURPOSES['identity.verification'],
  'citizen.support': PURPOSES['citizen.support'],
} as const;
export type OfficialPurpose = keyof typeof OFFICIAL_PURPOSES;
export const OfficialPurpose = enumOf(OFFICIAL_PURPOSES);

/** What was done with a citizen's record, as the access log names it. */
export const CITIZEN_ACCESS_ACTIONS = {
  'identity.citizen.created': 'Tạo hồ sơ nhân thân từ định danh điện tử',
  'identity.citizen.updated': 'Cập nhật thông tin từ định danh điện tử',
  'identity.citizen.signed-in': 'Đăng nhập bằng định danh điện tử',
  'identity.citizen.viewed': 'Xem thông tin nhân thân',
  'identity.citizen.looked-up': 'Tra cứu thông tin nhân thân',
} as const;
export type CitizenAccessAction = keyof typeof CITIZEN_ACCESS_ACTIONS;

export const SEX_LABELS = { male: 'Nam', female: 'Nữ' } as const;
export const Sex = enumOf(SEX_LABELS);
export type Sex = z.infer<typeof Sex>;

export const PERSONAL_ID_PATTERN = /^\d{12}$/;

/** A citizen's identity record, as the national e-ID asserted it at the last sign-in. */
export const CitizenView = z
  .object({
    id: z.string(),
    personalId: z.string().meta({ description: 'Số định danh cá nhân (12 chữ số)' }),
    fullName: z.string(),
    birthDate: z.iso.date(),
    sex: Sex,
    sexLabel: z.string(),
    nationality: z.string(),
    placeOfOrigin: z.string().nullable().meta({ description: 'Quê quán' }),
    permanentAddress: z.string().nullable().meta({ description: 'Nơi thường trú' }),
    currentAddress: z.string().nullable().meta({ description: 'Nơi ở hiện tại' }),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    eidLevel: z.number().int().nullable().meta({ description: 'Mức định danh điện tử (1 hoặc 2)' }),
    lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'CitizenView' });
export type CitizenView = z.infer<typeof CitizenView>;

/** One line of "who accessed my data". */
export const CitizenAccessEntry = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actorKind: z.enum(['official', 'citizen', 'system']),
  /** The official's name; for the citizen themself or the system, a label. */
  actorName: z.string(),
  /** True when the citizen did it themself. */
  self: z.boolean(),
  unitName: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  purpose: z.string().nullable(),
  purposeLabel: z.string().nullable(),
});
export type CitizenAccessEntry = z.infer<typeof CitizenAccessEntry>;

export const CitizenAccessLogQuery = z.object({
  /** Also list what the citizen did themself (sign-ins, own views); by default only others. */
  includeOwn: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CitizenAccessLogQuery = z.infer<typeof CitizenAccessLogQuery>;

export const CitizenAccessLogPage = z
  .object({ items: z.array(CitizenAccessEntry), total: z.number().int() })
  .meta({ id: 'CitizenAccessLogPage' });
export type CitizenAccessLogPage = z.infer<typeof CitizenAccessLogPage>;

export const CitizenLookupQuery = z.object({
  personalId: z.string().trim().regex(PERSONAL_ID_PATTERN, 'Số định danh cá nhân phải gồm đúng 12 chữ số'),
  purpose: OfficialPurpose,
});
export type CitizenLookupQuery = z.infer<typeof CitizenLookupQuery>;

export const CitizenLoginQuery = z.object({
  /** Portal path to return to after signing in (other values fall back to the profile page). */
  next: z.string().max(500).optional(),
});
export type CitizenLoginQuery = z.infer<typeof CitizenLoginQuery>;

/** Whether the portal offers the national e-ID sign-in. */
export const CitizenSignInOptions = z.object({
  enabled: z.boolean(),
  provider: z.string().meta({ description: 'Tên hiển thị của nhà cung cấp định danh' }),
});
export type CitizenSignInOptions = z.infer<typeof CitizenSignInOptions>;

/**
 * Why a sign-in with the national e-ID did not complete: the portal page `/dang-nhap/loi?ma=…`
 * explains each to the citizen.
 */
export const CITIZEN_SIGN_IN_ERRORS = {
  denied: 'Bạn đã từ chối chia sẻ thông tin nên chưa thể đăng nhập.',
  expired: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng đăng nhập lại từ đầu.',
  unavailable: 'Không kết nối được với hệ thống định danh điện tử. Vui lòng thử lại sau.',
  'invalid-identity':
    'Thông tin định danh nhận được không hợp lệ (số định danh cá nhân không đúng cấu trúc). Vui lòng liên hệ bộ phận hỗ trợ.',
  failed: 'Đăng nhập bằng định danh điện tử không thành công. Vui lòng thử lại.',
} as const;
export type CitizenSignInError = keyof typeof CITIZEN_SIGN_IN_ERRORS;
