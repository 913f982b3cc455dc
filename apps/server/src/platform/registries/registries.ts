import { z } from 'zod';

/**
 * What the platform asks of the national registries (once-only, Decree 194/2025 on data sharing):
 * the population registry (Cơ sở dữ liệu quốc gia về dân cư) for a resident and their household,
 * the business registry (Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, hộ kinh doanh) for
 * a business. Answers are validated: a malformed answer counts as the registry being unavailable.
 */

const localDate = z.iso.date();

export const HouseholdMember = z.object({
  fullName: z.string().min(1),
  personalId: z.string().regex(/^\d{12}$/),
  /** Relation to the head of household, e.g. "Chủ hộ", "Vợ", "Con". */
  relation: z.string().min(1),
  birthDate: localDate,
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const ResidentRecord = z.object({
  fullName: z.string().min(1),
  birthDate: localDate,
  sex: z.enum(['male', 'female']),
  /** Nơi thường trú. */
  permanentAddress: z.string().min(1),
  household: z.object({
    headName: z.string().min(1),
    headPersonalId: z.string().regex(/^\d{12}$/),
    /** The resident's relation to the head ("Chủ hộ" for the head). */
    relation: z.string().min(1),
    /** Every member, the head first. */
    members: z.array(HouseholdMember),
  }),
  /** The 5-digit code of the commune of permanent residence (two-level structure from 1 July 2025). */
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
});
export type ResidentRecord = z.infer<typeof ResidentRecord>;

export const BusinessRecord = z.object({
  /** 10-digit tax code of an enterprise, or the owner's 12-digit personal ID for a household business. */
  taxCode: z.string().regex(/^\d{10}(-\d{3})?$|^\d{12}$/),
  name: z.string().min(1),
  kind: z.enum(['enterprise', 'household_business']),
  address: z.string().min(1),
  /** The legal representative (enterprise) or the owner (household business). */
  ownerName: z.string().min(1),
  ownerPersonalId: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  registeredAt: localDate,
  status: z.enum(['active', 'suspended', 'closed']),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
});
export type BusinessRecord = z.infer<typeof BusinessRecord>;

/** Who asks, for the exchange log of the registry (X-Road-UserId) and the request's id. */
export type RegistryQueryContext = { userId?: string; requestId?: string };

export type PopulationRegistry = {
  /** The resident with this personal ID, or null; AppError('REGISTRY_UNAVAILABLE') when it cannot be asked. */
  findResident(personalId: string, context?: RegistryQueryContext): Promise<ResidentRecord | null>;
};

export type BusinessRegistry = {
  /** The business with this tax code, or null; AppError('REGISTRY_UNAVAILABLE') when it cannot be asked. */
  findBusiness(taxCode: string, context?: RegistryQueryContext): Promise<BusinessRecord | null>;
};

export type Registries = { population: PopulationRegistry; business: BusinessRegistry };
