import type { SimulatedCitizen } from './citizens.ts';

/**
 * Server-rendered pages of the simulator: Vietnamese, accessible (labels, one h1, landmarks,
 * errors in role="alert"), no script and no inline style, so `default-src 'none'` holds.
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const STYLESHEET_PATH = '/static/simulator.css';

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Định danh điện tử (mô phỏng)</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<a class="skip" href="#noi-dung">Bỏ qua đến nội dung chính</a>
<header class="banner">
<p class="banner__title">Hệ thống định danh và xác thực điện tử</p>
<p class="banner__note">Bản mô phỏng VNeID để phát triển và trình diễn Liên Thông – không phải hệ thống thật của Bộ Công an.</p>
</header>
<main id="noi-dung" tabindex="-1">
${body}
</main>
<footer class="footer"><p>Dữ liệu công dân trong bản mô phỏng là dữ liệu giả định.</p></footer>
</body>
</html>`;
}

/** The scopes a client may ask for, and what each shares, for the consent page. */
const SCOPE_ITEMS: Record<string, string[]> = {
  openid: ['Mã định danh tài khoản (không chứa thông tin cá nhân)'],
  vneid: ['Số định danh cá nhân', 'Mức định danh điện tử', 'Quê quán', 'Quốc tịch'],
  profile: ['Họ, chữ đệm và tên', 'Ngày, tháng, năm sinh', 'Giới tính'],
  address: ['Nơi thường trú'],
  phone: ['Số điện thoại'],
  email: ['Thư điện tử'],
};

export function sharedItems(scopes: readonly string[]): string[] {
  return scopes.flatMap((scope) => SCOPE_ITEMS[scope] ?? []);
}

export function loginPage(input: {
  uid: string;
  citizens: readonly SimulatedCitizen[];
  clientName: string;
  error?: string;
  personalId?: string;
}): string {
  const alert = input.error ? `<div class="alert" role="alert">${escapeHtml(input.error)}</div>` : '';
  const rows = input.citizens
    .map(
      (c) =>
        `<tr><td>${c.personalId}</td><td>${escapeHtml(c.fullName)}</td><td>${c.birthDate.slice(0, 4)}</td></tr>`,
    )
    .join('\n');
  return layout(
    'Đăng nhập',
    `<h1>Đăng nhập tài khoản định danh điện tử</h1>
<p><strong>${escapeHtml(input.clientName)}</strong> đề nghị bạn đăng nhập bằng tài khoản định danh điện tử.</p>
${alert}
<form class="card" method="post" action="/interaction/${escapeHtml(input.uid)}/login">
<div class="field">
<label for="personal-id">Số định danh cá nhân</label>
<input id="personal-id" name="personalId" inputmode="numeric" autocomplete="username" maxlength="12" required aria-describedby="personal-id-hint" value="${escapeHtml(input.personalId ?? '')}">
<p id="personal-id-hint" class="hint">12 chữ số in trên thẻ căn cước.</p>
</div>
<div class="field">
<label for="password">Mật khẩu</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
</div>
<button type="submit">Đăng nhập</button>
</form>
<form method="post" action="/interaction/${escapeHtml(input.uid)}/abort">
<button type="submit" class="secondary">Hủy và quay lại</button>
</form>
<details class="demo">
<summary>Danh sách công dân mẫu (mật khẩu chung được in khi khởi động)</summary>
<table>
<caption>Công dân mẫu của bản mô phỏng</caption>
<thead><tr><th scope="col">Số định danh cá nhân</th><th scope="col">Họ và tên</th><th scope="col">Năm sinh</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</details>`,
  );
}

