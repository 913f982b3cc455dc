import type {
  ApplicantInput,
  DossierPartInput,
  ProcedureDefinition,
  StoredFileView,
} from '@lienthong/contracts';
import { type FormValues, formFieldPath, normalisePath } from './form-schema.ts';

/** Who files: the citizen on the portal, or a one-stop officer at the desk on a citizen's behalf. */
export type FilingMode = 'citizen' | 'desk';

export type StepKind = 'applicant' | 'group' | 'unit' | 'parts' | 'review';

export interface FilingStep {
  key: string;
  kind: StepKind;
  title: string;
  /** For `group` steps: the question group's fields. */
  fields?: readonly string[];
}

export interface StepTitles {
  applicant: string;
  unit: string;
  parts: string;
  review: string;
}

/**
 * The wizard's steps: (desk) the applicant, one step per question group of the e-form, the
 * commune that decides (commune procedures), the parts of the dossier, then review and submit.
 */
export function buildSteps(
  definition: ProcedureDefinition,
  mode: FilingMode,
  titles: StepTitles,
): FilingStep[] {
  const steps: FilingStep[] = [];
  if (mode === 'desk') steps.push({ key: 'applicant', kind: 'applicant', title: titles.applicant });
  definition.form.groups.forEach((group, index) => {
    steps.push({ key: `group-${index}`, kind: 'group', title: group.title, fields: group.fields });
  });
  if (definition.routing.kind === 'commune') steps.push({ key: 'unit', kind: 'unit', title: titles.unit });
  if (definition.parts.length > 0) steps.push({ key: 'parts', kind: 'parts', title: titles.parts });
  steps.push({ key: 'review', kind: 'review', title: titles.review });
  return steps;
}

/** The step that holds the field a server error names (`formData.x…`, `parts…`, `competentUnitId`, `applicant…`). */
export function stepOfPath(steps: readonly FilingStep[], path: string): number | undefined {
  const field = formFieldPath(path);
  const normal = normalisePath(path);
  const index = steps.findIndex((step) => {
    if (field !== undefined) return step.kind === 'group' && step.fields?.includes(field.split('.')[0] ?? '');
    if (normal === 'parts' || normal.startsWith('parts.')) return step.kind === 'parts';
    if (normal === 'competentUnitId') return step.kind === 'unit';
    if (normal === 'applicant' || normal.startsWith('applicant.')) return step.kind === 'applicant';
    return false;
  });
  return index >= 0 ? index : undefined;
}

/** The first step holding one of the fields the server refused. */
export function firstStepOfErrors(
  steps: readonly FilingStep[],
  errors: readonly { path: string }[],
  code?: string,
): number | undefined {
  const indexes = errors.map((error) => stepOfPath(steps, error.path)).filter((i) => i !== undefined);
  if (code === 'DOSSIER_PARTS_MISSING') {
    const parts = steps.findIndex((step) => step.kind === 'parts');
    if (parts >= 0) indexes.push(parts);
  }
  return indexes.length > 0 ? Math.min(...indexes) : undefined;
}

/** What fills a part of the dossier: a file uploaded now, an item of the data wallet, or what a draft held. */
export type PartChoice =
  | { kind: 'upload'; file: StoredFileView }
  | { kind: 'wallet'; itemId: string; title: string }
  | { kind: 'stored'; file: StoredFileView; source: 'upload' | 'wallet' | 'desk_scan' };

export interface FilingState {
  formData: FormValues;
  competentUnitId: string | null;
  parts: Record<string, PartChoice>;
  /** Parts changed since the draft was loaded (a draft's stored parts are re-sent only then). */
  partsChanged: boolean;
  /** Desk filing: the citizen on whose behalf the officer files. */
  applicant: Partial<ApplicantInput>;
}

export function partsInput(parts: Record<string, PartChoice>): DossierPartInput[] {
  return Object.entries(parts).map(([partCode, choice]) =>
    choice.kind === 'wallet'
      ? { partCode, walletItemId: choice.itemId }
      : { partCode, fileId: choice.file.id },
  );
}

/** Required parts with nothing chosen. */
export function missingParts(definition: ProcedureDefinition, parts: Record<string, PartChoice>): string[] {
  return definition.parts.filter((part) => part.required && !parts[part.code]).map((part) => part.code);
}

const APPLICANT_REQUIRED = ['fullName', 'personalId'] as const;

export type ApplicantProblem = 'required' | 'personalId' | 'email' | 'phone';

/** Field errors of the applicant's details (desk filing): what is wrong, by field. */
export function applicantErrors(applicant: Partial<ApplicantInput>): Record<string, ApplicantProblem> {
  const errors: Record<string, ApplicantProblem> = {};
  for (const field of APPLICANT_REQUIRED) if (!applicant[field]?.trim()) errors[field] = 'required';
  if (applicant.personalId && !/^\d{12}$/.test(applicant.personalId)) errors.personalId = 'personalId';
  if (applicant.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(applicant.email)) errors.email = 'email';
  if (applicant.phone && !/^[+\d][\d\s.-]{7,18}$/.test(applicant.phone)) errors.phone = 'phone';
  return errors;
}

/** A v4 UUID: `crypto.randomUUID` where the browser offers it (secure contexts), else from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
