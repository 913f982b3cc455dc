export {
  claimsOf,
  SIMULATED_CITIZENS,
  SIMULATOR_PASSWORD,
  type SimulatedCitizen,
  subjectOf,
} from './citizens.ts';
export {
  type IdSimulatorOptions,
  type RunningIdSimulator,
  type SimulatorClient,
  startIdSimulator,
} from './server.ts';
