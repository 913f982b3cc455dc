import type { LightMyRequestResponse } from 'fastify';
import { bearer, type TestApp } from '../../../test/test-app.ts';

/** Test helpers for the org module: units created through the API on a small tree. */

export type Unit = { id: string; name: string; parentId: string | null; childCount: number };
export type OrgTree = { cityA: Unit; provinceB: Unit; districtA: Unit };

export const manager = bearer('quan-tri-to-chuc', ['org.manage', 'org.restructure']);
export const NQ = 'Nghị quyết thử nghiệm 01/NQ-TEST';

export function orgClient(t: TestApp) {
  async function createUnit(body: Record<string, unknown>): Promise<Unit> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/units',
      headers: manager,
      payload: { block: 'government', validFrom: '2025-01-01', ...body },
    });
    if (res.statusCode !== 201) throw new Error(`create ${res.statusCode} ${res.body}`);
    return res.json();
  }
  return {
    createUnit,
    commune: (name: string, parentId: string, code?: string) =>
      createUnit({ name, code, unitType: 'ward', level: 'commune', parentId }),
    body: (name: string, parentId: string, unitType = 'department') =>
      createUnit({ name, unitType, level: null, parentId }),
    restructure: (
      payload: Record<string, unknown>,
      headers: Record<string, string> = manager,
    ): Promise<LightMyRequestResponse> =>
      t.app.inject({ method: 'POST', url: '/api/v1/org/restructures', headers, payload }),
    get: (url: string): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url }),
    /** Two province-level roots (a city and a province) and a district of the city. */
    async createTree(): Promise<OrgTree> {
      const cityA = await createUnit({
        name: 'Thành phố Thử nghiệm',
        code: '90',
        unitType: 'municipality',
        level: 'city',
        parentId: null,
      });
      const provinceB = await createUnit({
        name: 'Tỉnh Thử nghiệm',
        code: '91',
        unitType: 'province',
        level: 'city',
        parentId: null,
      });
      const districtA = await createUnit({
        name: 'Quận Một',
        code: '901',
        unitType: 'urban_district',
        level: 'district',
        parentId: cityA.id,
      });
      return { cityA, provinceB, districtA };
    },
  };
}
