export { dossierStatsRoutes } from './dossier-stats.routes.ts';
export { createDossierStatsService, type DossierStatsService } from './dossier-stats.service.ts';
export { computeServiceScore, type ScoreExtras } from './service-score.ts';
