import { parseArgs } from 'node:util';
import { CONFIG_KEYS, ConfigError, loadConfig } from './config.ts';
import { describeIdSimulator, runIdSimulator, startDemoIdSimulator } from './id-simulator.ts';
import { startServer, stopOnSignals } from './main.ts';
import { verifyAudit } from './platform/audit/index.ts';
import { DataDirLockedError, openDatabase, runMigrations } from './platform/db/index.ts';
import { createLogger } from './platform/logging.ts';
import { describeLogins, seedDemo } from './seed.ts';
import { VERSION } from './version.ts';
import { runWorker } from './worker.ts';

const HELP = `Liên Thông ${VERSION}

Cách dùng: lienthong <lệnh> [tùy chọn]

Lệnh:
  start [--demo]   Chạy máy chủ (áp dụng migration; --demo nạp dữ liệu mẫu)
  migrate          Áp dụng các migration SQL rồi thoát
  seed --demo      Nạp dữ liệu mẫu rồi thoát
  worker           Chạy riêng tiến trình xử lý công việc nền (cần DATABASE_URL)
  id-simulator [--port N]
                   Chạy riêng bản mô phỏng định danh điện tử (VNeID) để phát triển, thử nghiệm
  audit verify     Kiểm tra chuỗi băm của nhật ký; báo mục đầu tiên bị sửa (mã thoát 2)
  help             Hiện hướng dẫn này

Cấu hình qua biến môi trường: ${CONFIG_KEYS.join(', ')}.
Xem README.md để biết ý nghĩa và giá trị mặc định.`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0] ?? 'help';
  if (values.help || command === 'help') {
    console.log(HELP);
    return;
  }
  // The demo pays through the payment simulator unless told otherwise; production never does by default.
  const config = loadConfig(undefined, { demo: values.demo });
  const logger = createLogger(config.logLevel);
  switch (command) {
    case 'start': {
      const started = Date.now();
      const server = await startServer(config, logger);
      const logins = values.demo ? await seedDemo(server.opened.database.db, { config }) : [];
      // The demo's citizens sign in through the national-ID simulator, on its own port.
      const simulator = values.demo ? await startDemoIdSimulator(config, server.eid) : undefined;
      const described = simulator ? describeIdSimulator(simulator) : undefined;
      if (described) logins.push(described.login);
      const stop = async () => {
        await simulator?.close();
        await server.stop();
      };
      stopOnSignals(stop, config.http.shutdownTimeoutMs, logger);
      const backend = server.opened.embedded
        ? `PGlite nhúng (${config.dataDir}/pg)`
        : 'PostgreSQL (DATABASE_URL)';
      console.log(
        [
          '',
          `Liên Thông ${VERSION} đã sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
          `  Cổng dịch vụ công:      ${server.url}/`,
          `  Không gian làm việc:    ${server.url}/app`,
          `  Tài liệu API:           ${server.url}/api/docs`,
          `  Cơ sở dữ liệu:          ${backend}`,
          ...(described?.lines ?? []).map((line) => `  ${line}`),
          ...(values.demo ? describeLogins(logins).map((line) => `  ${line}`) : []),
          '  Dừng: Ctrl+C',
          '',
        ].join('\n'),
      );
      return;
    }
    case 'migrate': {
      const opened = await openDatabase(config, 'lienthong-migrate');
      try {
        const { applied } = await runMigrations(opened.database.pool);
        console.log(`Đã áp dụng ${applied} migration.`);
      } finally {
        await opened.close();
      }
      return;
    }
    case 'seed': {
      if (!values.demo) throw new Error('Hãy ghi rõ loại dữ liệu cần nạp: lienthong seed --demo');
      const opened = await openDatabase(config, 'lienthong-seed');
      try {
        await runMigrations(opened.database.pool);
        const logins = await seedDemo(opened.database.db, { config });
        console.log(['Đã nạp dữ liệu mẫu.', ...describeLogins(logins)].join('\n'));
      } finally {
        await opened.close();
      }
      return;
    }
    case 'audit': {
      if (positionals[1] !== 'verify') throw new Error('Lệnh nhật ký: lienthong audit verify');
      const opened = await openDatabase(config, 'lienthong-audit');
      try {
        await runMigrations(opened.database.pool);
        const result = await verifyAudit(opened.database.db);
        if (result.ok) {
          console.log(`Nhật ký toàn vẹn: đã kiểm tra ${result.checked} mục.`);
        } else {
          console.error(
            `Nhật ký KHÔNG toàn vẹn: mục #${result.firstBrokenId} (sau ${result.checked} mục hợp lệ). ${result.reason}`,
          );
          process.exitCode = 2;
        }
      } finally {
        await opened.close();
      }
      return;
    }
    case 'id-simulator': {
      const port = values.port === undefined ? undefined : Number(values.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
        throw new Error(`Cổng không hợp lệ: ${values.port}`);
      }
      const { simulator, lines } = await runIdSimulator(config, port);
      stopOnSignals(simulator.close, config.http.shutdownTimeoutMs, logger);
      console.log(
        ['', 'Bản mô phỏng định danh điện tử đã sẵn sàng.', ...lines, 'Dừng: Ctrl+C', ''].join('\n'),
      );
      return;
    }
    case 'worker':
      await runWorker(config);
      return;
    default:
      throw new Error(`Lệnh không hợp lệ: ${command}. Chạy "lienthong help" để xem các lệnh.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Cổng mạng đã có chương trình khác sử dụng (${(error as Error).message}). Hãy đặt PORT khác hoặc dừng chương trình đó.`,
    );
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
