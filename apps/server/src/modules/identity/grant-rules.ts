import type { GrantInput } from '@lienthong/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { UnitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { subtreeInScope, unitInScope, unitNames } from '../org/index.ts';

function outOfScope(message: string): AppError {
  return new AppError('FORBIDDEN', message);
}

/**
 * What a granter may hand out (`scope` is the granter's scope of `role.grant`):
 * - never to themselves;
 * - platform-wide grants (no unit) and the system administrator role only with a platform-wide scope;
 * - a unit that exists on the grant's first day;
 * - 'unit' grants on a unit within the granter's scope; 'subtree' grants only where the granter's
 *   own subtree covers the unit (a 'unit' scope never widens into a subtree).
 */
export async function assertGrantable(
  db: Db,
  actor: Actor,
  scope: UnitScope,
  officialId: string,
  input: GrantInput,
): Promise<void> {
  if (actor.id === officialId) {
    throw outOfScope('Không thể tự phân vai trò cho chính mình; đề nghị một quản trị viên khác thực hiện.');
  }
  const orgUnitId = input.orgUnitId ?? null;
  if (scope.kind !== 'all') {
    if (orgUnitId === null) {
      throw outOfScope('Chỉ quản trị hệ thống được phân vai trò trên toàn hệ thống (không gắn đơn vị).');
    }
    if (input.role === 'system_admin') {
      throw outOfScope('Chỉ quản trị hệ thống được phân vai trò Quản trị hệ thống.');
    }
  }
  if (orgUnitId === null) return;
  const names = await unitNames(db, [orgUnitId], input.validFrom);
  if (!names.has(orgUnitId)) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: 'body.orgUnitId', message: 'Đơn vị không tồn tại hoặc không có hiệu lực vào ngày bắt đầu.' },
    ]);
  }
  const allowed =
    input.scope === 'subtree'
      ? await subtreeInScope(db, orgUnitId, scope)
      : await unitInScope(db, orgUnitId, scope);
  if (!allowed) {
    throw outOfScope(
      input.scope === 'subtree'
        ? 'Đơn vị và các đơn vị trực thuộc nằm ngoài phạm vi bạn được phân vai trò.'
        : 'Đơn vị nằm ngoài phạm vi bạn được phân vai trò.',
    );
  }
}
