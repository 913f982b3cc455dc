import pkg from '../../../package.json' with { type: 'json' };

/** The platform version, from the root package.json. */
export const VERSION: string = (pkg as { version?: string }).version ?? '0.0.0';
