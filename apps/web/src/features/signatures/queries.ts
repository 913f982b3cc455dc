import type {
  SignatureResult,
  SignFileInput,
  StoredFileView,
  VerificationReport,
} from '@lienthong/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, csrfToken, errorFromResponse, NetworkError } from '../../lib/api.ts';

/** Shapes of the signatures API, typed by the shared contracts (types only: zod is not bundled). */
export type { SignatureResult, SignFileInput, VerificationReport };
export type SignatureReport = VerificationReport['signatures'][number];

export const SIGN_PATH = '/api/v1/signatures/sign';
export const VERIFY_PATH = '/api/v1/signatures/verify';
export const FILES_PATH = '/api/v1/files';
/** The public verification page (portal); the QR codes the platform prints point here. */
export const VERIFY_PAGE = '/xac-thuc';

/** Sends files as multipart/form-data (CSRF header when signed in); throws ApiError/NetworkError. */
async function postForm<T>(path: string, form: FormData): Promise<T> {
  const csrf = csrfToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
      },
      body: form,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

export type SignRequest = Omit<SignFileInput, 'fileId'> & { file: File };

/** Uploads the file (`POST /api/v1/files`), then signs it (`POST /api/v1/signatures/sign`). */
export function useSignDocument() {
  return useMutation({
    mutationFn: async ({ file, ...input }: SignRequest) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const stored = await postForm<StoredFileView>(FILES_PATH, form);
      return api.post<SignatureResult>(SIGN_PATH, { ...input, fileId: stored.id });
    },
  });
}

/** `POST /api/v1/signatures/verify` (public): a signed PDF, or any file with its .p7s. */
export function useVerifyUpload() {
  return useMutation({
    mutationFn: ({ file, signature }: { file: File; signature?: File | undefined }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      if (signature) form.append('signature', signature, signature.name);
      return postForm<VerificationReport>(VERIFY_PATH, form);
    },
  });
}

/** `GET /api/v1/signatures/verify/:code` (public): the document behind a QR code. */
export function useVerifyByCode(code: string | null) {
  return useQuery({
    queryKey: ['signatures', 'verify', code],
    queryFn: ({ signal }) =>
      api.get<VerificationReport>(`${VERIFY_PATH}/${encodeURIComponent(code ?? '')}`, { signal }),
    enabled: Boolean(code),
    staleTime: 60_000,
  });
}

/** Where a stored file is downloaded (the signed PDF or the .p7s). */
export const downloadHref = (fileId: string) => `${FILES_PATH}/${fileId}`;
