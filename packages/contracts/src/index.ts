export * from './audit.ts';
export * from './auth.ts';
export * from './calendar.ts';
export * from './errors.ts';
export * from './files.ts';
export * from './permissions.ts';
export * from './system.ts';
