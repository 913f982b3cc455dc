import { z } from 'zod';

export const AuditEntryView = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime({ offset: true }),
    actorId: z.string(),
    actorKind: z.string(),
    unitId: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    purpose: z.string().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntryView' });
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditListQuery = z.object({
  actorId: z.string().max(200).optional(),
  action: z.string().max(200).optional(),
  subjectType: z.string().max(100).optional(),
  subjectId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .meta({ description: 'Trang tiếp: các mục có id nhỏ hơn' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditPage = z.object({
  items: z.array(AuditEntryView),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerifyView = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    firstBrokenId: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditVerifyView' });
export type AuditVerifyView = z.infer<typeof AuditVerifyView>;
