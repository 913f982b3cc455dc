/**
 * Builds the web app unless the build in apps/web/dist is already that of the current
 * sources. Runs after `npm ci` (postinstall) and before `npm start`, so that an installed
 * checkout starts at once and a changed one never serves a stale portal.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'apps/web/dist');
const stamp = path.join(dist, '.source-hash');
const INPUTS = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/package.json',
  'packages/vn/src',
  'packages/contracts/src',
  'package-lock.json',
];

function hashInputs(): string {
  const hash = createHash('sha256');
  const visit = (file: string) => {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const entry of fs.readdirSync(full).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(file).update(fs.readFileSync(full));
  };
  for (const input of INPUTS) visit(input);
  return hash.digest('hex');
}

if (process.env.LIENTHONG_SKIP_WEB_BUILD === '1') process.exit(0);
const current = hashInputs();
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === current && !process.argv.includes('--force')) {
  console.log('Giao diện web đã được dựng từ mã nguồn hiện tại (apps/web/dist).');
  process.exit(0);
}
console.log('Đang dựng giao diện web (Vite)…');
const result = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(stamp, current);
