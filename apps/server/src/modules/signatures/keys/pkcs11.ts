import pkcs11js from 'pkcs11js';
import type { KeySigner } from '../cms/cms.ts';
import { type CryptoKey, SIGNING_ALGORITHM, webcrypto, type x509 } from '../pki/crypto.ts';

/**
 * PKCS#11 (hardware tokens, HSMs, SoftHSM2) through pkcs11js: open a token with its PIN, find
 * or create an RSA key pair by label, and sign with CKM_SHA256_RSA_PKCS. The private key
 * never leaves the token.
 */
export class Pkcs11PinError extends Error {
  constructor() {
    super('PKCS#11: wrong PIN');
    this.name = 'Pkcs11PinError';
  }
}

/** The token is not there (no slot with that label) or a key is missing on it. */
export class Pkcs11NotFoundError extends Error {
  constructor(what: 'token' | 'key') {
    super(`PKCS#11: ${what} not found`);
    this.name = 'Pkcs11NotFoundError';
  }
}

export type Pkcs11Options = {
  /** The module, e.g. /usr/lib/softhsm/libsofthsm2.so or a token vendor's library. */
  library: string;
  /** The token's label (the first token with a matching label is used). */
  tokenLabel: string;
  pin: string;
};

export type Pkcs11Token = {
  /** An RSA-2048 key pair generated on the token; returns its public key (for a certificate). */
  generateKeyPair(label: string): Promise<CryptoKey>;
  /** A KeySigner for the private key with this label, paired with its certificate. */
  signer(label: string, certificate: x509.X509Certificate, chain: readonly x509.X509Certificate[]): KeySigner;
  close(): void;
};

function base64url(buffer: Buffer): string {
  return buffer.toString('base64url');
}

export function openPkcs11Token(options: Pkcs11Options): Pkcs11Token {
  const p11 = new pkcs11js.PKCS11();
  p11.load(options.library);
  p11.C_Initialize();
  let session: Buffer | undefined;
  try {
    const slot = p11
      .C_GetSlotList(true)
      .find((s) => p11.C_GetTokenInfo(s).label.trim() === options.tokenLabel);
    if (!slot) throw new Pkcs11NotFoundError('token');
    session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    try {
      p11.C_Login(session, pkcs11js.CKU_USER, options.pin);
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === pkcs11js.CKR_PIN_INCORRECT || code === pkcs11js.CKR_PIN_LEN_RANGE)
        throw new Pkcs11PinError();
      throw error;
    }
  } catch (error) {
    if (session) p11.C_CloseSession(session);
    p11.C_Finalize();
    throw error;
  }
  const handle = session;

  function find(objectClass: number, label: string): Buffer {
    p11.C_FindObjectsInit(handle, [
      { type: pkcs11js.CKA_CLASS, value: objectClass },
      { type: pkcs11js.CKA_LABEL, value: label },
    ]);
    const [object] = p11.C_FindObjects(handle, 1);
    p11.C_FindObjectsFinal(handle);
    if (!object) throw new Pkcs11NotFoundError('key');
    return object;
  }

  return {
    async generateKeyPair(label) {
      const id = Buffer.from(label);
      const keys = p11.C_GenerateKeyPair(
        handle,
        { mechanism: pkcs11js.CKM_RSA_PKCS_KEY_PAIR_GEN },
        [
          { type: pkcs11js.CKA_LABEL, value: label },
          { type: pkcs11js.CKA_ID, value: id },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_VERIFY, value: true },
          { type: pkcs11js.CKA_MODULUS_BITS, value: 2048 },
          { type: pkcs11js.CKA_PUBLIC_EXPONENT, value: Buffer.from([1, 0, 1]) },
        ],
        [
          { type: pkcs11js.CKA_LABEL, value: label },
          { type: pkcs11js.CKA_ID, value: id },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_SIGN, value: true },
          { type: pkcs11js.CKA_PRIVATE, value: true },
          { type: pkcs11js.CKA_SENSITIVE, value: true },
          { type: pkcs11js.CKA_EXTRACTABLE, value: false },
        ],
      );
      const [modulus, exponent] = p11.C_GetAttributeValue(handle, keys.publicKey, [
        { type: pkcs11js.CKA_MODULUS },
        { type: pkcs11js.CKA_PUBLIC_EXPONENT },
      ]);
      return webcrypto.subtle.importKey(
        'jwk',
        {
          kty: 'RSA',
          n: base64url(modulus?.value as Buffer),
          e: base64url(exponent?.value as Buffer),
          ext: true,
        },
        SIGNING_ALGORITHM,
        true,
        ['verify'],
      );
    },
    signer(label, certificate, chain) {
      return {
        certificate,
        chain,
        async sign(data) {
          const key = find(pkcs11js.CKO_PRIVATE_KEY, label);
          p11.C_SignInit(handle, { mechanism: pkcs11js.CKM_SHA256_RSA_PKCS }, key);
          return new Uint8Array(p11.C_Sign(handle, Buffer.from(data), Buffer.alloc(1024)));
        },
      };
    },
    close() {
      try {
        p11.C_Logout(handle);
      } finally {
        p11.C_CloseSession(handle);
        p11.C_Finalize();
      }
    },
  };
}
