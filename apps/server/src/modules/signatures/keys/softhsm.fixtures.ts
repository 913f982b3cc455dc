import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toolAvailable } from '../../../../test/signature-tools.ts';

/** SoftHSM2 from Debian for the PKCS#11 tests: its library, and tokens in a temporary directory. */
export const SOFTHSM_LIBRARY = [
  '/usr/lib/softhsm/libsofthsm2.so',
  '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
].find((f) => fs.existsSync(f));

export const softHsmAvailable = toolAvailable('softhsm2-util', 'softhsm2') && SOFTHSM_LIBRARY !== undefined;

/**
 * A fresh SoftHSM2 configuration (SOFTHSM2_CONF) with one initialised token; `remove()` deletes
 * it and restores the previous configuration.
 */
export function createSoftHsmToken(label: string, pin: string): { remove(): void } {
  const previousConf = process.env.SOFTHSM2_CONF;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-softhsm-'));
  fs.mkdirSync(path.join(dir, 'tokens'));
  fs.writeFileSync(
    path.join(dir, 'softhsm2.conf'),
    `directories.tokendir = ${path.join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  process.env.SOFTHSM2_CONF = path.join(dir, 'softhsm2.conf');
  const init = spawnSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', label, '--pin', pin, '--so-pin', '12345678'],
    { encoding: 'utf8', env: process.env },
  );
  if (init.status !== 0) throw new Error(`softhsm2-util --init-token: ${init.stderr}`);
  return {
    remove() {
      if (previousConf === undefined) delete process.env.SOFTHSM2_CONF;
      else process.env.SOFTHSM2_CONF = previousConf;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
