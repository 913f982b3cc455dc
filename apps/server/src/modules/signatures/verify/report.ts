import type { SignatureCheck, SignatureReport, VerificationReport } from '@lienthong/contracts';

/** Builds the checks of one signature and derives its status: never "valid" by default. */
export class Checks {
  readonly items: SignatureCheck[] = [];
  pass(code: SignatureCheck['code'], message: string): void {
    this.items.push({ code, status: 'passed', message });
  }
  fail(code: SignatureCheck['code'], message: string): void {
    this.items.push({ code, status: 'failed', message });
  }
  warn(code: SignatureCheck['code'], message: string): void {
    this.items.push({ code, status: 'warning', message });
  }
  unknown(code: SignatureCheck['code'], message: string): void {
    this.items.push({ code, status: 'indeterminate', message });
  }
  /** Valid only when every required check ran and passed (warnings allowed). */
  status(required: readonly SignatureCheck['code'][]): SignatureReport['status'] {
    if (this.items.some((c) => c.status === 'failed')) return 'invalid';
    const passed = new Set(this.items.filter((c) => c.status !== 'indeterminate').map((c) => c.code));
    if (this.items.some((c) => c.status === 'indeterminate')) return 'indeterminate';
    return required.every((code) => passed.has(code)) ? 'valid' : 'indeterminate';
  }
}

export const REQUIRED_CHECKS: readonly SignatureCheck['code'][] = [
  'INTEGRITY',
  'SIGNATURE',
  'CHAIN',
  'CERT_VALIDITY',
  'REVOCATION',
];

/** The document's status: valid only if it has signatures and every one is valid. */
export function overallStatus(
  signatures: readonly SignatureReport[],
  problems: readonly string[],
): VerificationReport['status'] {
  if (signatures.length === 0) return problems.length ? 'invalid' : 'no_signature';
  if (problems.length || signatures.some((s) => s.status === 'invalid')) return 'invalid';
  if (signatures.some((s) => s.status !== 'valid')) return 'indeterminate';
  return 'valid';
}
