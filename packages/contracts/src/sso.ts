import { z } from 'zod';

/**
 * Single sign-on: applications (mail, meetings…) that sign officials in through the platform's
 * OpenID Provider at `<PUBLIC_URL>/oidc`. Administrators register them (`sso.manage`).
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A redirect address an administrator may register: https, or http on this machine
 * (localhost, 127.0.0.1, [::1]) for development; no fragment, no user name or password.
 */
export function isAllowedRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.hash !== '' || value.includes('#')) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

const REDIRECT_MESSAGE =
  'Địa chỉ phải bắt đầu bằng https:// (hoặc http://localhost, http://127.0.0.1 khi phát triển), không chứa phần #';

const RedirectUri = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine(isAllowedRedirectUri, { message: REDIRECT_MESSAGE });

export const SsoClientKind = z.enum(['public', 'confidential']).meta({
  description:
    'public: ứng dụng không giữ được bí mật (chạy trên trình duyệt, điện thoại), bắt buộc PKCE; confidential: có mã bí mật (client_secret_basic hoặc client_secret_post)',
});
export type SsoClientKind = z.infer<typeof SsoClientKind>;

export const SsoClientCreateInput = z
  .object({
    name: z.string().trim().min(1, 'Cần nhập tên ứng dụng').max(100),
    redirectUris: z
      .array(RedirectUri)
      .min(1, 'Cần ít nhất một địa chỉ chuyển hướng sau đăng nhập')
      .max(10)
      .meta({ description: 'Địa chỉ nhận mã ủy quyền (redirect_uri), so khớp chính xác' }),
    postLogoutRedirectUris: z
      .array(RedirectUri)
      .max(10)
      .default([])
      .meta({ description: 'Địa chỉ quay về sau khi đăng xuất (post_logout_redirect_uri)' }),
    kind: SsoClientKind,
  })
  .meta({ id: 'SsoClientCreateInput' });
export type SsoClientCreateInput = z.input<typeof SsoClientCreateInput>;

export const SsoClientView = z
  .object({
    clientId: z.string(),
    name: z.string(),
    kind: SsoClientKind,
    redirectUris: z.array(z.string()),
    postLogoutRedirectUris: z.array(z.string()),
    createdBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    disabledAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'SsoClientView' });
export type SsoClientView = z.infer<typeof SsoClientView>;

export const SsoClientList = z.object({ items: z.array(SsoClientView) });
export type SsoClientList = z.infer<typeof SsoClientList>;

/** A new client, or a rotated secret: the secret is shown this once and never again. */
export const SsoClientCreated = SsoClientView.extend({
  clientSecret: z
    .string()
    .nullable()
    .meta({ description: 'Chỉ hiển thị một lần; null với ứng dụng công khai (public)' }),
}).meta({ id: 'SsoClientCreated' });
export type SsoClientCreated = z.infer<typeof SsoClientCreated>;

export const SsoClientParams = z.object({ clientId: z.string().min(1).max(100) });
export type SsoClientParams = z.infer<typeof SsoClientParams>;
