export { auditRoutes } from './audit.routes.ts';
export { auditEntries } from './audit.schema.ts';
export {
  type AuditEvent,
  type AuditOrigin,
  listAudit,
  originOf,
  recordAudit,
  verifyAudit,
} from './audit.service.ts';
export { GENESIS_HASH, hashEntry } from './audit-hash.ts';
