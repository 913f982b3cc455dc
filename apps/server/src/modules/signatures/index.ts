import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../../config.ts';
import type { Db } from '../../platform/db/index.ts';
import type { FileStorage } from '../../platform/files/index.ts';
import { createSecretBox, loadServerKey, type SecretBox } from '../identity/index.ts';
import { createCertificatesService } from './certificates.service.ts';
import { createTokenKeys } from './keys/token-keys.ts';
import { pkiRoutes } from './pki/pki.routes.ts';
import { createPkiService, type PkiService } from './pki/pki.service.ts';
import { signaturesRoutes } from './signatures.routes.ts';
import { createSigningService, type SigningService, type SigningStep } from './signatures.service.ts';
import { createVerifyService, type VerifyService } from './verify.service.ts';

export type { KeySigner, TimestampSource } from './cms/cms.ts';
export { localSigningProvider, type RemoteSigningProvider } from './keys/remote.ts';
export { pkiCertificates, signatureRecords } from './signatures.schema.ts';
export type { PkiService, SigningService, SigningStep, VerifyService };

export type Signatures = {
  pki: PkiService;
  signing: SigningService;
  verify: VerifyService;
  /** The signing step other modules call: signs a stored file as the actor or as a unit's seal. */
  signingStep: SigningService['signingStep'];
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The signatures module's services (app.ts decorates the instance): `app.signatures.signingStep(…)`. */
    signatures: Signatures;
  }
}

/** Builds the module's services from the configuration (the server key seals the CA keys). */
export function createSignatures(deps: {
  db: Db;
  storage: FileStorage;
  config: Config;
  clock?: () => Date;
  /** The server key's secret box (the identity service's); by default read from the configuration. */
  secretBox?: SecretBox;
}): Signatures & {
  certificates: ReturnType<typeof createCertificatesService>;
  /** Closes the PKCS#11 session, if any (the app's onClose). */
  close(): void;
} {
  const { config } = deps;
  const box = deps.secretBox ?? createSecretBox(loadServerKey(config.auth.secretKey, config.dataDir));
  const keys = config.signatures.keys;
  const tokenKeys =
    keys.kind === 'pkcs11'
      ? createTokenKeys({ library: keys.module, tokenLabel: keys.token, pin: keys.pin })
      : undefined;
  const pki = createPkiService({
    ...(tokenKeys ? { tokenKeys } : {}),
    db: deps.db,
    box,
    clock: deps.clock ?? (() => new Date()),
    config: {
      mode: config.signatures.pki,
      caName: config.signatures.caName,
      baseUrl: config.signatures.baseUrl,
      trustAnchorsFile: config.signatures.trustAnchorsFile,
      tsaUrl: config.signatures.tsaUrl,
    },
  });
  const maxBytes = config.storage.maxUploadBytes;
  const certificates = createCertificatesService({ db: deps.db, pki, locality: 'Hà Nội' });
  const signing = createSigningService({
    db: deps.db,
    storage: deps.storage,
    pki,
    certificates,
    fontFile: config.signatures.fontFile,
    baseUrl: config.signatures.baseUrl,
    maxBytes,
  });
  const verify = createVerifyService({ db: deps.db, storage: deps.storage, pki, maxBytes });
  return {
    pki,
    signing,
    verify,
    certificates,
    signingStep: signing.signingStep,
    close: () => tokenKeys?.close(),
  };
}

/** The module's HTTP routes: /api/v1/signatures/… and the public /pki/… endpoints. */
export const signaturesPlugin: FastifyPluginAsync<{
  signatures: ReturnType<typeof createSignatures>;
  maxUploadBytes: number;
}> = async (app, { signatures, maxUploadBytes }) => {
  await app.register(pkiRoutes, { pki: signatures.pki });
  await app.register(signaturesRoutes, {
    signing: signatures.signing,
    verify: signatures.verify,
    certificates: signatures.certificates,
    maxUploadBytes,
  });
};
