import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';

/**
 * The e-form of a procedure cut into its question groups (one per wizard step), the prefill
 * marks of the once-only principle, and the summary of the answers. Pure functions.
 */

export type FormValues = Record<string, unknown>;
type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** The value at a dotted path (`nguoiYeuCau.hoTen`). */
export function getPath(data: unknown, path: string): unknown {
  let node = data;
  for (const key of path.split('.'))
    node = isRecord(node) || Array.isArray(node) ? (node as Json)[key] : undefined;
  return node;
}

/** A copy of `data` with `value` at a dotted path (objects created on the way). */
export function setPath(data: FormValues, path: string, value: unknown): FormValues {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return data;
  if (rest.length === 0) return { ...data, [head]: value };
  const child = isRecord(data[head]) ? (data[head] as FormValues) : {};
  return { ...data, [head]: setPath(child, rest.join('.'), value) };
}

/** `base` overlaid with `over`, objects merged key by key (arrays and values replaced). */
export function deepMerge(base: FormValues, over: FormValues): FormValues {
  const out: FormValues = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isRecord(current) && isRecord(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/** The prefilled values (keys are top-level fields or dotted paths) as form data. */
export function prefillValues(values: Record<string, unknown>): FormValues {
  let data: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (isEmptyValue(value)) continue;
    const current = getPath(data, key);
    data = setPath(data, key, isRecord(current) && isRecord(value) ? deepMerge(current, value) : value);
  }
  return data;
}

/** One question group's part of the form: its fields, their required marks, the shared definitions. */
export function groupSchema(schema: Json, fields: readonly string[]): RJSFSchema {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required)
    ? (schema.required as unknown[]).filter((name): name is string => fields.includes(String(name)))
    : [];
  const out: RJSFSchema = {
    type: 'object',
    properties: Object.fromEntries(fields.filter((f) => f in properties).map((f) => [f, properties[f]])),
  } as RJSFSchema;
  if (required.length > 0) out.required = required;
  for (const key of ['$defs', 'definitions']) if (isRecord(schema[key])) (out as Json)[key] = schema[key];
  return out;
}

/** Where a prefilled field came from, and whether it stays as the source says (identity record). */
export interface PrefillMark {
  label: string;
  locked: boolean;
}

/** Prefill marks of the fields that got a value: identity data is read-only, the rest editable. */
export function prefillMarks(
  sources: Record<string, { source: string; label: string }>,
  data: FormValues,
): Record<string, PrefillMark> {
  const marks: Record<string, PrefillMark> = {};
  for (const [field, { source, label }] of Object.entries(sources)) {
    if (isEmptyValue(getPath(data, field))) continue;
    marks[field] = { label, locked: source.startsWith('identity.') };
  }
  return marks;
}

function setUi(ui: UiSchema, path: string[], options: Json): UiSchema {
  const [head, ...rest] = path;
  if (head === undefined) return { ...ui, ...options };
  const child = isRecord(ui[head]) ? (ui[head] as UiSchema) : {};
  return { ...ui, [head]: setUi(child, rest, options) };
}

/** The UI schema of a group: the form's own hints for its fields, plus the prefill marks. */
export function groupUiSchema(
  uiSchema: Json,
  fields: readonly string[],
  marks: Record<string, PrefillMark>,
): UiSchema {
  let ui: UiSchema = { 'ui:submitButtonOptions': { norender: true } };
  for (const field of fields) if (isRecord(uiSchema[field])) ui[field] = uiSchema[field];
  if (Array.isArray(uiSchema['ui:order'])) {
    ui['ui:order'] = (uiSchema['ui:order'] as string[]).filter((f) => f === '*' || fields.includes(f));
    if (!ui['ui:order'].includes('*')) ui['ui:order'].push('*');
  }
  for (const [path, mark] of Object.entries(marks)) {
    const parts = path.split('.');
    if (!fields.includes(parts[0] ?? '')) continue;
    ui = setUi(ui, parts, { 'ui:prefillLabel': mark.label, ...(mark.locked ? { 'ui:readonly': true } : {}) });
  }
  return ui;
}

/** The data of a group's fields only. */
export function pickFields(data: FormValues, fields: readonly string[]): FormValues {
  return Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f]]));
}

/** A server field path without its `body.` prefix (`body.formData.x` → `formData.x`). */
export function normalisePath(path: string): string {
  return path.replace(/^body\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/** The part of a server field error's path below `formData`, or undefined for other fields. */
export function formFieldPath(path: string): string | undefined {
  const normal = normalisePath(path);
  return normal.startsWith('formData.') ? normal.slice('formData.'.length) : undefined;
}

/** The field errors the server sent for `formData.<field>…` as an rjsf error schema for a group. */
export function serverErrorSchema(
  errors: readonly { path: string; message: string }[],
  fields: readonly string[],
): ErrorSchema | undefined {
  let schema: Json | undefined;
  for (const error of errors) {
    const path = formFieldPath(error.path);
    if (!path || !fields.includes(path.split('.')[0] ?? '')) continue;
    schema ??= {};
    let node = schema;
    for (const key of path.split('.')) {
      node[key] = isRecord(node[key]) ? node[key] : {};
      node = node[key] as Json;
    }
    node.__errors = [...(Array.isArray(node.__errors) ? node.__errors : []), error.message];
  }
  return schema as ErrorSchema | undefined;
}

export interface SummaryRow {
  key: string;
  label: string;
  value: string;
}

export interface SummaryFormat {
  yes: string;
  no: string;
  date: (value: string) => string;
}

function titleOf(schema: Json | undefined, fallback: string): string {
  return typeof schema?.title === 'string' ? schema.title : fallback;
}

function resolve(schema: unknown, root: Json): Json | undefined {
  if (!isRecord(schema)) return undefined;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    const target = getPath(root, schema.$ref.slice(2).replaceAll('/', '.'));
    return isRecord(target) ? { ...target, ...schema, $ref: undefined } : schema;
  }
  return schema;
}

function display(value: unknown, schema: Json | undefined, format: SummaryFormat): string {
  if (typeof value === 'boolean') return value ? format.yes : format.no;
  const options = [...((schema?.oneOf ?? schema?.anyOf ?? []) as unknown[])].filter(isRecord);
  const option = options.find((o) => o.const === value);
  if (option && typeof option.title === 'string') return option.title;
  if (typeof value === 'string' && schema?.format === 'date') return format.date(value);
  if (Array.isArray(value))
    return value.map((v) => display(v, resolve(schema?.items, {}), format)).join(', ');
  return String(value);
}

/** The answers of some fields as label/value rows (objects flattened: "Người con – Họ tên"). */
export function summaryRows(
  schema: Json,
  data: FormValues,
  fields: readonly string[],
  format: SummaryFormat,
): SummaryRow[] {
  const root = schema;
  const rows: SummaryRow[] = [];
  const walk = (node: Json | undefined, value: unknown, key: string, label: string): void => {
    if (isEmptyValue(value)) return;
    if (isRecord(value)) {
      const properties = isRecord(node?.properties) ? node.properties : {};
      const names = [...Object.keys(properties), ...Object.keys(value).filter((n) => !(n in properties))];
      for (const name of names) {
        const sub = resolve(properties[name], root);
        walk(sub, value[name], `${key}.${name}`, `${label} – ${titleOf(sub, name)}`);
      }
      return;
    }
    rows.push({ key, label, value: display(value, node, format) });
  };
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const field of fields) {
    const sub = resolve(properties[field], root);
    walk(sub, data[field], field, titleOf(sub, field));
  }
  return rows;
}
