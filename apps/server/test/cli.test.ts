import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../../../scripts/server-process.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-cli-'));
const children: ChildProcess[] = [];

function run(args: string[], env: Record<string, string> = {}): CliRun {
  const started = runCli(args, { DATA_DIR: dataDir, ...env });
  children.push(started.child);
  return started;
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The embedded database is what these exercise; the PostgreSQL run skips them.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('lienthong CLI', () => {
  it('stops at start on bad configuration, naming the variable', async () => {
    const bad = run(['start'], { PORT: 'tám nghìn' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('Cấu hình không hợp lệ');
    expect(bad.output()).toContain('PORT');
  });

  it('migrates, starts, refuses a second process on the same data, and shuts down gracefully', async () => {
    const migrate = run(['migrate']);
    expect(await migrate.exited).toBe(0);
    expect(migrate.output()).toMatch(/Đã áp dụng \d+ migration/);
    const verify = run(['audit', 'verify']);
    expect(await verify.exited).toBe(0);
    expect(verify.output()).toContain('Nhật ký toàn vẹn');

    const first = run(['start', '--demo']);
    await waitFor(() => first.output().includes('đã sẵn sàng'), 30_000);
    const url = /Cổng dịch vụ công:\s+(http:\/\/[^\s]+)\//.exec(first.output())?.[1];
    expect(url).toBeDefined();
    expect(first.output()).toContain('/api/docs');
    const ready = await fetch(`${url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', jobs: 'ok' } });

    const second = run(['start']);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('đang được một tiến trình Liên Thông khác sử dụng');

    // Still serving after the refused second start: nothing was corrupted.
    expect((await fetch(`${url}/api/v1/system/status`)).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'lienthong.lock'))).toBe(false);

    // The data survives a restart.
    const again = run(['start']);
    await waitFor(() => again.output().includes('đã sẵn sàng'), 30_000);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 90_000);

  it('explains that a separate worker needs DATABASE_URL', async () => {
    const worker = run(['worker']);
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain('DATABASE_URL');
  });
});
