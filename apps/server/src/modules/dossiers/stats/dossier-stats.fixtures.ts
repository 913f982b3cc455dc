import { sql } from 'drizzle-orm';
import { bearer, type TestApp } from '../../../../test/test-app.ts';
import { newId } from '../../../platform/ids.ts';
import { dossiers } from '../dossiers.schema.ts';

/**
 * Test data for the statistics: org units through the org API, procedures and dossiers rows
 * inserted directly (the statistics read only the projection columns of `dossiers`).
 */

const orgManager = bearer('quan-tri-to-chuc', ['org.manage']);

export async function createUnit(
  t: TestApp,
  name: string,
  parentId: string | null,
  kind: 'city' | 'province' | 'district' | 'commune' | 'department',
): Promise<string> {
  const shape = {
    city: { unitType: 'municipality', level: 'city' },
    province: { unitType: 'province', level: 'city' },
    district: { unitType: 'urban_district', level: 'district' },
    commune: { unitType: 'ward', level: 'commune' },
    department: { unitType: 'department', level: null },
  }[kind];
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/org/units',
    headers: orgManager,
    payload: { name, parentId, block: 'government', validFrom: '2024-01-01', ...shape },
  });
  if (res.statusCode !== 201) throw new Error(`unit ${name}: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export type TestProcedure = { procedureId: string; versionId: string; onlineLevel: 'full' | 'partial' };

/** A procedure with one version; `complete` adds the description its public entry needs. */
export async function createProcedure(
  t: TestApp,
  input: { code: string; name: string; onlineLevel: 'full' | 'partial'; complete: boolean },
): Promise<TestProcedure> {
  const procedureId = newId();
  const versionId = newId();
  const definition = {
    code: input.code,
    name: input.name,
    field: 'Hộ tịch',
    level: 'commune',
    routing: { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' },
    onlineLevel: input.onlineLevel,
    parts: [{ code: 'to-khai', name: 'Tờ khai', required: true, walletKinds: [] }],
    form: {
      schema: { type: 'object' },
      uiSchema: {},
      groups: [{ title: 'Tờ khai', fields: ['x'] }],
      prefill: {},
    },
    fees: [],
    timeLimitDays: 3,
    steps: [{ code: 'xu-ly', name: 'Xử lý', role: 'specialist', days: 3 }],
    legalBasis: ['Luật Hộ tịch 2014'],
    result: { name: 'Kết quả', walletKind: 'ket-qua', fields: [] },
    ...(input.complete ? { description: 'Thủ tục thử nghiệm có đủ thông tin công khai.' } : {}),
  };
  const db = t.db.database.db;
  await db.execute(sql`insert into procedures (id, code, name, field, level, online_level, search_key)
    values (${procedureId}, ${input.code}, ${input.name}, 'Hộ tịch', 'commune', ${input.onlineLevel}, ${input.code})`);
  await db.execute(sql`insert into procedure_versions (id, procedure_id, version, valid_from, definition, created_by)
    values (${versionId}, ${procedureId}, 1, '2024-01-01', ${JSON.stringify(definition)}::jsonb, 'test')`);
  return { procedureId, versionId, onlineLevel: input.onlineLevel };
}

export type DossierInput = Partial<typeof dossiers.$inferInsert> & {
  procedure: TestProcedure;
  competentUnitId: string;
};

const at = (value: string | undefined) => (value ? new Date(value) : undefined);

/** A dossier row as the service would have projected it; times as ISO strings with +07:00. */
export async function insertDossier(
  t: TestApp,
  input: Omit<DossierInput, 'receivedAt' | 'dueAt' | 'resultReadyAt' | 'decidedAt' | 'ratedAt'> & {
    receivedAt?: string;
    dueAt?: string;
    resultReadyAt?: string;
    decidedAt?: string;
    ratedAt?: string;
  },
): Promise<string> {
  const { procedure, receivedAt, dueAt, resultReadyAt, decidedAt, ratedAt, ...rest } = input;
  const id = newId();
  const received = at(receivedAt);
  await t.db.database.db.insert(dossiers).values({
    id,
    procedureId: procedure.procedureId,
    procedureVersionId: procedure.versionId,
    onlineLevel: procedure.onlineLevel,
    state: received ? 'received' : 'submitted',
    channel: 'online',
    applicantPersonalId: '001085012345',
    applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', personalId: '001085012345' },
    filedBy: 'citizen:thu-nghiem',
    ...(received ? { code: `TEST-${id.slice(-12)}`, trackingSecret: 'AB12CD' } : {}),
    receivedAt: received,
    submittedAt: received,
    dueAt: at(dueAt),
    resultReadyAt: at(resultReadyAt),
    decidedAt: at(decidedAt ?? resultReadyAt),
    ratedAt: at(ratedAt),
    ...rest,
  });
  return id;
}
