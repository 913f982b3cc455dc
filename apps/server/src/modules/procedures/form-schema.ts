import { createHash } from 'node:crypto';
import type { FieldError, ProcedureDefinition } from '@lienthong/contracts';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

/**
 * The procedures' e-forms are JSON Schema (draft 2020-12): one Ajv instance compiles them, both
 * to check a published definition and to validate the data a dossier carries. Unknown keywords
 * (a form renderer's own, e.g. `enumNames`) are allowed; a schema that breaks the meta-schema is not.
 */
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
// ajv-formats is CommonJS: its plugin is the module's `default` export.
ajvFormats.default(ajv);

type JsonSchema = Record<string, unknown>;

/** Compiles without keeping the schema in Ajv's registry (so the same `$id` can be compiled again). */
function compile(schema: JsonSchema): ValidateFunction {
  try {
    return ajv.compile(schema);
  } finally {
    ajv.removeSchema(schema);
  }
}

/** Why a schema does not compile, or undefined when it does. */
export function schemaProblem(schema: JsonSchema): string | undefined {
  try {
    compile(schema);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The sub-schema at `a.b.c` (object properties; a numeric segment enters an array's `items`). */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: unknown = schema;
  for (const segment of path.split('.')) {
    if (!isRecord(node)) return undefined;
    if (/^\d+$/.test(segment) && isRecord(node.items)) {
      node = node.items;
      continue;
    }
    const properties = node.properties;
    if (!isRecord(properties) || !Object.hasOwn(properties, segment)) return undefined;
    node = properties[segment];
  }
  return isRecord(node) ? node : undefined;
}

// ---- validating form data ------------------------------------------------------------------

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'Ngày không hợp lệ',
  'date-time': 'Thời điểm không hợp lệ',
  time: 'Giờ không hợp lệ',
  email: 'Địa chỉ thư điện tử không hợp lệ',
  uri: 'Địa chỉ không hợp lệ',
};

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Phải là văn bản',
  number: 'Phải là số',
  integer: 'Phải là số nguyên',
  boolean: 'Phải chọn có hoặc không',
  object: 'Sai kiểu dữ liệu',
  array: 'Phải là danh sách',
  null: 'Sai kiểu dữ liệu',
};

/** A Vietnamese message for one Ajv error. */
function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const limit = params.limit;
  switch (error.keyword) {
    case 'required':
      return 'Trường bắt buộc';
    case 'format':
      return FORMAT_MESSAGES[String(params.format)] ?? 'Sai định dạng';
    case 'pattern':
      return 'Giá trị không đúng định dạng';
    case 'minLength':
      return limit === 1 ? 'Trường bắt buộc' : `Cần ít nhất ${limit} ký tự`;
    case 'maxLength':
      return `Không được quá ${limit} ký tự`;
    case 'minimum':
      return `Giá trị nhỏ nhất là ${limit}`;
    case 'maximum':
      return `Giá trị lớn nhất là ${limit}`;
    case 'exclusiveMinimum':
      return `Giá trị phải lớn hơn ${limit}`;
    case 'exclusiveMaximum':
      return `Giá trị phải nhỏ hơn ${limit}`;
    case 'enum':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'type':
      return TYPE_MESSAGES[String(params.type).split(',')[0] ?? ''] ?? 'Sai kiểu dữ liệu';
    case 'minItems':
      return `Cần ít nhất ${limit} mục`;
    case 'maxItems':
      return `Không được quá ${limit} mục`;
    case 'additionalProperties':
      return 'Trường không có trong tờ khai';
    default:
      return 'Giá trị không hợp lệ';
  }
}

/** `/mother/fullName` (JSON Pointer) → `formData.mother.fullName`, plus the missing or extra key. */
function pathOf(error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    segments.push(params.missingProperty);
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    segments.push(params.additionalProperty);
  }
  return ['formData', ...segments].join('.');
}

/** Wrapper keywords whose own error only repeats what the inner errors say. */
const WRAPPERS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

/** Compiled validators by version id (or by the schema's hash), at most this many kept. */
const CACHE_LIMIT = 500;
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: JsonSchema, cacheKey: string | undefined): ValidateFunction {
  const key = cacheKey ?? createHash('sha256').update(JSON.stringify(schema)).digest('base64url');
  const cached = validators.get(key);
  if (cached) return cached;
  const validate = compile(schema);
  if (validators.size >= CACHE_LIMIT) {
    const oldest = validators.keys().next().value;
    if (oldest !== undefined) validators.delete(oldest);
  }
  validators.set(key, validate);
  return validate;
}

/**
 * Checks the data of a dossier's form against its procedure's JSON Schema: one error per field
 * (`formData.child.fullName`, "Trường bắt buộc"), Vietnamese messages, empty when the data is
 * valid. `versionId` keys the cache of compiled validators (a version's schema never changes).
 */
export function validateFormData(
  definition: ProcedureDefinition,
  formData: unknown,
  versionId?: string,
): FieldError[] {
  const validate = validatorFor(definition.form.schema, versionId);
  if (validate(formData)) return [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    if (WRAPPERS.has(error.keyword)) continue;
    const path = pathOf(error);
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ path, message: messageOf(error) });
  }
  return errors;
}
