import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { AppError } from '../http/app-error.ts';
import { createLogger } from '../logging.ts';
import {
  createHttpRegistries,
  createRegistries,
  createSimulatorRegistries,
  type Registries,
} from './index.ts';

const AN = '001085012345';
const simulator = createSimulatorRegistries();

describe('registry simulator', () => {
  it('knows the ID simulator citizens with their household and commune', async () => {
    const an = await simulator.population.findResident(AN);
    expect(an).toMatchObject({
      fullName: 'Nguyễn Văn An',
      birthDate: '1985-03-14',
      sex: 'male',
      permanentAddress: 'Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội',
      communeCode: '00004',
      household: { headName: 'Nguyễn Văn An', headPersonalId: AN, relation: 'Chủ hộ' },
    });
    expect(an?.household.members.map((m) => m.relation)).toEqual(['Chủ hộ', 'Vợ', 'Con']);
  });

  it('puts a child in a parent household', async () => {
    const bao = await simulator.population.findResident('001205009931');
    expect(bao?.household).toMatchObject({ headName: 'Đặng Văn Quý', relation: 'Con' });
    expect(bao?.household.members[1]).toMatchObject({ personalId: '001205009931', relation: 'Con' });
  });

  it('answers null for unknown people and businesses, and finds businesses by tax code', async () => {
    expect(await simulator.population.findResident('001099999999')).toBeNull();
    expect(await simulator.business.findBusiness('0100000000')).toBeNull();
    expect(await simulator.business.findBusiness('0103456789')).toMatchObject({
      name: 'Công ty TNHH Phần mềm Đội Cấn',
      kind: 'enterprise',
      ownerPersonalId: AN,
    });
  });

  it('hands out copies', async () => {
    const first = await simulator.population.findResident(AN);
    if (first) first.fullName = 'đã sửa';
    expect((await simulator.population.findResident(AN))?.fullName).toBe('Nguyễn Văn An');
  });
});

/** The simulator behind an X-Road-style REST interface, as a security server would expose it. */
let server: FastifyInstance;
let base = '';
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = Fastify({ forceCloseConnections: true });
  server.get<{ Params: { id: string } }>('/r1/VN/GOV/BCA/CSDLQGDC/residents/:id', async (request, reply) => {
    seen.push({
      client: request.headers['x-road-client'] as string | undefined,
      userId: request.headers['x-road-userid'] as string | undefined,
      id: request.headers['x-road-id'] as string | undefined,
    });
    const { id } = request.params;
    if (id === '000000000500') return reply.code(500).send({ message: 'boom' });
    if (id === '000000000001')
      return reply.header('x-road-error', 'Server.ServerProxy.ServiceFailed').code(404).send({});
    if (id === '000000000002') return { fullName: 'thiếu trường' };
    if (id === '000000000003') {
      await new Promise((resolve) => setTimeout(resolve, 400));
      return {};
    }
    const found = await simulator.population.findResident(id);
    return found ?? reply.code(404).send({ type: 'not-found' });
  });
  server.get<{ Params: { id: string } }>('/r1/VN/GOV/BTC/DKKD/businesses/:id', async (request, reply) => {
    const found = await simulator.business.findBusiness(request.params.id);
    return found ?? reply.code(404).send({});
  });
  base = await server.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

function httpRegistries(logs?: string[]): Registries {
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      logs?.push(String(chunk));
      callback();
    },
  });
  return createHttpRegistries({
    baseUrl: `${base}/`,
    client: 'VN/GOV/000.00.00.H26/LIENTHONG',
    timeoutMs: 150,
    logger: createLogger('info', stream),
  });
}

async function unavailable(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : String(error);
}

describe('HTTP registries (X-Road REST)', () => {
  it('reads a resident with the X-Road headers, and the same answer as the simulator', async () => {
    const registries = httpRegistries();
    const an = await registries.population.findResident(AN, { userId: 'VN001085012345', requestId: 'req-1' });
    expect(an).toEqual(await simulator.population.findResident(AN));
    expect(seen.at(-1)).toEqual({
      client: 'VN/GOV/000.00.00.H26/LIENTHONG',
      userId: 'VN001085012345',
      id: 'req-1',
    });
    expect(await registries.business.findBusiness('0105551237')).toMatchObject({ kind: 'enterprise' });
  });

  it('answers null for a 404 of the service', async () => {
    expect(await httpRegistries().population.findResident('001099999999')).toBeNull();
    expect(await httpRegistries().business.findBusiness('0100000000')).toBeNull();
  });

  it('REGISTRY_UNAVAILABLE for a 5xx, an X-Road error, a bad answer, a timeout, a closed port', async () => {
    const logs: string[] = [];
    const registries = httpRegistries(logs);
    expect(await unavailable(registries.population.findResident('000000000500'))).toBe(
      'REGISTRY_UNAVAILABLE',
    );
    expect(await unavailable(registries.population.findResident('000000000001'))).toBe(
      'REGISTRY_UNAVAILABLE',
    );
    expect(await unavailable(registries.population.findResident('000000000002'))).toBe(
      'REGISTRY_UNAVAILABLE',
    );
    expect(await unavailable(registries.population.findResident('000000000003'))).toBe(
      'REGISTRY_UNAVAILABLE',
    );
    const closed = createHttpRegistries({
      baseUrl: 'http://127.0.0.1:1',
      client: 'VN/GOV/X/Y',
      timeoutMs: 500,
    });
    expect(await unavailable(closed.population.findResident(AN))).toBe('REGISTRY_UNAVAILABLE');
    const reasons = logs.map((line) => JSON.parse(line).reason);
    expect(reasons).toEqual([
      'status 500',
      'x-road-error Server.ServerProxy.ServiceFailed',
      'unexpected answer',
      'timeout',
    ]);
    // The personal ID never reaches the logs.
    expect(logs.join('')).not.toMatch(/0000000005|0000000000/);
  });
});

describe('createRegistries', () => {
  it('uses the simulator by default and the HTTP adapter with REGISTRY_MODE=http', async () => {
    const simulated = createRegistries(loadConfig({}));
    expect((await simulated.population.findResident(AN))?.fullName).toBe('Nguyễn Văn An');
    const remote = createRegistries(loadConfig({ REGISTRY_MODE: 'http', REGISTRY_URL: base }));
    expect((await remote.population.findResident(AN))?.communeCode).toBe('00004');
  });

  it('refuses REGISTRY_MODE=http without REGISTRY_URL', () => {
    expect(() => loadConfig({ REGISTRY_MODE: 'http' })).toThrow(/REGISTRY_URL/);
  });
});
