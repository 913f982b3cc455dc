import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../http/app-error.ts';

/** Where file bytes live: addressed by the sha256 of their content. */
export interface FileStorage {
  readonly driver: 'local' | 's3';
  /**
   * Streams `source` into the store. More than `maxBytes` → AppError('PAYLOAD_TOO_LARGE').
   * `accept` sees the first bytes before anything is committed and may throw to refuse.
   */
  put(source: Readable, options: PutOptions): Promise<PutResult>;
  /** The content, or AppError('NOT_FOUND'). */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
  /** Throws when the store cannot be written (readiness). */
  check(): Promise<void>;
}

export type PutOptions = { maxBytes: number; accept?: (head: Uint8Array) => Promise<void> | void };
export type PutResult = { sha256: string; size: number; head: Uint8Array };

/** How many leading bytes `accept` sees: enough for file-type's signatures. */
export const HEAD_BYTES = 4100;

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function assertSha256(sha256: string): void {
  if (!SHA256_PATTERN.test(sha256)) throw new AppError('NOT_FOUND');
}

/**
 * Copies a stream to a temporary file while hashing it and counting bytes; stops with
 * PAYLOAD_TOO_LARGE as soon as the limit is passed. The caller moves or removes the file.
 */
export async function spoolToTemp(
  source: Readable,
  tmpDir: string,
  maxBytes: number,
): Promise<PutResult & { tmpPath: string }> {
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const tmpPath = path.join(tmpDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let size = 0;
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
          if (headLength < HEAD_BYTES) {
            const take = chunk.subarray(0, HEAD_BYTES - headLength);
            head.set(take, headLength);
            headLength += take.length;
          }
          hash.update(chunk);
          yield chunk;
        }
      },
      fs.createWriteStream(tmpPath, { flags: 'wx' }),
    );
  } catch (error) {
    await fs.promises.rm(tmpPath, { force: true });
    throw error;
  }
  return { tmpPath, sha256: hash.digest('hex'), size, head: head.subarray(0, headLength) };
}
