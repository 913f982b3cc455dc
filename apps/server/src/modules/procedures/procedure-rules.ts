import type { FieldError, ProcedureDefinition } from '@lienthong/contracts';
import { schemaAt, schemaProblem } from './form-schema.ts';

/**
 * The rules a procedure definition must follow beyond its shape (the zod contract): a form
 * schema that compiles, question groups and prefill keys and result fields that name real form
 * fields, unique codes, steps that fit in the time limit, routing that matches the level.
 * Paths are relative to the published input (`definition.form.groups.0.fields.1`).
 */
export function checkDefinition(definition: ProcedureDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string) => errors.push({ path: `definition.${path}`, message });
  const { form } = definition;

  const problem = schemaProblem(form.schema);
  if (problem) add('form.schema', `Lược đồ JSON của tờ khai không hợp lệ: ${problem}`);
  const properties = form.schema.properties;
  if (form.schema.type !== 'object' || typeof properties !== 'object' || properties === null) {
    add('form.schema', 'Lược đồ tờ khai phải là một đối tượng (type "object") có "properties"');
  }
  const topLevel = new Set(typeof properties === 'object' && properties ? Object.keys(properties) : []);

  const grouped = new Set<string>();
  form.groups.forEach((group, groupIndex) => {
    group.fields.forEach((field, fieldIndex) => {
      const path = `form.groups.${groupIndex}.fields.${fieldIndex}`;
      if (!topLevel.has(field)) add(path, `Trường "${field}" không có trong lược đồ tờ khai`);
      else if (grouped.has(field)) add(path, `Trường "${field}" đã thuộc một nhóm câu hỏi khác`);
      grouped.add(field);
    });
  });
  const ungrouped = [...topLevel].filter((field) => !grouped.has(field));
  if (ungrouped.length > 0) {
    add('form.groups', `Các trường chưa thuộc nhóm câu hỏi nào: ${ungrouped.join(', ')}`);
  }

  for (const key of Object.keys(form.prefill)) {
    if (!schemaAt(form.schema, key)) {
      add(`form.prefill.${key}`, `Trường "${key}" không có trong lược đồ tờ khai`);
    }
  }
  definition.result.fields.forEach((field, index) => {
    if (!schemaAt(form.schema, field.path)) {
      add(`result.fields.${index}.path`, `Trường "${field.path}" không có trong lược đồ tờ khai`);
    }
  });

  const unique = (list: 'steps' | 'parts' | 'fees', codes: string[], message: string) => {
    const seen = new Set<string>();
    codes.forEach((code, index) => {
      if (seen.has(code)) add(`${list}.${index}.code`, message);
      seen.add(code);
    });
  };
  unique(
    'steps',
    definition.steps.map((step) => step.code),
    'Mã bước bị trùng',
  );
  unique(
    'parts',
    definition.parts.map((part) => part.code),
    'Mã thành phần hồ sơ bị trùng',
  );
  unique(
    'fees',
    definition.fees.map((fee) => fee.code),
    'Mã khoản phí, lệ phí bị trùng',
  );

  const stepDays = definition.steps.reduce((sum, step) => sum + step.days, 0);
  if (stepDays > definition.timeLimitDays + 1e-9) {
    add(
      'steps',
      `Tổng thời gian các bước (${stepDays} ngày làm việc) vượt thời hạn giải quyết (${definition.timeLimitDays} ngày làm việc)`,
    );
  }

  const expected = definition.level === 'commune' ? 'commune' : 'unit';
  if (definition.routing.kind !== expected) {
    add(
      'routing.kind',
      definition.level === 'commune'
        ? 'Thủ tục cấp xã được giải quyết tại xã, phường nơi người dân chọn (kind "commune")'
        : 'Thủ tục cấp thành phố phải chỉ rõ cơ quan giải quyết (kind "unit")',
    );
  }
  return errors;
}
