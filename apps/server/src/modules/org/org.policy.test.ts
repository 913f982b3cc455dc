import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPlacement,
  checkUnitShape,
  childPath,
  dayBefore,
  followLineage,
  isAliveOn,
  isWithin,
  type LineageEdge,
  labelOf,
  permissionForKind,
} from './org.policy.ts';

describe('permissions', () => {
  it('structure upkeep needs org.manage, restructuring org.restructure', () => {
    expect(['create', 'rename', 'move'].map((k) => permissionForKind(k as 'create'))).toEqual([
      'org.manage',
      'org.manage',
      'org.manage',
    ]);
    expect(['merge', 'split', 'dissolve'].map((k) => permissionForKind(k as 'merge'))).toEqual([
      'org.restructure',
      'org.restructure',
      'org.restructure',
    ]);
  });
});

describe('unit shape and placement', () => {
  it('an administrative unit carries the level of its type and the government block; a body no level', () => {
    expect(checkUnitShape({ unitType: 'ward', level: 'commune', block: 'government' })).toBeNull();
    expect(checkUnitShape({ unitType: 'ward', level: 'district', block: 'government' })).toContain('commune');
    expect(checkUnitShape({ unitType: 'ward', level: 'commune', block: 'party' })).toContain('chính quyền');
    expect(checkUnitShape({ unitType: 'department', level: null, block: 'government' })).toBeNull();
    expect(checkUnitShape({ unitType: 'party_committee', level: 'city', block: 'party' })).toContain('null');
  });

  it('roots are provinces; administrative units sit under higher ones; bodies anywhere', () => {
    expect(checkPlacement({ level: 'city' }, null)).toBeNull();
    expect(checkPlacement({ level: null }, null)).not.toBeNull();
    const city = { level: 'city' as const, name: 'Hà Nội' };
    const district = { level: 'district' as const, name: 'Quận Ba Đình' };
    const body = { level: null, name: 'Sở Nội vụ' };
    expect(checkPlacement({ level: 'commune' }, city)).toBeNull();
    expect(checkPlacement({ level: 'commune' }, district)).toBeNull();
    expect(checkPlacement({ level: 'district' }, district)).not.toBeNull();
    expect(checkPlacement({ level: 'commune' }, body)).toContain('Sở Nội vụ');
    expect(checkPlacement({ level: null }, body)).toBeNull();
  });
});

describe('paths and dates', () => {
  it('labels are uuids without dashes; paths nest', () => {
    const id = '01930000-0000-7000-8000-000000000001';
    expect(labelOf(id)).toBe('0193000000007000800000000000000' + '1');
    const path = childPath(childPath(null, id), id);
    expect(path.split('.')).toHaveLength(2);
    expect(isWithin(path, labelOf(id))).toBe(true);
    expect(isWithin(`${labelOf(id)}0.x`, labelOf(id))).toBe(false);
  });

  it('intervals are closed at the start and open at the end', () => {
    const version = { validFrom: '2025-03-01', validTo: '2025-07-01' };
    expect(isAliveOn(version, '2025-03-01')).toBe(true);
    expect(isAliveOn(version, '2025-06-30')).toBe(true);
    expect(isAliveOn(version, '2025-07-01')).toBe(false);
    expect(isAliveOn({ validFrom: '2025-07-01', validTo: null }, '2099-01-01')).toBe(true);
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });
});

describe('followLineage', () => {
  const edge = (
    restructureId: string,
    fromUnitId: string,
    toUnitId: string,
    share: 'full' | 'partial',
  ): LineageEdge => ({
    restructureId,
    fromUnitId,
    toUnitId,
    share,
  });

  it('follows merges and splits in order, multiplying shares', () => {
    const edges = [
      edge('r1', 'a', 'n1', 'full'),
      edge('r1', 'b', 'n1', 'full'),
      edge('r2', 'c', 'n1', 'partial'),
      edge('r2', 'c', 'n2', 'partial'),
      edge('r3', 'n1', 'm', 'full'),
    ];
    const result = followLineage(['a', 'c', 'z'], edges, () => true);
    expect(result.get('a')).toEqual([{ unitId: 'm', share: 'full' }]);
    expect(result.get('c')).toEqual([
      { unitId: 'n2', share: 'partial' },
      { unitId: 'm', share: 'partial' },
    ]);
    expect(result.get('z')).toEqual([{ unitId: 'z', share: 'full' }]);
  });

  it('drops units no longer in force (dissolved without successor)', () => {
    const result = followLineage(['a'], [], (id) => id !== 'a');
    expect(result.get('a')).toEqual([]);
  });

  it('property: with full edges only, every start maps to exactly one unit with a full share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 6, max: 9 })), { maxLength: 12 }),
        (pairs) => {
          const edges = pairs.map(([from, to], index) => edge(`r${index}`, `u${from}`, `u${to}`, 'full'));
          const starts = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'];
          const result = followLineage(starts, edges, () => true);
          for (const start of starts) {
            const targets = result.get(start) ?? [];
            expect(targets).toHaveLength(1);
            expect(targets[0]?.share).toBe('full');
          }
        },
      ),
    );
  });
});
