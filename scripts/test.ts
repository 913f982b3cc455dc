/**
 * `npm test`: every check CI runs, in order, with one summary at the end.
 *   lint (Biome) → module boundaries (dependency-cruiser) → types (tsc) → unit and
 *   integration tests on PGlite → the database tests again on PostgreSQL when
 *   TEST_DATABASE_URL is set → web build → browser smoke journey when Chromium is there.
 * Set E2E=required to fail instead of skipping when Chromium is missing (CI does).
 * Set SIGNATURE_TOOLS=required to fail instead of skipping when the signature cross-check tools
 * (pdfsig, certutil, openssl, softhsm2-util) are missing (CI does; .ci/run installs them).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const env = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
};
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-test-'));

type Counts = { passed: number; failed: number; skipped: number };
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
const steps: Array<{ name: string; ok: boolean; seconds: number }> = [];

function step(
  name: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string | undefined> = {},
): boolean {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function vitest(name: string, args: string[], extraEnv: Record<string, string | undefined> = {}): boolean {
  const report = path.join(reports, `${steps.length}.json`);
  const ok = step(
    name,
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    extraEnv,
  );
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  } else if (!ok) {
    totals.failed += 1;
  }
  return ok;
}

console.log(`Liên Thông test run on Node.js ${process.version} (${process.execPath})`);
if (!process.version.startsWith('v24.')) {
  console.error('npm test must run on the pinned Node.js 24 (node_modules/.bin/node): run it through npm.');
  process.exit(1);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const e2eRequired = process.env.E2E === 'required';
let ok = true;
ok = step('Lint and format (Biome)', bin('biome'), ['check', '.']) && ok;
ok =
  step('Module boundaries (dependency-cruiser)', bin('depcruise'), [
    'apps',
    'packages',
    'bench',
    'e2e',
    'scripts',
    '--config',
    '.dependency-cruiser.cjs',
  ]) && ok;
for (const project of [
  'packages/vn',
  'packages/contracts',
  'apps/server',
  'apps/web',
  'bench',
  'e2e',
  'scripts',
]) {
  ok = step(`Types (tsc -p ${project})`, bin('tsc'), ['-p', project, '--noEmit']) && ok;
}
ok = vitest('Unit and integration tests (database: PGlite)', [], { TEST_DATABASE_URL: undefined }) && ok;
if (process.env.TEST_DATABASE_URL) {
  ok = vitest('Database tests on PostgreSQL (TEST_DATABASE_URL)', ['--project', 'server']) && ok;
} else {
  console.log('\n• TEST_DATABASE_URL is not set: the PostgreSQL run is skipped (CI runs it).');
}
if (fs.existsSync(chromium) || e2eRequired) {
  ok = step('Web build (Vite, unless up to date)', process.execPath, ['scripts/build-web.ts']) && ok;
  ok =
    vitest('Browser smoke journey (Playwright + Chromium)', ['--config', 'e2e/vitest.config.ts'], {
      CHROMIUM_PATH: chromium,
    }) && ok;
} else {
  console.log(
    `\n• ${chromium} not found: the browser smoke journey is skipped (apt-get install chromium; CI runs it).`,
  );
}

console.log('\nSummary');
for (const s of steps) console.log(`  ${s.ok ? '✔' : '✘'} ${s.name} (${s.seconds.toFixed(1)} s)`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
fs.rmSync(reports, { recursive: true, force: true });
process.exit(ok && totals.failed === 0 ? 0 : 1);
