import { formatDate, formatDateTime, formatLocalDate } from '../../lib/format.ts';

/**
 * The applicant's form data as label/value pairs, read through the procedure version's JSON
 * Schema: titles for labels, `oneOf`/`enum` titles for codes, dates as dd/mm/yyyy, nested objects
 * and arrays as groups. Values the schema does not describe are still shown, under their key.
 */

export type FormRow =
  | { kind: 'field'; path: string; label: string; value: string }
  | { kind: 'group'; path: string; label: string; rows: FormRow[] };

export interface FormSection {
  title: string;
  rows: FormRow[];
}

export interface FormWords {
  yes: string;
  no: string;
  empty: string;
  /** Title of the section holding values outside the groups. */
  other: string;
  /** "Mục {{n}}" for the items of an array of objects. */
  item: (n: number) => string;
}

type Schema = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
  const properties = schema?.properties;
  if (!isRecord(properties)) return {};
  return Object.fromEntries(
    Object.entries(properties).flatMap(([key, value]) => (isRecord(value) ? [[key, value]] : [])),
  );
}

function titleOf(schema: Schema | undefined, key: string): string {
  return typeof schema?.title === 'string' && schema.title.trim() ? schema.title : key;
}

/** The label of an enumerated value: `oneOf/anyOf [{const, title}]`, or `enumNames` beside `enum`. */
function choiceLabel(schema: Schema | undefined, value: unknown): string | undefined {
  for (const list of [schema?.oneOf, schema?.anyOf]) {
    if (!Array.isArray(list)) continue;
    const match = list.find((option) => isRecord(option) && option.const === value);
    if (isRecord(match) && typeof match.title === 'string') return match.title;
  }
  if (Array.isArray(schema?.enum) && Array.isArray(schema?.enumNames)) {
    const index = schema.enum.indexOf(value);
    const name = index >= 0 ? schema.enumNames[index] : undefined;
    if (typeof name === 'string') return name;
  }
  return undefined;
}

function scalarText(schema: Schema | undefined, value: unknown, words: FormWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  const choice = choiceLabel(schema, value);
  if (choice) return choice;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') {
    if (schema?.format === 'date') return formatLocalDate(value);
    if (schema?.format === 'date-time') return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function rowOf(
  path: string,
  label: string,
  schema: Schema | undefined,
  value: unknown,
  words: FormWords,
): FormRow {
  if (isRecord(value)) {
    return { kind: 'group', path, label, rows: rowsOf(path, schema, value, words) };
  }
  if (Array.isArray(value)) {
    const items = isRecord(schema?.items) ? schema.items : undefined;
    if (value.some(isRecord)) {
      return {
        kind: 'group',
        path,
        label,
        rows: value.map((item, index) =>
          rowOf(`${path}.${index}`, words.item(index + 1), items, item, words),
        ),
      };
    }
    const text = value.map((item) => scalarText(items, item, words)).join(', ');
    return { kind: 'field', path, label, value: text || words.empty };
  }
  return { kind: 'field', path, label, value: scalarText(schema, value, words) };
}

/** The rows of an object: the schema's properties in order, then keys it does not describe. */
function rowsOf(
  prefix: string,
  schema: Schema | undefined,
  value: Record<string, unknown>,
  words: FormWords,
) {
  const properties = propertiesOf(schema);
  const keys = [...Object.keys(properties), ...Object.keys(value).filter((key) => !(key in properties))];
  return keys
    .filter((key) => value[key] !== undefined)
    .map((key) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return rowOf(path, titleOf(properties[key], key), properties[key], value[key], words);
    });
}

/**
 * The sections of the form: one per question group of the procedure (`form.groups`), then the
 * values no group holds. Without a schema (not loaded yet), one section with the raw keys.
 */
export function describeForm(
  schema: Schema | undefined,
  groups: readonly { title: string; fields: readonly string[] }[],
  data: Record<string, unknown>,
  words: FormWords,
): FormSection[] {
  const properties = propertiesOf(schema);
  const placed = new Set<string>();
  const sections: FormSection[] = [];
  for (const group of groups) {
    const rows = group.fields
      .filter((field) => data[field] !== undefined && !placed.has(field))
      .map((field) => {
        placed.add(field);
        return rowOf(field, titleOf(properties[field], field), properties[field], data[field], words);
      });
    if (rows.length > 0) sections.push({ title: group.title, rows });
  }
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !placed.has(key)));
  const rows = rowsOf('', schema, rest, words);
  if (rows.length > 0) sections.push({ title: groups.length > 0 ? words.other : '', rows });
  return sections;
}

/** `1990-05-02` stays a calendar day; anything else that parses is a moment in Vietnam. */
export function formatAnyDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatLocalDate(value) : formatDate(value);
}
