import type { Dayjs } from 'dayjs';
import type { FieldError } from '../../lib/api.ts';
import { levelOfType } from './org-labels.ts';
import type { OrgBlock, OrgRestructureKind, OrgUnitType, RestructureInput } from './queries.ts';

/** The fields of a unit to create (create, merge into a new unit, split into new units). */
export interface NewUnitValues {
  name?: string;
  shortName?: string;
  code?: string;
  unitType?: OrgUnitType;
  block?: OrgBlock;
  parentId?: string | null;
}

export type Share = 'full' | 'partial';

export interface SplitTargetValues {
  mode: 'new' | 'existing';
  unitId?: string | null;
  share: Share;
  newUnit?: NewUnitValues;
}

/** Everything the wizard's form holds, across its steps. */
export interface WizardValues {
  kind: OrgRestructureKind;
  effectiveDate?: Dayjs | null;
  /** rename, move, dissolve: the unit changed. */
  unitId?: string | null;
  /** move: the new parent. */
  parentId?: string | null;
  /** merge */
  sourceIds?: string[];
  intoMode?: 'new' | 'existing';
  intoUnitId?: string | null;
  /** split */
  sourceId?: string | null;
  targets?: SplitTargetValues[];
  /** dissolve */
  successors?: { unitId?: string | null; share: Share }[];
  legalBasis?: string;
  note?: string;
  /** rename: the new name, short name and code. */
  name?: string;
  shortName?: string;
  code?: string;
  /** create, merge into a new unit. */
  newUnit?: NewUnitValues;
}

/** The wizard's steps; field errors send the user back to the step of the field. */
export const STEP = { kind: 0, units: 1, details: 2, preview: 3, confirm: 4 } as const;

const text = (value: string | undefined) => (value ?? '').trim().normalize('NFC');
const optionalText = (value: string | undefined) => {
  const trimmed = text(value);
  return trimmed === '' ? null : trimmed;
};

function newUnitOf(values: NewUnitValues | undefined) {
  const unitType = values?.unitType ?? 'other';
  return {
    name: text(values?.name),
    shortName: optionalText(values?.shortName),
    code: optionalText(values?.code),
    unitType,
    level: levelOfType(unitType),
    block: levelOfType(unitType) ? ('government' as const) : (values?.block ?? 'government'),
    parentId: values?.parentId ?? null,
  };
}

/** The body of `POST /api/v1/org/restructures` for the wizard's values. */
export function toRestructureInput(values: WizardValues, preview: boolean): RestructureInput {
  const base = {
    effectiveDate: values.effectiveDate?.format('YYYY-MM-DD') ?? '',
    preview,
    ...(optionalText(values.note) ? { note: text(values.note) } : {}),
  };
  const legalBasis = text(values.legalBasis);
  const optionalBasis = legalBasis ? { legalBasis } : {};
  switch (values.kind) {
    case 'create':
      return { kind: 'create', ...base, ...optionalBasis, unit: newUnitOf(values.newUnit) };
    case 'rename':
      return {
        kind: 'rename',
        ...base,
        ...optionalBasis,
        unitId: values.unitId ?? '',
        name: text(values.name),
        shortName: optionalText(values.shortName),
        code: optionalText(values.code),
      };
    case 'move':
      return {
        kind: 'move',
        ...base,
        ...optionalBasis,
        unitId: values.unitId ?? '',
        parentId: values.parentId ?? '',
      };
    case 'merge':
      return {
        kind: 'merge',
        ...base,
        legalBasis,
        sourceIds: values.sourceIds ?? [],
        into:
          values.intoMode === 'existing'
            ? { unitId: values.intoUnitId ?? '' }
            : { newUnit: newUnitOf(values.newUnit) },
      };
    case 'split':
      return {
        kind: 'split',
        ...base,
        legalBasis,
        sourceId: values.sourceId ?? '',
        targets: (values.targets ?? []).map((target) =>
          target.mode === 'existing'
            ? { unitId: target.unitId ?? '', share: target.share }
            : { newUnit: newUnitOf(target.newUnit), share: target.share },
        ),
      };
    case 'dissolve':
      return {
        kind: 'dissolve',
        ...base,
        legalBasis,
        unitId: values.unitId ?? '',
        successors: (values.successors ?? []).flatMap((successor) =>
          successor.unitId ? [{ unitId: successor.unitId, share: successor.share }] : [],
        ),
      };
  }
}

