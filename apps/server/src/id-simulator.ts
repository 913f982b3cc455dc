import { randomBytes } from 'node:crypto';
import type { Config } from './config.ts';
import { CITIZEN_CALLBACK_PATH, type EidClient } from './modules/identity/index.ts';
import type { DemoLogin } from './seed.ts';
import { type RunningIdSimulator, startIdSimulator } from './simulators/national-id/index.ts';

/**
 * The national-ID simulator beside the platform: `lienthong start --demo` runs it in the same
 * process on its own port and points the relying party at it; `lienthong id-simulator` runs it
 * alone for a platform started elsewhere.
 */

const CLIENT_NAME = 'Cổng dịch vụ công Liên Thông';

function loopbackHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
}

/**
 * Starts the simulator for the demo, unless a real issuer is configured (EID_ISSUER): its one
 * client is the platform, with a client secret made up for this run.
 */
export async function startDemoIdSimulator(
  config: Config,
  eid: EidClient,
): Promise<RunningIdSimulator | undefined> {
  if (config.eid.issuer) return undefined;
  const clientSecret = randomBytes(32).toString('base64url');
  let simulator: RunningIdSimulator;
  try {
    simulator = await startIdSimulator({
      host: loopbackHost(config.host),
      port: config.idSimulator.port,
      clients: [
        { clientId: config.eid.clientId, clientSecret, name: CLIENT_NAME, redirectUris: [eid.redirectUri()] },
      ],
    });
  } catch (error) {
    // The platform still serves; only citizens' sign-in is off.
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      busy
        ? `Không chạy được bản mô phỏng định danh điện tử: cổng ${config.idSimulator.port} đã có chương trình khác sử dụng (đặt ID_SIMULATOR_PORT khác). Công dân chưa đăng nhập được.`
        : `Không chạy được bản mô phỏng định danh điện tử: ${(error as Error).message}`,
    );
    return undefined;
  }
  eid.useProvider({ issuer: simulator.issuer, clientId: config.eid.clientId, clientSecret });
  return simulator;
}

/** The start banner's lines about the simulator, and one citizen to sign in as. */
export function describeIdSimulator(simulator: RunningIdSimulator): {
  lines: string[];
  login: DemoLogin;
} {
  const citizen = simulator.citizens[0];
  return {
    lines: [`Định danh điện tử (mô phỏng VNeID): ${simulator.issuer}/`],
    login: {
      role: 'Công dân (VNeID)',
      username: citizen?.personalId ?? '',
      password: simulator.password,
      note: `${citizen?.fullName ?? ''}; ${simulator.citizens.length} công dân mẫu, cùng mật khẩu`,
    },
  };
}

/**
 * `lienthong id-simulator [--port N]`: the simulator alone. Its client is the platform at
 * PUBLIC_URL (or HOST:PORT) with EID_CLIENT_ID / EID_CLIENT_SECRET (a secret is made up and
 * printed when none is set).
 */
export async function runIdSimulator(
  config: Config,
  port: number | undefined,
): Promise<{ simulator: RunningIdSimulator; lines: string[] }> {
  const host = loopbackHost(config.host);
  const platform = config.publicUrl ?? `http://${host}:${config.port}`;
  const clientSecret = config.eid.clientSecret ?? randomBytes(32).toString('base64url');
  const simulator = await startIdSimulator({
    host,
    port: port ?? config.idSimulator.port,
    clients: [
      {
        clientId: config.eid.clientId,
        clientSecret,
        name: CLIENT_NAME,
        redirectUris: [`${platform.replace(/\/+$/, '')}${CITIZEN_CALLBACK_PATH}`],
      },
    ],
  });
  const { lines, login } = describeIdSimulator(simulator);
  return {
    simulator,
    lines: [
      ...lines,
      `Ứng dụng được đăng ký: ${platform} (client_id ${config.eid.clientId})`,
      'Cấu hình cho máy chủ Liên Thông:',
      `  EID_ISSUER=${simulator.issuer}`,
      `  EID_CLIENT_ID=${config.eid.clientId}`,
      `  EID_CLIENT_SECRET=${clientSecret}`,
      `Công dân mẫu: ${login.username} / ${login.password} (${login.note})`,
      'Dữ liệu (phiên, mã, khóa ký) chỉ nằm trong bộ nhớ: khởi động lại là mất.',
    ],
  };
}
