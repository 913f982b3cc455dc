export { orgRoutes } from './org.routes.ts';
export { orgLineage, orgRestructures, orgUnits, orgUnitVersions } from './org.schema.ts';
export {
  communeInAddress,
  findUnitIdByName,
  scopeSql,
  subtreeInScope,
  type UnitDetails,
  unitDetails,
  unitInScope,
  unitNames,
} from './org-scope.ts';
export { createOrgUnitsService, type OrgUnitsService, todayInVietnam } from './org-units.service.ts';
export { createRestructureService, type RestructureService } from './restructure.service.ts';
export { demoSeeder, seedHanoi } from './seed/hanoi-seed.ts';
