import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

const load = createRequire(__filename);

/** The project's admin sign-in page: where the admin sends whoever is not signed in. */
export const SIGN_IN_PAGE = '/admin/thads-auth/dang-nhap';
const SCRIPT = '/admin/thads-auth/sign-in.js';
const WEBAUTHN = '/admin/thads-auth/webauthn.js';

/**
 * The page reads without its script (a notice says it needs JavaScript, as the admin does), in Vietnamese, 16 px
 * text, every field labelled; each step is a form of its own, shown one at a time. `data-agency` is where the home
 * agency's name will go once accounts belong to agencies.
 */
const PAGE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Đăng nhập quản trị — Cổng thông tin THADS</title>
<style>
  body { font: 16px/1.5 "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; background: #f6f6f9; color: #32324d; margin: 0; }
  main { max-width: 28rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 4px; box-shadow: 0 1px 4px rgba(33,33,52,.1); }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.125rem; margin: 1.5rem 0 .5rem; }
  p { margin: .5rem 0; } label { display: block; font-weight: 600; margin-top: 1rem; }
  input { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: .5rem .75rem; border: 1px solid #8e8ea9; border-radius: 4px; margin-top: .25rem; }
  button { font: inherit; font-weight: 600; margin-top: 1rem; padding: .5rem 1rem; border-radius: 4px; border: 1px solid #4945ff; background: #4945ff; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #271fe0; }
  :focus-visible { outline: 3px solid #271fe0; outline-offset: 2px; }
  [role=alert] { color: #b72b1a; font-weight: 600; } .notice { background: #fdf4dc; border: 1px solid #be5d01; padding: .5rem .75rem; }
  .codes { font-family: ui-monospace, monospace; columns: 2; } .qr svg { width: 12rem; height: 12rem; }
  [hidden] { display: none !important; }
</style>
<script src="${WEBAUTHN}" defer></script>
<script src="${SCRIPT}" defer></script>
</head>
<body>
<main>
  <h1>Đăng nhập quản trị</h1>
  <p data-agency>Cổng thông tin Thi hành án dân sự</p>
  <noscript><p class="notice">Trang quản trị cần JavaScript: hãy bật JavaScript trong trình duyệt.</p></noscript>
  <p id="notice" class="notice" role="status" hidden></p>
  <p id="error" role="alert"></p>

  <form id="password-step" novalidate>
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="username" required>
    <label for="password">Mật khẩu</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Đăng nhập</button>
    <p><a href="/admin/auth/forgot-password">Quên mật khẩu?</a></p>
  </form>

  <section id="factor-step" hidden aria-labelledby="factor-title">
    <h2 id="factor-title">Bước 2: xác thực thứ hai</h2>
    <form id="totp-form" novalidate>
      <label for="totp-code">Mã 6 số trong ứng dụng xác thực</label>
      <input id="totp-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7">
      <button type="submit">Xác nhận</button>
    </form>
    <button id="passkey-button" type="button" class="secondary">Dùng khoá truy cập (passkey)</button>
    <form id="recovery-form" novalidate>
      <label for="recovery-code">Hoặc một mã khôi phục (mỗi mã dùng một lần)</label>
      <input id="recovery-code" name="code" autocomplete="off" maxlength="20">
      <button type="submit" class="secondary">Dùng mã khôi phục</button>
    </form>
  </section>

  <section id="enrol-step" hidden aria-labelledby="enrol-title">
    <h2 id="enrol-title">Thiết lập xác thực hai bước</h2>
    <p>Tài khoản của bạn phải có yếu tố xác thực thứ hai. Chọn một cách:</p>
    <button id="enrol-totp" type="button">Dùng ứng dụng xác thực (mã 6 số)</button>
    <button id="enrol-passkey" type="button" class="secondary">Đăng ký khoá truy cập (passkey)</button>
    <form id="enrol-totp-form" hidden novalidate>
      <p>Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…) hoặc nhập khoá:</p>
      <div class="qr" id="qr" role="img" aria-label="Mã QR để thêm tài khoản vào ứng dụng xác thực"></div>
      <p>Khoá: <code id="totp-secret"></code></p>
      <label for="enrol-code">Mã 6 số ứng dụng đang hiển thị</label>
      <input id="enrol-code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="7">
      <button type="submit">Xác nhận và đăng nhập</button>
    </form>
  </section>

  <section id="codes-step" hidden aria-labelledby="codes-title">
    <h2 id="codes-title">Mã khôi phục của bạn</h2>
    <p>Lưu mười mã này ở nơi an toàn (in ra giấy). Khi mất điện thoại hay khoá truy cập, mỗi mã cho đăng nhập một lần. Chúng chỉ hiện lần này.</p>
    <ol id="codes" class="codes"></ol>
    <button id="codes-done" type="button">Tôi đã lưu, vào trang quản trị</button>
  </section>
</main>
</body>
</html>`;

let script: string | undefined;
let webauthn: string | undefined;

/** The page, its script, and SimpleWebAuthn's browser bundle, by path; null for any other path. */
export function signInAsset(strapi: Core.Strapi, route: string): { type: string; body: string } | null {
  if (route === SIGN_IN_PAGE) return { type: 'text/html; charset=utf-8', body: PAGE };
  if (route === SCRIPT) {
    script ??= fs.readFileSync(path.join(strapi.dirs.app.root, 'src', 'admin-accounts', 'sign-in-client.js'), 'utf8');
    return { type: 'text/javascript; charset=utf-8', body: script };
  }
  if (route === WEBAUTHN) {
    const entry = load.resolve('@simplewebauthn/browser'); // <package>/script/index.js
    webauthn ??= fs.readFileSync(path.join(path.dirname(entry), '..', 'dist', 'bundle', 'index.umd.min.js'), 'utf8');
    return { type: 'text/javascript; charset=utf-8', body: webauthn };
  }
  return null;
}
