export { systemRoutes } from './system.routes.ts';
export { getSystemStatus } from './system.service.ts';
