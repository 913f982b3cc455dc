import type { ProceduresService } from './procedures.service.ts';

export { validateFormData } from './form-schema.ts';
export { checkDefinition } from './procedure-rules.ts';
export { proceduresRoutes } from './procedures.routes.ts';
export { procedures, procedureVersions } from './procedures.schema.ts';
export {
  agencyNameOf,
  createProceduresService,
  type ImportOptions,
  type ProceduresService,
  type ProcedureVersionRow,
} from './procedures.service.ts';
export { demoSeeder, loadSeedCatalogue, seedProcedures } from './seed/procedures-seed.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The procedure catalogue's services (app.ts decorates the instance): `app.procedures.versionInForce(…)`. */
    procedures: ProceduresService;
  }
}
