import { z } from 'zod';

/** Media types the platform accepts in uploads, detected from content, never from the client. */
export const ALLOWED_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/xml',
  'application/zip',
] as const;

export const FileId = z.uuid();

export const FileIdParams = z.object({ id: FileId });

export const StoredFileView = z
  .object({
    id: FileId,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().nonnegative(),
    mediaType: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'StoredFileView' });
export type StoredFileView = z.infer<typeof StoredFileView>;
