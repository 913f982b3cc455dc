import type { ApplicantInput, DossierView, PrefillView, ProcedureDefinition } from '@lienthong/contracts';
import type { FilingState, PartChoice } from './filing-steps.ts';
import { deepMerge, getPath, prefillMarks, prefillValues } from './form-schema.ts';

/** Where the wizard starts: a resumed draft (its answers win over the prefill), or the prefill alone. */
export function initialFilingState(
  definition: ProcedureDefinition,
  prefill: PrefillView | undefined,
  draft: DossierView | undefined,
): FilingState {
  const prefilled = prefill ? prefillValues(prefill.values) : {};
  const commune = definition.routing.kind === 'commune';
  if (!draft) {
    return {
      formData: prefilled,
      competentUnitId: commune ? (prefill?.suggestedUnitId ?? null) : null,
      parts: {},
      partsChanged: false,
      applicant: {},
    };
  }
  const parts: Record<string, PartChoice> = {};
  for (const part of draft.parts) {
    // A wallet part is sent again as the same wallet item (its title from the offered items).
    const offered = prefill?.walletParts[part.partCode] ?? [];
    const item = offered.find((candidate) => candidate.id === part.walletItemId);
    parts[part.partCode] =
      part.source !== 'wallet'
        ? { kind: 'upload', file: part.file }
        : part.walletItemId
          ? { kind: 'wallet', itemId: part.walletItemId, title: item?.title ?? part.file.name }
          : { kind: 'stored', file: part.file, source: 'wallet' };
  }
  return {
    formData: deepMerge(prefilled, draft.formData),
    competentUnitId: commune ? draft.competentUnit.id : null,
    parts,
    partsChanged: false,
    applicant: draft.applicant,
  };
}

/** The prefill marks of a prefill (by what it filled, not by what the user typed since). */
export function marksOf(prefill: PrefillView | undefined) {
  return prefill ? prefillMarks(prefill.sources, prefillValues(prefill.values)) : {};
}

const APPLICANT_SOURCES: Record<string, keyof ApplicantInput> = {
  'identity.fullName': 'fullName',
  'identity.personalId': 'personalId',
  'identity.birthDate': 'birthDate',
  'identity.permanentAddress': 'address',
  'identity.currentAddress': 'address',
  'identity.phone': 'phone',
  'identity.email': 'email',
};

/** Desk filing: the applicant's details from the citizen's identity record (through the prefill). */
export function applicantFromPrefill(prefill: PrefillView, personalId: string): Partial<ApplicantInput> {
  const data = prefillValues(prefill.values);
  const applicant: Partial<ApplicantInput> = { kind: 'citizen', personalId };
  for (const [field, { source }] of Object.entries(prefill.sources)) {
    const key = APPLICANT_SOURCES[source];
    const value = getPath(data, field);
    if (!key || key === 'kind' || typeof value !== 'string' || !value) continue;
    if (key === 'address' && applicant.address) continue;
    applicant[key] = value;
  }
  return applicant;
}
