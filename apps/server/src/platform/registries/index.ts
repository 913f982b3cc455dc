import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import { createHttpRegistries } from './http.ts';
import type { Registries } from './registries.ts';
import { createSimulatorRegistries } from './simulator.ts';

export { createHttpRegistries, type HttpRegistriesOptions, REGISTRY_SERVICES } from './http.ts';
export type {
  BusinessRecord,
  BusinessRegistry,
  HouseholdMember,
  PopulationRegistry,
  Registries,
  RegistryQueryContext,
  ResidentRecord,
} from './registries.ts';
export { createSimulatorRegistries } from './simulator.ts';

/** The registries as configured: the simulator (REGISTRY_MODE=simulator) or the X-Road-style REST adapter. */
export function createRegistries(
  config: Pick<Config, 'registries'>,
  options: { logger?: Logger; fetch?: typeof fetch } = {},
): Registries {
  const { mode, url, client, timeoutMs } = config.registries;
  if (mode === 'simulator') return createSimulatorRegistries();
  if (!url) throw new Error('REGISTRY_URL is required with REGISTRY_MODE=http');
  return createHttpRegistries({
    baseUrl: url,
    client,
    timeoutMs,
    logger: options.logger,
    fetch: options.fetch,
  });
}
