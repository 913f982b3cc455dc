import { execFileSync } from 'node:child_process';

/** Whether a command-line tool is on PATH. */
export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * External verifiers (openssl, pdfsig, softhsm2-util): a test that needs one skips with a
 * message when it is missing, unless SIGNATURE_TOOLS=required (CI), where it fails.
 */
export function toolAvailable(name: string, apt: string): boolean {
  if (hasTool(name)) return true;
  const message = `${name} not found (apt-get install ${apt}): the cross-check against it is skipped`;
  if (process.env.SIGNATURE_TOOLS === 'required') {
    throw new Error(`${message} — but SIGNATURE_TOOLS=required`);
  }
  console.warn(message);
  return false;
}
