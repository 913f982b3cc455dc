import { SIMULATED_CITIZENS, type SimulatedCitizen } from '../../simulators/national-id/index.ts';
import type { BusinessRecord, HouseholdMember, Registries, ResidentRecord } from './registries.ts';
import { BUSINESSES, COMMUNE_OF_CITIZEN, HOUSEHOLDS } from './simulator-data.ts';

/**
 * The registries' simulator, for development, demos and tests: the national-ID simulator's
 * citizens as residents (with a household each) and a few businesses. Deterministic, in memory,
 * answers at once. **Not for real deployments** (REGISTRY_MODE=http reaches the real ones).
 */
function residentOf(citizen: SimulatedCitizen): ResidentRecord {
  const self: HouseholdMember = {
    fullName: citizen.fullName,
    personalId: citizen.personalId,
    relation: 'Chủ hộ',
    birthDate: citizen.birthDate,
  };
  const household = HOUSEHOLDS[citizen.personalId];
  const head = household?.head ?? self;
  const relation = household?.head ? (household.relation ?? 'Thành viên') : 'Chủ hộ';
  const members = household?.head
    ? [head, { ...self, relation }, ...household.others]
    : [self, ...(household?.others ?? [])];
  const communeCode = COMMUNE_OF_CITIZEN[citizen.personalId];
  return {
    fullName: citizen.fullName,
    birthDate: citizen.birthDate,
    sex: citizen.sex,
    permanentAddress: citizen.permanentAddress,
    household: { headName: head.fullName, headPersonalId: head.personalId, relation, members },
    ...(communeCode ? { communeCode } : {}),
  };
}

export function createSimulatorRegistries(
  citizens: readonly SimulatedCitizen[] = SIMULATED_CITIZENS,
  businesses: readonly BusinessRecord[] = BUSINESSES,
): Registries {
  const residents = new Map(citizens.map((citizen) => [citizen.personalId, residentOf(citizen)]));
  const byTaxCode = new Map(businesses.map((business) => [business.taxCode, business]));
  return {
    population: {
      async findResident(personalId) {
        const found = residents.get(personalId.trim());
        return found ? structuredClone(found) : null;
      },
    },
    business: {
      async findBusiness(taxCode) {
        const found = byTaxCode.get(taxCode.replace(/\s+/g, ''));
        return found ? structuredClone(found) : null;
      },
    },
  };
}
