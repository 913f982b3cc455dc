import { z } from 'zod';
import { SessionUser } from './auth.ts';
import { enumOf } from './enum-of.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';

/** Roles an official (or a connected system) can hold, with their Vietnamese labels. A closed list. */
export const ROLES = {
  system_admin: 'Quản trị hệ thống',
  unit_admin: 'Quản trị đơn vị',
  leader: 'Lãnh đạo',
  specialist: 'Chuyên viên',
  clerk: 'Văn thư',
  one_stop_officer: 'Cán bộ một cửa',
  citizen: 'Công dân',
  data_exchange_client: 'Hệ thống kết nối',
} as const;

export type Role = keyof typeof ROLES;
export const Role = enumOf(ROLES);

/** Roles that must sign in with a second factor (TOTP). */
export const ADMIN_ROLES: readonly Role[] = ['system_admin', 'unit_admin'];

const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
const WORK: Permission[] = ['file.upload', 'file.read'];

/** What each role may do. The system administrator holds every permission of the platform. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  system_admin: ALL_PERMISSIONS,
  unit_admin: ['official.manage', 'role.grant', 'session.revoke', ...WORK],
  // Leaders and specialists sign with their own certificate; the clerk (văn thư) and the
  // one-stop desk also sign with the unit's certificate (the seal), Decree 30/2020 Art. 33–34.
  // One-stop (Decree 118/2025): the desk receives and returns, specialists process, leaders
  // approve and sign the result, the clerk or the desk seals it.
  leader: [
    ...WORK,
    'citizen.lookup',
    'signature.sign',
    'dossier.read',
    'dossier.process',
    'dossier.approve',
    'dossier.stats',
  ],
  specialist: [...WORK, 'signature.sign', 'dossier.read', 'dossier.process'],
  clerk: [...WORK, 'signature.sign', 'signature.seal', 'dossier.read'],
  one_stop_officer: [
    ...WORK,
    'citizen.lookup',
    'signature.sign',
    'signature.seal',
    'dossier.read',
    'dossier.receive',
    'dossier.stats',
  ],
  citizen: WORK,
  data_exchange_client: [],
};

export const LoginInput = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
});
export type LoginInput = z.infer<typeof LoginInput>;

/** Answer of a sign-in step: signed in, or which second-factor step comes next. */
export const LoginResult = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), user: SessionUser }),
    z.object({ status: z.literal('totp_required') }),
    z.object({ status: z.literal('totp_enrolment_required') }),
  ])
  .meta({ id: 'LoginResult' });
export type LoginResult = z.infer<typeof LoginResult>;

export const TotpCodeInput = z.object({
  code: z.string().regex(/^\d{6}$/, 'Mã xác thực gồm 6 chữ số'),
});
export type TotpCodeInput = z.infer<typeof TotpCodeInput>;

export const TotpEnrolment = z.object({
  secret: z.string().meta({ description: 'Khóa bí mật Base32 để nhập tay vào ứng dụng xác thực' }),
  otpauthUri: z.string().meta({ description: 'otpauth:// URI (mã QR)' }),
});
export type TotpEnrolment = z.infer<typeof TotpEnrolment>;

export const IdParams = z.object({ id: z.uuid() });

export const SessionInfo = z.object({
  id: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
export const SessionList = z.object({ items: z.array(SessionInfo) });
export type SessionList = z.infer<typeof SessionList>;

export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(10, 'Mật khẩu mới cần ít nhất 10 ký tự').max(1024),
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const ApiTokenCreateInput = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(366).optional(),
});
export type ApiTokenCreateInput = z.infer<typeof ApiTokenCreateInput>;

export const ApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  lastUsedAt: z.iso.datetime({ offset: true }).nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ApiTokenView = z.infer<typeof ApiTokenView>;
export const ApiTokenCreated = ApiTokenView.extend({
  token: z.string().meta({ description: 'Chỉ hiển thị một lần: lt_…' }),
});
export type ApiTokenCreated = z.infer<typeof ApiTokenCreated>;
export const ApiTokenList = z.object({ items: z.array(ApiTokenView) });
export type ApiTokenList = z.infer<typeof ApiTokenList>;

export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

export const OfficialCreateInput = z.object({
  username: z
    .string()
    .regex(
      USERNAME_PATTERN,
      'Tên đăng nhập gồm 3–64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang',
    ),
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(254).optional(),
  /** The unit the official works in; required unless the administrator's scope is the whole platform. */
  orgUnitId: z.uuid().optional(),
  temporaryPassword: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(1024),
});
export type OfficialCreateInput = z.infer<typeof OfficialCreateInput>;

export const OfficialUpdateInput = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(254).nullable().optional(),
    orgUnitId: z.uuid().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Không có thông tin nào để cập nhật' });
export type OfficialUpdateInput = z.infer<typeof OfficialUpdateInput>;

export const OfficialView = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    /** The unit's name today (null: no unit, or the unit no longer exists). */
    orgUnitName: z.string().nullable(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    lockedUntil: z.iso.datetime({ offset: true }).nullable(),
    disabledAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'OfficialView' });
export type OfficialView = z.infer<typeof OfficialView>;

export const OfficialListQuery = z.object({
  q: z.string().max(100).optional(),
  /** Only officials of this unit and the units below it (within the administrator's own scope). */
  orgUnitId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OfficialListQuery = z.infer<typeof OfficialListQuery>;
export const OfficialPage = z.object({ items: z.array(OfficialView), total: z.number().int() });
export type OfficialPage = z.infer<typeof OfficialPage>;

export const GrantView = z.object({
  id: z.string(),
  role: Role,
  roleLabel: z.string(),
  orgUnitId: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  scope: z.enum(['unit', 'subtree']),
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable(),
  grantedBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type GrantView = z.infer<typeof GrantView>;

export const OfficialDetail = OfficialView.extend({ grants: z.array(GrantView) }).meta({
  id: 'OfficialDetail',
});
export type OfficialDetail = z.infer<typeof OfficialDetail>;

export const GrantInput = z
  .object({
    role: Role,
    orgUnitId: z.uuid().nullable().optional(),
    scope: z.enum(['unit', 'subtree']),
    validFrom: z.iso.date(),
    validTo: z.iso.date().optional(),
  })
  .refine((g) => g.validTo === undefined || g.validTo > g.validFrom, {
    path: ['validTo'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type GrantInput = z.infer<typeof GrantInput>;

export const GrantEndInput = z.object({ validTo: z.iso.date() });
export type GrantEndInput = z.infer<typeof GrantEndInput>;
export const GrantParams = z.object({ id: z.uuid(), grantId: z.uuid() });

export const ResetPasswordInput = z.object({
  temporaryPassword: z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(1024),
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const RevokedCount = z.object({ revoked: z.number().int() });
