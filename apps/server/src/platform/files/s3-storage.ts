import fs from 'node:fs';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AppError } from '../http/app-error.ts';
import { assertSha256, type FileStorage, spoolToTemp } from './storage.ts';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  tmpDir: string;
};

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return name === 'NotFound' || name === 'NoSuchKey' || status === 404;
}

/**
 * Content-addressed files in an S3-compatible bucket (MinIO, Ceph, AWS). The upload is
 * spooled to a temporary file first: the key is the content's sha256, known only at the end.
 */
export function createS3Storage(options: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.accessKeyId && options.secretAccessKey
      ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
      : {}),
  });
  const keyOf = (sha256: string) => {
    assertSha256(sha256);
    return `sha256/${sha256.slice(0, 2)}/${sha256}`;
  };
  const has = async (sha256: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };

  return {
    driver: 's3',
    async put(source, putOptions) {
      const spooled = await spoolToTemp(source, options.tmpDir, putOptions.maxBytes);
      try {
        await putOptions.accept?.(spooled.head);
        if (!(await has(spooled.sha256))) {
          await client.send(
            new PutObjectCommand({
              Bucket: options.bucket,
              Key: keyOf(spooled.sha256),
              Body: fs.createReadStream(spooled.tmpPath),
              ContentLength: spooled.size,
              ContentType: 'application/octet-stream',
            }),
          );
        }
      } finally {
        await fs.promises.rm(spooled.tmpPath, { force: true });
      }
      return { sha256: spooled.sha256, size: spooled.size, head: spooled.head };
    },
    async get(sha256) {
      try {
        const result = await client.send(
          new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }),
        );
        if (!(result.Body instanceof Readable)) throw new AppError('NOT_FOUND');
        return result.Body;
      } catch (error) {
        if (isMissing(error)) throw new AppError('NOT_FOUND');
        throw error;
      }
    },
    has,
    async delete(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: keyOf(sha256) }));
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket: options.bucket }));
    },
  };
}
