import { describe, expect, it } from 'vitest';
import { validateFormData } from './form-schema.ts';
import { checkDefinition } from './procedure-rules.ts';
import { cityDefinitionFixture, definitionFixture } from './procedures.fixtures.ts';

/** The e-form's data check used on submission, and the rules of a definition beyond its shape. */

const definition = definitionFixture();
const valid = {
  requester: { fullName: 'Nguyễn Văn An', personalId: '001085012345' },
  child: { fullName: 'Nguyễn Minh Khôi', birthDate: '2026-02-14', sex: 'Nam' },
};

describe('validateFormData', () => {
  it('accepts valid data', () => {
    expect(validateFormData(definition, valid)).toEqual([]);
  });

  it('names each wrong field with a Vietnamese message', () => {
    const errors = validateFormData(definition, {
      requester: { fullName: '', personalId: '12345' },
      child: { birthDate: '2026-02-30', sex: 'Khác', weightGrams: 3.5 },
      extra: true,
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'formData.requester.fullName', message: 'Trường bắt buộc' },
        { path: 'formData.requester.personalId', message: 'Giá trị không đúng định dạng' },
        { path: 'formData.child.fullName', message: 'Trường bắt buộc' },
        { path: 'formData.child.birthDate', message: 'Ngày không hợp lệ' },
        { path: 'formData.child.sex', message: 'Giá trị không nằm trong danh sách cho phép' },
        { path: 'formData.child.weightGrams', message: 'Phải là số nguyên' },
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('reports missing groups, limits, and data that is not an object', () => {
    expect(validateFormData(definition, {})).toEqual([
      { path: 'formData.requester', message: 'Trường bắt buộc' },
      { path: 'formData.child', message: 'Trường bắt buộc' },
    ]);
    expect(validateFormData(definition, { ...valid, child: { ...valid.child, weightGrams: 100 } })).toEqual([
      { path: 'formData.child.weightGrams', message: 'Giá trị nhỏ nhất là 300' },
    ]);
    expect(validateFormData(definition, 'không phải đối tượng')).toEqual([
      { path: 'formData', message: 'Sai kiểu dữ liệu' },
    ]);
  });

  it('caches a compiled validator per version id', () => {
    expect(validateFormData(definition, valid, 'phien-ban-1')).toEqual([]);
    // The same key is trusted to mean the same schema (a version never changes).
    const other = definitionFixture();
    other.form.schema = { type: 'object', required: ['x'], properties: { x: { type: 'string' } } };
    expect(validateFormData(other, valid, 'phien-ban-1')).toEqual([]);
    expect(validateFormData(other, valid)).toEqual([{ path: 'formData.x', message: 'Trường bắt buộc' }]);
  });
});

describe('checkDefinition', () => {
  it('accepts the fixtures', () => {
    expect(checkDefinition(definitionFixture())).toEqual([]);
    expect(checkDefinition(cityDefinitionFixture())).toEqual([]);
  });

  it('requires the steps to fit in the time limit and the routing to match the level', () => {
    const errors = checkDefinition(
      cityDefinitionFixture({ timeLimitDays: 5, routing: { kind: 'commune', agencyName: 'UBND cấp xã' } }),
    );
    expect(errors).toEqual([
      {
        path: 'definition.steps',
        message: 'Tổng thời gian các bước (9.5 ngày làm việc) vượt thời hạn giải quyết (5 ngày làm việc)',
      },
      {
        path: 'definition.routing.kind',
        message: 'Thủ tục cấp thành phố phải chỉ rõ cơ quan giải quyết (kind "unit")',
      },
    ]);
  });

  it('requires an object schema and lists fields left out of every group', () => {
    const noObject = definitionFixture();
    noObject.form.schema = { type: 'string' };
    expect(checkDefinition(noObject).map((error) => error.path)).toContain('definition.form.schema');
    const ungrouped = definitionFixture();
    ungrouped.form.groups = [{ title: 'Chỉ một nhóm', fields: ['requester'] }];
    expect(checkDefinition(ungrouped)).toContainEqual({
      path: 'definition.form.groups',
      message: 'Các trường chưa thuộc nhóm câu hỏi nào: child',
    });
  });
});