export function consentPage(input: {
  uid: string;
  clientName: string;
  citizenName: string;
  items: readonly string[];
}): string {
  const list = input.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n');
  return layout(
    'Đồng ý chia sẻ thông tin',
    `<h1>Đồng ý chia sẻ thông tin</h1>
<p>Xin chào <strong>${escapeHtml(input.citizenName)}</strong>.</p>
<p><strong>${escapeHtml(input.clientName)}</strong> đề nghị được nhận các thông tin sau từ tài khoản định danh điện tử của bạn:</p>
<ul class="card">
${list}
</ul>
<p>Thông tin chỉ được dùng để giải quyết thủ tục hành chính theo quy định về bảo vệ dữ liệu cá nhân. Bạn có thể từ chối; khi đó bạn chưa đăng nhập được.</p>
<div class="actions">
<form method="post" action="/interaction/${escapeHtml(input.uid)}/confirm">
<button type="submit">Đồng ý chia sẻ</button>
</form>
<form method="post" action="/interaction/${escapeHtml(input.uid)}/abort">
<button type="submit" class="secondary">Từ chối</button>
</form>
</div>`,
  );
}

export function errorPage(title: string, message: string): string {
  return layout(
    title,
    `<h1>${escapeHtml(title)}</h1>
<div class="alert" role="alert">${escapeHtml(message)}</div>
<p>Vui lòng quay lại trang của cơ quan đã chuyển bạn đến đây và thực hiện lại.</p>`,
  );
}

export function homePage(issuer: string, count: number): string {
  return layout(
    'Giới thiệu',
    `<h1>Bản mô phỏng định danh điện tử (VNeID)</h1>
<p>Nhà cung cấp OpenID Connect để Liên Thông thử nghiệm đăng nhập của công dân. Cấu hình khám phá:
<a href="/.well-known/openid-configuration">${escapeHtml(issuer)}/.well-known/openid-configuration</a>.</p>
<p>Có ${count} công dân mẫu; trang đăng nhập liệt kê số định danh cá nhân của họ.</p>`,
  );
}

/** WCAG 2.1 AA: text contrast ≥ 4.5:1, visible focus, 44px targets. */
export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:16px;line-height:1.5;color:#1c1b1f;background:#f4f6f9}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0b4f9c;padding:8px 12px}
.skip:focus{left:8px;top:8px;z-index:10}
.banner{background:#8b1a10;color:#fff;padding:12px 24px}
.banner__title{margin:0;font-weight:700;font-size:18px}
.banner__note{margin:4px 0 0;font-size:14px}
main{max-width:640px;margin:24px auto;padding:0 16px}
main:focus{outline:none}
h1{font-size:24px;margin:0 0 16px;color:#1c1b1f}
.card{background:#fff;border:1px solid #c4c7cc;border-radius:8px;padding:16px 24px;margin:16px 0}
.field{margin-bottom:16px}
label{display:block;font-weight:600;margin-bottom:4px}
input{width:100%;min-height:44px;font-size:16px;padding:8px 12px;border:1px solid #5f6368;border-radius:6px;color:#1c1b1f;background:#fff}
.hint{margin:4px 0 0;font-size:14px;color:#44474e}
button{min-height:44px;padding:8px 20px;font-size:16px;font-weight:600;border-radius:6px;border:1px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c;margin-top:8px}
.actions{display:flex;gap:12px;flex-wrap:wrap;align-items:flex-start}
.actions button.secondary{margin-top:0}
:focus-visible{outline:3px solid #f9c80e;outline-offset:2px}
.alert{border:1px solid #b3261e;background:#fdecea;color:#8c1d18;border-radius:6px;padding:12px 16px;margin:16px 0}
a{color:#0b4f9c}
.demo{margin-top:24px}
.demo summary{cursor:pointer;color:#0b4f9c;font-weight:600}
table{border-collapse:collapse;width:100%;background:#fff;margin-top:8px}
caption{text-align:left;font-weight:600;padding:8px 0}
th,td{border:1px solid #c4c7cc;padding:6px 10px;text-align:left;font-size:14px}
.footer{max-width:640px;margin:24px auto;padding:0 16px;font-size:14px;color:#44474e}
`;
