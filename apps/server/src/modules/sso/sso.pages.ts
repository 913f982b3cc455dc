/**
 * The few HTML pages the OpenID Provider shows itself (errors, sign-out), in Vietnamese,
 * without scripts or resources from elsewhere (the CSP of the /oidc routes allows inline styles only).
 */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

const STYLE = `body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;background:#f3f6fa;color:#1f2937;margin:0;padding:48px 16px}
main{max-width:460px;margin:0 auto;background:#fff;border:1px solid #d0d7e2;border-radius:8px;padding:24px 28px}
h1{font-size:1.35rem;color:#0b4f9c;margin:0 0 12px}p{line-height:1.5}
.actions{display:flex;gap:12px;flex-wrap:wrap;margin-top:20px}
button,a.button{font:inherit;font-weight:600;padding:10px 18px;border-radius:6px;border:1px solid #0b4f9c;cursor:pointer;text-decoration:none}
button.primary{background:#0b4f9c;color:#fff}button.secondary,a.button{background:#fff;color:#0b4f9c}
:focus-visible{outline:3px solid #f5b800;outline-offset:2px}
code{background:#eef2f7;padding:1px 4px;border-radius:4px}`;

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Liên Thông</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** OAuth error codes the official may meet in a browser, explained in Vietnamese. */
const ERROR_TEXTS: Record<string, string> = {
  invalid_client: 'Ứng dụng yêu cầu đăng nhập chưa được đăng ký hoặc đã bị vô hiệu hóa.',
  invalid_redirect_uri: 'Địa chỉ chuyển hướng (redirect_uri) không khớp với địa chỉ đã đăng ký của ứng dụng.',
  invalid_request: 'Yêu cầu đăng nhập không hợp lệ.',
  session_not_found:
    'Phiên đăng nhập một lần đã hết hạn hoặc không còn hợp lệ. Vui lòng mở lại ứng dụng và đăng nhập lại.',
  access_denied: 'Yêu cầu đăng nhập bị từ chối.',
};

/** The error page (`renderError`): the code for support staff, a Vietnamese explanation, no internals. */
export function errorPage(out: { error?: unknown; error_description?: unknown }): string {
  const code = typeof out.error === 'string' ? out.error : 'server_error';
  const text =
    ERROR_TEXTS[code] ??
    (code === 'server_error'
      ? 'Hệ thống gặp lỗi không mong muốn. Vui lòng thử lại sau.'
      : 'Không thể hoàn tất đăng nhập một lần.');
  return page(
    'Không thể đăng nhập',
    `<h1>Không thể hoàn tất đăng nhập</h1>
<p>${escapeHtml(text)}</p>
<p>Mã lỗi: <code>${escapeHtml(code)}</code></p>
<div class="actions"><a class="button" href="/app">Về không gian làm việc</a></div>`,
  );
}

/** The confirmation of an application's sign-out request (`logoutSource`); `form` is the provider's own. */
export function logoutPage(form: string, clientName: string | undefined): string {
  const from = clientName ? ` (yêu cầu từ ứng dụng ${escapeHtml(clientName)})` : '';
  return page(
    'Đăng xuất',
    `<h1>Đăng xuất khỏi đăng nhập một lần?</h1>
<p>Bạn muốn đăng xuất khỏi đăng nhập một lần của Liên Thông${from}? Các ứng dụng khác sẽ yêu cầu đăng nhập lại; phiên làm việc trên Liên Thông vẫn giữ nguyên cho đến khi bạn đăng xuất ở đó.</p>
${form}
<div class="actions">
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Đăng xuất</button>
<button class="secondary" type="submit" form="op.logoutForm">Không, giữ đăng nhập</button>
</div>`,
  );
}

export function loggedOutPage(clientName: string | undefined): string {
  const from = clientName ? ` khỏi ${escapeHtml(clientName)}` : '';
  return page(
    'Đã đăng xuất',
    `<h1>Đã đăng xuất</h1>
<p>Bạn đã đăng xuất${from}.</p>
<div class="actions"><a class="button" href="/app">Về không gian làm việc</a></div>`,
  );
}
