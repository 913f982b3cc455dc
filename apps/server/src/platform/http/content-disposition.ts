/**
 * `attachment` (download) or `inline` (shown by the browser), with an ASCII fallback name and the
 * UTF-8 name (RFC 6266 / 5987) for Vietnamese file names.
 */
export function contentDisposition(name: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'tep';
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
