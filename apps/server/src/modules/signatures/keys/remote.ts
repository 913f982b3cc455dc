import type { KeySigner } from '../cms/cms.ts';
import { x509 } from '../pki/crypto.ts';

/**
 * Remote signing (a trust service provider's signing server, e.g. the "ký số từ xa" services
 * licensed under Decree 23/2025): the platform never holds the key; it sends the hash of the
 * signed attributes and gets the signature back after the holder authorises it.
 */
export interface RemoteSigningProvider {
  readonly name: string;
  /** The certificate (PEM) and issuing chain the provider holds for `holderId`. */
  certificate(holderId: string): Promise<{ certificatePem: string; chainPem: string[] }>;
  /**
   * Asks the holder to authorise, then signs `data` (RSASSA-PKCS1-v1_5 / SHA-256).
   * Rejects when the holder refuses or the request expires.
   */
  sign(holderId: string, data: Uint8Array, context: { description: string }): Promise<Uint8Array>;
}

/** The KeySigner the CMS builder uses, for a holder of a remote provider. */
export async function remoteSigner(
  provider: RemoteSigningProvider,
  holderId: string,
  description: string,
): Promise<KeySigner> {
  const { certificatePem, chainPem } = await provider.certificate(holderId);
  return {
    certificate: new x509.X509Certificate(certificatePem),
    chain: chainPem.map((pem) => new x509.X509Certificate(pem)),
    sign: (data) => provider.sign(holderId, data, { description }),
  };
}

/**
 * The local implementation of the interface: keys the platform holds (software keys sealed
 * at rest, or a PKCS#11 token), looked up by holder id. Authorisation is the platform's own
 * sign-in and permission check, done before this is called.
 */
export function localSigningProvider(
  lookup: (holderId: string) => Promise<KeySigner | undefined>,
): RemoteSigningProvider {
  async function signer(holderId: string): Promise<KeySigner> {
    const found = await lookup(holderId);
    if (!found) throw new Error(`no signing key for holder ${holderId}`);
    return found;
  }
  return {
    name: 'local',
    async certificate(holderId) {
      const s = await signer(holderId);
      return {
        certificatePem: s.certificate.toString('pem'),
        chainPem: s.chain.map((c) => c.toString('pem')),
      };
    },
    async sign(holderId, data) {
      return (await signer(holderId)).sign(data);
    },
  };
}
