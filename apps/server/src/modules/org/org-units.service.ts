import type {
  OrgSubtreeCount,
  OrgUnitDetail,
  OrgUnitHistory,
  OrgUnitListQuery,
  OrgUnitPage,
} from '@lienthong/contracts';
import { toLocalDate } from '@lienthong/vn';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { type ForwardTarget, followLineage } from './org.policy.ts';
import { presentRef, presentRestructures, presentUnit, presentVersion } from './org.present.ts';
import * as read from './org-read.store.ts';
import { vnDate } from './restructure-steps.ts';

export type OrgUnitsService = ReturnType<typeof createOrgUnitsService>;

/** Today in Vietnam (Asia/Ho_Chi_Minh), the default "as of" day. */
export function todayInVietnam(): string {
  return toLocalDate(new Date());
}

/** Reading the structure as of a day: lists, a unit with its breadcrumb, history, counts, lineage. */
export function createOrgUnitsService(db: Db, today: () => string = todayInVietnam) {
  async function versionOrNotFound(id: string, asOf: string) {
    const version = await read.findVersionOn(db, id, asOf);
    if (version) return version;
    if (await read.findUnit(db, id)) {
      throw new AppError('NOT_FOUND', `Đơn vị không có hiệu lực vào ngày ${vnDate(asOf)}.`);
    }
    throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
  }

  async function listUnits(query: OrgUnitListQuery): Promise<OrgUnitPage> {
    const asOf = query.asOf ?? today();
    const page = await read.findUnitsPage(db, { ...query, asOf });
    return {
      asOf,
      items: page.items.map(presentUnit),
      total: page.total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async function getUnit(id: string, asOfDay?: string): Promise<OrgUnitDetail> {
    const asOf = asOfDay ?? today();
    const version = await versionOrNotFound(id, asOf);
    const ancestors = await read.findAncestors(db, version.path, asOf);
    return { ...presentUnit(version), asOf, ancestors: ancestors.map(presentRef) };
  }

  async function getHistory(id: string): Promise<OrgUnitHistory> {
    const unit = await read.findUnit(db, id);
    if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
    const versions = await read.findVersions(db, id);
    const restructures = await read.findRestructures(db, { unitId: id, limit: 1000, offset: 0 });
    const lineage = await read.findLineage(
      db,
      restructures.items.map((row) => row.id),
    );
    return {
      id,
      createdAt: unit.createdAt.toISOString(),
      versions: versions.map(presentVersion),
      restructures: presentRestructures(restructures.items, lineage),
    };
  }

  async function countSubtree(id: string, asOfDay?: string): Promise<OrgSubtreeCount> {
    const asOf = asOfDay ?? today();
    const { found, counts } = await read.countSubtree(db, id, asOf);
    if (!found) await versionOrNotFound(id, asOf);
    const byLevel = { city: 0, district: 0, commune: 0 };
    let bodies = 0;
    for (const row of counts) {
      if (row.level) byLevel[row.level] = row.n;
      else bodies = row.n;
    }
    return {
      unitId: id,
      asOf,
      total: byLevel.city + byLevel.district + byLevel.commune + bodies,
      byLevel,
      bodies,
    };
  }

  /**
   * Where units in force on `fromDate` went by `toDate`, following the lineage of merges, splits
   * and dissolutions in between: for each unit, the units in force on `toDate` that carry (all or
   * part of) it. A unit unchanged maps to itself; one dissolved without successor maps to nothing.
   */
  async function mapUnitsForward(
    unitIds: readonly string[],
    fromDate: string,
    toDate: string,
  ): Promise<Map<string, ForwardTarget[]>> {
    if (toDate < fromDate) {
      throw new AppError('VALIDATION_FAILED', 'Ngày đích phải sau ngày gốc.', [
        { path: 'toDate', message: 'Ngày đích phải sau ngày gốc.' },
      ]);
    }
    const edges = await read.findLineageBetween(db, fromDate, toDate);
    const candidates = new Set([...unitIds, ...edges.map((edge) => edge.toUnitId)]);
    const alive = await read.findAliveUnitIds(db, [...candidates], toDate);
    return followLineage(unitIds, edges, (unitId) => alive.has(unitId));
  }

  return { listUnits, getUnit, getHistory, countSubtree, mapUnitsForward };
}
