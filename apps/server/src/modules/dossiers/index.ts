export { createDeadlineWatch } from './dossier-deadline-watch.ts';
export { DEADLINE_WATCH_JOB, registerDossierJobs } from './dossier-jobs.ts';
export type { DossiersDeps } from './dossiers.ports.ts';
export { dossiersRoutes } from './dossiers.routes.ts';
export { dossierCodeCounters, dossierEvents, dossierParts, dossiers } from './dossiers.schema.ts';
export { createDossiersService, type DossiersService } from './dossiers.service.ts';
export { computeServiceScore, createDossierStatsService, dossierStatsRoutes } from './stats/index.ts';
