import { AppError } from '../../../platform/http/app-error.ts';
import type { KeySigner } from '../cms/cms.ts';
import type { CryptoKey, x509 } from '../pki/crypto.ts';
import {
  openPkcs11Token,
  Pkcs11NotFoundError,
  type Pkcs11Options,
  Pkcs11PinError,
  type Pkcs11Token,
} from './pkcs11.ts';

/**
 * The deployment's PKCS#11 token (SIGNATURE_KEYS=pkcs11): opened on first use and kept open,
 * reopened after a failure. Keys are generated on the token (non-extractable, sensitive) with
 * CKA_LABEL = CKA_ID = `keyLabel(certificate row id)`, so they are found again after a restart
 * without storing anything but the row. Token failures become stable API errors; the PIN is
 * never part of an error or a log line.
 */
export type TokenKeys = {
  generateKeyPair(label: string): Promise<CryptoKey>;
  signer(label: string, certificate: x509.X509Certificate, chain: readonly x509.X509Certificate[]): KeySigner;
  close(): void;
};

/** The label (and CKA_ID) of the key of the certificate row `id` on the token. */
export function keyLabel(id: string): string {
  return `lienthong-${id}`;
}

function apiError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Pkcs11PinError)
    return new AppError('SIGNATURE_PIN_INVALID', undefined, undefined, error);
  if (error instanceof Pkcs11NotFoundError && error.message.includes('key')) {
    return new AppError('SIGNATURE_KEY_UNAVAILABLE', undefined, undefined, error);
  }
  return new AppError('SIGNATURE_TOKEN_UNAVAILABLE', undefined, undefined, error);
}

export function createTokenKeys(options: Pkcs11Options): TokenKeys {
  let token: Pkcs11Token | undefined;
  /**
   * A wrong PIN is not tried again until the server restarts with a corrected configuration: each
   * try would use up the token's retry counter and could lock it (CKR_PIN_LOCKED).
   */
  let pinRefused: AppError | undefined;

  function close(): void {
    const open = token;
    token = undefined;
    try {
      open?.close();
    } catch {
      // The token went away: nothing left to close.
    }
  }

  /** Runs `task` on the open token; a failure other than a missing key closes it (reopened next time). */
  async function withToken<T>(task: (t: Pkcs11Token) => Promise<T>): Promise<T> {
    if (pinRefused) throw pinRefused;
    try {
      token ??= openPkcs11Token(options);
      return await task(token);
    } catch (error) {
      const mapped = apiError(error);
      if (mapped.code === 'SIGNATURE_PIN_INVALID') pinRefused = mapped;
      if (mapped.code !== 'SIGNATURE_KEY_UNAVAILABLE') close();
      throw mapped;
    }
  }

  return {
    generateKeyPair(label) {
      return withToken((t) => t.generateKeyPair(label));
    },
    signer(label, certificate, chain) {
      return {
        certificate,
        chain,
        sign: (data) => withToken((t) => t.signer(label, certificate, chain).sign(data)),
      };
    },
    close,
  };
}
