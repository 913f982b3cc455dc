import type { ErrorObject } from 'ajv';

/**
 * A JSON Schema validator that interprets the schema instead of compiling it to code. Ajv
 * compiles with `new Function`, which the platform's Content-Security-Policy (`script-src 'self'`,
 * no 'unsafe-eval') forbids in the browser; the server validates every submission with Ajv again.
 *
 * It reports errors in Ajv's shape (keyword, instancePath, schemaPath, params, parentSchema, as
 * `allErrors: true` would), so @rjsf/validator-ajv8's error processing and titles apply unchanged.
 * Covers what e-forms use: $ref (local), type, enum, const, string/number/array/object keywords,
 * formats (date, time, date-time, email, uri, uuid, ipv4), allOf/anyOf/oneOf/not, if/then/else,
 * dependencies and dependentRequired. Unknown keywords and formats are ignored.
 */

type Schema = Record<string, unknown>;
export type SchemaError = ErrorObject;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

function pointer(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Resolves a local `$ref` (`#/$defs/x`, `#/definitions/x`, `#`) in the root schema. */
function resolveRef(root: Schema, ref: string): Schema | boolean {
  if (!ref.startsWith('#')) throw new Error(`Unsupported $ref: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (!isObject(node) && typeof node !== 'boolean') throw new Error(`Unresolved $ref: ${ref}`);
  return node;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}(:?\d{2})?)?$/i;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return month >= 1 && month <= 12 && day >= 1 && days !== undefined && day <= days;
}

function isTime(text: string, zoneRequired: boolean): boolean {
  const m = TIME.exec(text);
  if (!m) return false;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (zoneRequired && !m[5]) return false;
  return h <= 23 && min <= 59 && s <= 60;
}

const FORMATS: Record<string, (text: string) => boolean> = {
  date: isDate,
  time: (text) => isTime(text, true),
  'date-time': (text) => {
    const [date, time, ...rest] = text.split(/t|\s/i);
    return (
      rest.length === 0 && date !== undefined && time !== undefined && isDate(date) && isTime(time, true)
    );
  },
  email: (text) =>
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(
      text,
    ),
  uri: (text) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(text),
  uuid: (text) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text),
  ipv4: (text) =>
    /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text),
};

class Checker {
  readonly errors: SchemaError[] = [];
  readonly root: Schema;

  constructor(root: Schema) {
    this.root = root;
  }

  private fail(
    keyword: string,
    instancePath: string,
    schemaPath: string,
    params: Record<string, unknown>,
    message: string,
    parentSchema: Schema,
  ): void {
    this.errors.push({
      keyword,
      instancePath,
      schemaPath: `${schemaPath}/${keyword}`,
      params,
      message,
      parentSchema,
    });
  }

  /** Runs `schema` on `data` in a scratch checker: true when valid, with the errors it found. */
  private trial(schema: unknown, data: unknown, path: string, schemaPath: string): SchemaError[] {
    const scratch = new Checker(this.root);
    scratch.check(schema, data, path, schemaPath);
    return scratch.errors;
  }

  check(schema: unknown, data: unknown, path: string, schemaPath: string): void {
    if (schema === true || schema === undefined) return;
    if (schema === false) {
      this.fail('false schema', path, schemaPath, {}, 'boolean schema is false', {});
      return;
    }
    if (!isObject(schema)) return;
    if (typeof schema.$ref === 'string')
      this.check(resolveRef(this.root, schema.$ref), data, path, schema.$ref);
    const type = schema.type;
    if (type !== undefined) {
      const types = Array.isArray(type) ? (type as string[]) : [type as string];
      if (!types.some((t) => hasType(data, t))) {
        const params = { type: Array.isArray(type) ? types : types[0] };
        this.fail('type', path, schemaPath, params, `must be ${types.join(',')}`, schema);
      }
    }
    this.checkGeneric(schema, data, path, schemaPath);
    if (typeof data === 'string') this.checkString(schema, data, path, schemaPath);
    if (typeof data === 'number') this.checkNumber(schema, data, path, schemaPath);
    if (Array.isArray(data)) this.checkArray(schema, data, path, schemaPath);
    if (isObject(data)) this.checkObject(schema, data, path, schemaPath);
    this.checkCombinators(schema, data, path, schemaPath);
  }

  private checkGeneric(schema: Schema, data: unknown, path: string, sp: string): void {
    if (Array.isArray(schema.enum) && !schema.enum.some((v) => deepEqual(v, data))) {
      this.fail(
        'enum',
        path,
        sp,
        { allowedValues: schema.enum },
        'must be equal to one of the allowed values',
        schema,
      );
    }
    if ('const' in schema && !deepEqual(schema.const, data)) {
      this.fail('const', path, sp, { allowedValue: schema.const }, 'must be equal to constant', schema);
    }
  }

  private checkString(schema: Schema, data: string, path: string, sp: string): void {
    const length = [...data].length;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) {
      const limit = schema.maxLength;
      this.fail('maxLength', path, sp, { limit }, `must NOT have more than ${limit} characters`, schema);
    }
    if (typeof schema.minLength === 'number' && length < schema.minLength) {
      const limit = schema.minLength;
      this.fail('minLength', path, sp, { limit }, `must NOT have fewer than ${limit} characters`, schema);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(data)) {
      const pattern = schema.pattern;
      this.fail('pattern', path, sp, { pattern }, `must match pattern "${pattern}"`, schema);
    }
    const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
    if (format && !format(data)) {
      const name = schema.format as string;
      this.fail('format', path, sp, { format: name }, `must match format "${name}"`, schema);
    }
  }

  private checkNumber(schema: Schema, data: number, path: string, sp: string): void {
    const bounds: [string, string, (limit: number) => boolean][] = [
      ['maximum', '<=', (limit) => data <= limit],
      ['minimum', '>=', (limit) => data >= limit],
      ['exclusiveMaximum', '<', (limit) => data < limit],
      ['exclusiveMinimum', '>', (limit) => data > limit],
    ];
    for (const [keyword, comparison, ok] of bounds) {
      const limit = schema[keyword];
      if (typeof limit === 'number' && !ok(limit)) {
        this.fail(keyword, path, sp, { comparison, limit }, `must be ${comparison} ${limit}`, schema);
      }
    }
    const multiple = schema.multipleOf;
    if (typeof multiple === 'number' && multiple > 0) {
      const ratio = data / multiple;
      if (Math.abs(Math.round(ratio) - ratio) > 1e-8) {
        this.fail(
          'multipleOf',
          path,
          sp,
          { multipleOf: multiple },
          `must be multiple of ${multiple}`,
          schema,
        );
      }
    }
  }

  private checkArray(schema: Schema, data: unknown[], path: string, sp: string): void {
    if (typeof schema.maxItems === 'number' && data.length > schema.maxItems) {
      const limit = schema.maxItems;
      this.fail('maxItems', path, sp, { limit }, `must NOT have more than ${limit} items`, schema);
    }
    if (typeof schema.minItems === 'number' && data.length < schema.minItems) {
      const limit = schema.minItems;
      this.fail('minItems', path, sp, { limit }, `must NOT have fewer than ${limit} items`, schema);
    }
    const tuple = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : [];
    const tupleKey = Array.isArray(schema.prefixItems) ? 'prefixItems' : 'items';
    tuple.forEach((item, i) => {
      if (i < data.length) this.check(item, data[i], `${path}/${i}`, `${sp}/${tupleKey}/${i}`);
    });
    const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    const restKey = Array.isArray(schema.items) ? 'additionalItems' : 'items';
    if (rest !== undefined) {
      for (let i = tuple.length; i < data.length; i++)
        this.check(rest, data[i], `${path}/${i}`, `${sp}/${restKey}`);
    }
    if (schema.uniqueItems === true) {
      for (let j = data.length - 1; j > 0; j--) {
        const i = data.findIndex((item, k) => k < j && deepEqual(item, data[j]));
        if (i >= 0) {
          this.fail(
            'uniqueItems',
            path,
            sp,
            { i, j },
            `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
            schema,
          );
          break;
        }
      }
    }
  }

  private checkObject(schema: Schema, data: Record<string, unknown>, path: string, sp: string): void {
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const name of required) {
      if (!(name in data) || data[name] === undefined) {
        this.fail(
          'required',
          path,
          sp,
          { missingProperty: name },
          `must have required property '${name}'`,
          schema,
        );
      }
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [name, sub] of Object.entries(properties)) {
      if (name in data && data[name] !== undefined) {
        this.check(sub, data[name], `${path}/${pointer(name)}`, `${sp}/properties/${pointer(name)}`);
      }
    }
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
      for (const name of Object.keys(data)) {
        if (name in properties || data[name] === undefined) continue;
        if (schema.additionalProperties === false) {
          this.fail(
            'additionalProperties',
            path,
            sp,
            { additionalProperty: name },
            'must NOT have additional properties',
            schema,
          );
        } else {
          this.check(
            schema.additionalProperties,
            data[name],
            `${path}/${pointer(name)}`,
            `${sp}/additionalProperties`,
          );
        }
      }
    }
    const dependent = isObject(schema.dependentRequired) ? schema.dependentRequired : {};
    const dependencies = isObject(schema.dependencies) ? schema.dependencies : {};
    for (const [keyword, map] of [
      ['dependentRequired', dependent],
      ['dependencies', dependencies],
    ] as const) {
      for (const [name, dep] of Object.entries(map)) {
        if (!(name in data) || data[name] === undefined) continue;
        if (Array.isArray(dep)) {
          const missing = (dep as string[]).filter((d) => !(d in data) || data[d] === undefined);
          for (const property of missing) {
            const params = {
              property: name,
              missingProperty: property,
              depsCount: dep.length,
              deps: dep.join(', '),
            };
            this.fail(
              keyword,
              path,
              sp,
              params,
              `must have property ${property} when property ${name} is present`,
              schema,
            );
          }
        } else {
          this.check(dep, data, path, `${sp}/${keyword}/${pointer(name)}`);
        }
      }
    }
  }

  private checkCombinators(schema: Schema, data: unknown, path: string, sp: string): void {
    if (Array.isArray(schema.allOf)) {
      for (const [i, sub] of schema.allOf.entries()) this.check(sub, data, path, `${sp}/allOf/${i}`);
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches)) continue;
      const results = branches.map((s, i) => this.trial(s, data, path, `${sp}/${keyword}/${i}`));
      const passing = results.flatMap((errors, i) => (errors.length === 0 ? [i] : []));
      if (passing.length === 0) {
        for (const errors of results) this.errors.push(...errors);
        const message = `must match ${keyword === 'anyOf' ? 'a schema in anyOf' : 'exactly one schema in oneOf'}`;
        this.fail(keyword, path, sp, keyword === 'oneOf' ? { passingSchemas: null } : {}, message, schema);
      } else if (keyword === 'oneOf' && passing.length > 1) {
        this.fail(
          'oneOf',
          path,
          sp,
          { passingSchemas: passing.slice(0, 2) },
          'must match exactly one schema in oneOf',
          schema,
        );
      }
    }
    if (schema.not !== undefined && this.trial(schema.not, data, path, `${sp}/not`).length === 0) {
      this.fail('not', path, sp, {}, 'must NOT be valid', schema);
    }
    if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
      const branch = this.trial(schema.if, data, path, `${sp}/if`).length === 0 ? 'then' : 'else';
      const sub = schema[branch];
      if (sub === undefined) return;
      const errors = this.trial(sub, data, path, `${sp}/${branch}`);
      if (errors.length > 0) {
        this.errors.push(...errors);
        this.fail('if', path, sp, { failingKeyword: branch }, `must match "${branch}" schema`, schema);
      }
    }
  }
}

/**
 * Validates `data` against `schema` (resolving `$ref` in `root`) and returns every error, in
 * Ajv's format. Throws on a `$ref` it cannot resolve (Ajv fails to compile such a schema too).
 */
export function checkSchema(schema: unknown, data: unknown, root?: unknown): SchemaError[] {
  const rootSchema = isObject(root) ? root : isObject(schema) ? schema : {};
  const checker = new Checker(rootSchema);
  checker.check(schema, data, '', '#');
  return checker.errors;
}