export type FieldName = (string | number)[];

export interface MappedRestructureErrors {
  fields: { name: FieldName; errors: string[] }[];
  /** The first step holding a field with an error. */
  step: number | undefined;
  /** Errors on no field of the form (they stay in the alert). */
  unmapped: FieldError[];
}

const UNIT_FIELDS = new Set(['name', 'shortName', 'code', 'unitType', 'block', 'parentId']);

/** `level` is derived from the type: its errors go on the type. */
const unitField = (field: string | undefined) => (field === 'level' ? 'unitType' : field);

/** The form field (and step) of one error path of the request, or undefined. */
function fieldOf(
  kind: OrgRestructureKind,
  parts: string[],
  values: WizardValues,
): [FieldName, number] | undefined {
  const [first, second, third, fourth] = parts;
  if (first === 'effectiveDate') return [['effectiveDate'], STEP.units];
  if (first === 'legalBasis' || first === 'note') return [[first], STEP.details];
  if (kind === 'create' && first === 'unit') {
    const field = unitField(second);
    if (!field || !UNIT_FIELDS.has(field)) return undefined;
    return [['newUnit', field], field === 'parentId' ? STEP.units : STEP.details];
  }
  if ((kind === 'rename' || kind === 'move' || kind === 'dissolve') && first === 'unitId') {
    return [['unitId'], STEP.units];
  }
  if (kind === 'rename' && (first === 'name' || first === 'shortName' || first === 'code')) {
    return [[first], STEP.details];
  }
  if (kind === 'move' && first === 'parentId') return [['parentId'], STEP.units];
  if (kind === 'merge') {
    if (first === 'sourceIds') return [['sourceIds'], STEP.units];
    if (first === 'into' && second === 'unitId' && values.intoMode === 'existing') {
      return [['intoUnitId'], STEP.units];
    }
    if (first === 'into' && second === 'newUnit') {
      const field = unitField(third);
      if (field && UNIT_FIELDS.has(field)) return [['newUnit', field], STEP.details];
    }
    return undefined;
  }
  if (kind === 'split') {
    if (first === 'sourceId') return [['sourceId'], STEP.units];
    if (first !== 'targets') return undefined;
    const index = Number(second);
    if (second === undefined || !Number.isInteger(index) || index >= (values.targets?.length ?? 0)) {
      return [['targets'], STEP.details];
    }
    if (third === 'unitId' || third === 'share') return [['targets', index, third], STEP.details];
    const field = unitField(fourth);
    if (third === 'newUnit' && field && UNIT_FIELDS.has(field)) {
      return [['targets', index, 'newUnit', field], STEP.details];
    }
    return [['targets'], STEP.details];
  }
  if (kind === 'dissolve' && first === 'successors') {
    const index = Number(second);
    if (second !== undefined && Number.isInteger(index) && third === 'unitId') {
      return [['successors', index, 'unitId'], STEP.units];
    }
    return [['successors'], STEP.units];
  }
  return undefined;
}

/**
 * Puts the server's field errors (`body.sourceIds.1`, `body.into.newUnit.name`,
 * `body.targets.0.newUnit.unitType`) on the wizard's fields, and says which step to show.
 */
export function mapRestructureErrors(
  errors: readonly FieldError[],
  values: WizardValues,
): MappedRestructureErrors {
  const byName = new Map<string, { name: FieldName; errors: string[] }>();
  const unmapped: FieldError[] = [];
  let step: number | undefined;
  for (const error of errors) {
    const [root, ...parts] = error.path.split('.');
    const mapped = root === 'body' ? fieldOf(values.kind, parts, values) : undefined;
    if (!mapped) {
      unmapped.push(error);
      continue;
    }
    const [name, fieldStep] = mapped;
    step = step === undefined ? fieldStep : Math.min(step, fieldStep);
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], step, unmapped };
}
