/**
 * Values for a procedure's e-form from its JSON Schema, for the bench's desk filings: every
 * required property gets a plausible value (defaults, enums, formats and the few patterns of the
 * catalogue: personal identification numbers, phone numbers). The server validates the result.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
};

const PATTERN_CANDIDATES = [
  '001085012345',
  '0912345678',
  '0100109106',
  '12345',
  'AB123456',
  '01',
  '001',
  'Thử nghiệm',
];

function stringFor(schema: JsonSchema): string {
  if (schema.format === 'date') return '1990-01-15';
  if (schema.format === 'date-time') return '2026-01-15T09:00:00+07:00';
  if (schema.format === 'email') return 'cong.dan@example.vn';
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    const match = PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate));
    if (match) return match;
  }
  return 'Nội dung thử nghiệm'.padEnd(schema.minLength ?? 0, '.');
}

export function formDataFor(schema: JsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (variant) return formDataFor(variant);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) value[key] = formDataFor(schema.properties?.[key] ?? {});
      return value;
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => formDataFor(schema.items ?? {}));
    case 'integer':
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      return stringFor(schema);
  }
}
