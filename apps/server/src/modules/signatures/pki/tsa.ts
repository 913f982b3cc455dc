import { buildSignedData, type KeySigner, type TimestampSource } from '../cms/cms.ts';
import { asn1js, OID, parseDer, pkijs, sha256, toArrayBuffer, webcrypto } from './crypto.ts';

/**
 * RFC 3161 time-stamp protocol: the platform's timestamp authority (responder) and the client
 * that asks a TSA (this one in-process, or an external one by URL) for a token.
 */

export class TimestampError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimestampError';
  }
}

function rejection(status: number, text: string): Uint8Array {
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({
      status,
      statusStrings: [new asn1js.Utf8String({ value: text })],
    }),
  });
  return new Uint8Array(response.toSchema().toBER());
}

/** Builds the token (ContentInfo) for a message imprint. */
export async function createTimestampToken(
  tsa: KeySigner,
  imprint: pkijs.MessageImprint,
  now: Date,
  nonce?: asn1js.Integer,
): Promise<Uint8Array> {
  const serial = webcrypto.getRandomValues(new Uint8Array(16));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: OID.tsaPolicy,
    messageImprint: imprint,
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(serial) }),
    genTime: new Date(Math.floor(now.getTime() / 1000) * 1000),
    accuracy: new pkijs.Accuracy({ seconds: 1 }),
    ordering: false,
    ...(nonce ? { nonce } : {}),
  });
  const eContent = new Uint8Array(info.toSchema().toBER());
  return buildSignedData({
    signer: tsa,
    digest: sha256(eContent),
    contentType: OID.tstInfo,
    eContent,
    certificates: tsa.chain,
  });
}

/** Answers a DER TimeStampReq with a DER TimeStampResp (granted, or rejected with a reason). */
export async function respondToTimestampRequest(
  tsa: KeySigner,
  requestDer: Uint8Array,
  now: Date,
): Promise<Uint8Array> {
  let request: pkijs.TimeStampReq;
  try {
    request = new pkijs.TimeStampReq({ schema: parseDer(requestDer) });
  } catch {
    return rejection(2, 'badDataFormat');
  }
  const algorithm = request.messageImprint.hashAlgorithm.algorithmId;
  const digestLength = request.messageImprint.hashedMessage.valueBlock.valueHexView.byteLength;
  if (algorithm !== OID.sha256 || digestLength !== 32) return rejection(2, 'badAlg');
  if (request.reqPolicy && request.reqPolicy !== OID.tsaPolicy) return rejection(2, 'unacceptedPolicy');
  const token = await createTimestampToken(tsa, request.messageImprint, now, request.nonce);
  const response = new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: 0 }),
    timeStampToken: new pkijs.ContentInfo({ schema: parseDer(token) }),
  });
  return new Uint8Array(response.toSchema().toBER());
}

function imprintOf(data: Uint8Array): pkijs.MessageImprint {
  return new pkijs.MessageImprint({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(sha256(data)) }),
  });
}

/** The platform's own TSA, called in-process (no HTTP round trip). */
export function localTimestampSource(tsa: () => Promise<KeySigner>, clock: () => Date): TimestampSource {
  return async (data) => createTimestampToken(await tsa(), imprintOf(data), clock());
}

/** An external RFC 3161 TSA over HTTP (`application/timestamp-query`). */
export function httpTimestampSource(url: string, timeoutMs = 10_000): TimestampSource {
  return async (data) => {
    const nonce = webcrypto.getRandomValues(new Uint8Array(8));
    nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x01;
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: imprintOf(data),
      nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
      certReq: true,
    });
    let body: Uint8Array;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query' },
        body: new Uint8Array(request.toSchema().toBER()),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new TimestampError(`TSA answered HTTP ${response.status}`);
      body = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof TimestampError) throw error;
      throw new TimestampError(`TSA unreachable: ${(error as Error).message}`);
    }
    const parsed = new pkijs.TimeStampResp({ schema: parseDer(body) });
    if (parsed.status.status > 1 || !parsed.timeStampToken) {
      throw new TimestampError(`TSA refused the request (status ${parsed.status.status})`);
    }
    return new Uint8Array(parsed.timeStampToken.toSchema().toBER());
  };
}
