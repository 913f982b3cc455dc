import {
  ADMIN_UNIT_TYPE_LEVELS as CONTRACT_LEVELS,
  ORG_BLOCKS,
  ORG_LEVELS,
  ORG_RESTRUCTURE_KINDS,
  ORG_UNIT_TYPES,
} from '@lienthong/contracts';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { IDS, TRUC_BACH_HISTORY } from './org-fixtures.ts';
import { ADMIN_UNIT_TYPE_LEVELS, BLOCKS, LEVELS, RESTRUCTURE_KINDS, UNIT_TYPES } from './org-labels.ts';
import { mapRestructureErrors, STEP, toRestructureInput } from './restructure-input.ts';
import { absenceOf } from './unit-not-in-force.tsx';

const day = dayjs('2025-07-01');

describe('the closed lists of the org contracts', () => {
  it('match the contracts and have Vietnamese and English labels', () => {
    expect([...UNIT_TYPES].sort()).toEqual(Object.keys(ORG_UNIT_TYPES).sort());
    expect([...LEVELS].sort()).toEqual(Object.keys(ORG_LEVELS).sort());
    expect([...BLOCKS].sort()).toEqual(Object.keys(ORG_BLOCKS).sort());
    expect([...RESTRUCTURE_KINDS].sort()).toEqual(Object.keys(ORG_RESTRUCTURE_KINDS).sort());
    expect(ADMIN_UNIT_TYPE_LEVELS).toEqual(CONTRACT_LEVELS);
    const keys = [
      ...UNIT_TYPES.map((type) => `org.unitTypes.${type}`),
      ...LEVELS.map((level) => `org.levels.${level}`),
      ...BLOCKS.flatMap((block) => [`org.blocks.${block}`, `org.blocksShort.${block}`]),
      ...RESTRUCTURE_KINDS.flatMap((kind) => [`org.kinds.${kind}`, `orgWizard.kindHelp.${kind}`]),
    ];
    for (const key of keys) {
      for (const lng of ['vi', 'en']) expect(i18n.exists(key, { lng }), `${lng}:${key}`).toBe(true);
    }
    expect(i18n.t('org.kinds.merge', { lng: 'vi' })).toBe(ORG_RESTRUCTURE_KINDS.merge);
  });
});

describe('toRestructureInput', () => {
  it('builds a merge into a new unit: level from the type, block fixed for administrative units', () => {
    expect(
      toRestructureInput(
        {
          kind: 'merge',
          effectiveDate: day,
          legalBasis: '  Nghị quyết 1656/NQ-UBTVQH15 ',
          note: '',
          sourceIds: [IDS.trucBach, IDS.quanThanh],
          intoMode: 'new',
          newUnit: {
            name: 'Phường Ba Đình',
            code: '00004',
            unitType: 'ward',
            block: 'party',
            parentId: IDS.hanoi,
          },
        },
        true,
      ),
    ).toEqual({
      kind: 'merge',
      effectiveDate: '2025-07-01',
      preview: true,
      legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
      sourceIds: [IDS.trucBach, IDS.quanThanh],
      into: {
        newUnit: {
          name: 'Phường Ba Đình',
          shortName: null,
          code: '00004',
          unitType: 'ward',
          level: 'commune',
          block: 'government',
          parentId: IDS.hanoi,
        },
      },
    });
  });

  it('builds a split with new and existing targets, and a dissolve without empty successors', () => {
    const split = toRestructureInput(
      {
        kind: 'split',
        effectiveDate: day,
        legalBasis: 'NQ',
        sourceId: IDS.quanThanh,
        targets: [
          { mode: 'existing', unitId: IDS.phuongBaDinh, share: 'partial' },
          {
            mode: 'new',
            share: 'full',
            newUnit: { name: 'Sở mới', unitType: 'department', block: 'government' },
          },
        ],
      },
      false,
    );
    expect(split).toMatchObject({
      kind: 'split',
      preview: false,
      targets: [
        { unitId: IDS.phuongBaDinh, share: 'partial' },
        { newUnit: { name: 'Sở mới', level: null, block: 'government', parentId: null }, share: 'full' },
      ],
    });
    expect(
      toRestructureInput(
        {
          kind: 'dissolve',
          effectiveDate: day,
          legalBasis: 'NQ',
          unitId: IDS.quanBaDinh,
          successors: [{ unitId: IDS.phuongBaDinh, share: 'partial' }, { share: 'full' }],
        },
        true,
      ),
    ).toMatchObject({ successors: [{ unitId: IDS.phuongBaDinh, share: 'partial' }] });
  });
});

describe('mapRestructureErrors', () => {
  it('puts each error on its field and returns the earliest step holding one', () => {
    const mapped = mapRestructureErrors(
      [
        { path: 'body.targets.1.newUnit.level', message: 'Cấp không khớp loại' },
        { path: 'body.targets.5', message: 'Không có đơn vị nhận này' },
        { path: 'body.legalBasis', message: 'Cần ghi căn cứ' },
        { path: 'body.sourceId', message: 'Đơn vị không có hiệu lực' },
        { path: 'body', message: 'Thiếu dữ liệu' },
      ],
      {
        kind: 'split',
        targets: [
          { mode: 'new', share: 'partial' },
          { mode: 'new', share: 'partial' },
        ],
      },
    );
    expect(mapped.fields).toEqual([
      { name: ['targets', 1, 'newUnit', 'unitType'], errors: ['Cấp không khớp loại'] },
      { name: ['targets'], errors: ['Không có đơn vị nhận này'] },
      { name: ['legalBasis'], errors: ['Cần ghi căn cứ'] },
      { name: ['sourceId'], errors: ['Đơn vị không có hiệu lực'] },
    ]);
    expect(mapped.step).toBe(STEP.units);
    expect(mapped.unmapped.map((error) => error.path)).toEqual(['body']);
  });

  it('maps create (parent on the units step) and move paths', () => {
    const create = mapRestructureErrors(
      [
        { path: 'body.unit.parentId', message: 'Vị trí không hợp lệ' },
        { path: 'body.unit.name', message: 'Cần tên' },
      ],
      { kind: 'create' },
    );
    expect(create.fields.map((field) => field.name)).toEqual([
      ['newUnit', 'parentId'],
      ['newUnit', 'name'],
    ]);
    expect(create.step).toBe(STEP.units);
    const move = mapRestructureErrors([{ path: 'body.parentId', message: 'A → B → A' }], { kind: 'move' });
    expect(move.fields).toEqual([{ name: ['parentId'], errors: ['A → B → A'] }]);
  });
});

describe('absenceOf', () => {
  it('says a unit ended, by which change, and who took over', () => {
    expect(absenceOf(TRUC_BACH_HISTORY, IDS.trucBach, '2025-07-01')).toEqual({
      kind: 'ended',
      endedOn: '2025-07-01',
      name: 'Phường Trúc Bạch',
      cause: { kind: 'merge', legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15' },
      successors: [
        { unitId: IDS.phuongBaDinh, name: 'Phường Ba Đình', share: 'full', effectiveDate: '2025-07-01' },
      ],
    });
    expect(absenceOf(TRUC_BACH_HISTORY, IDS.trucBach, '2025-01-01')).toEqual({
      kind: 'not-yet',
      from: '2025-03-01',
    });
  });
});
