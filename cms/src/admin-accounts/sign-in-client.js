// The admin sign-in page's script (served by the CMS at /admin/thads-auth/sign-in.js, no build step): password, then
// the second factor or its enrolment, then Strapi's admin with the access token the CMS issued.
/* global document, location, SimpleWebAuthnBrowser */
(() => {
  const $ = (id) => document.getElementById(id);
  const error = $('error');
  const notice = $('notice');
  let ticket = null;
  let token = null;

  const show = (step) => {
    for (const id of ['password-step', 'factor-step', 'enrol-step', 'codes-step']) $(id).hidden = id !== step;
    const first = $(step).querySelector('input:not([type=hidden]), button');
    if (first) first.focus();
  };

  async function post(path, body) {
    const response = await fetch(`/thads-auth/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ ticket, ...body }),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer?.error?.message || `Lỗi ${response.status}`);
    return answer.data;
  }

  /** Strapi's admin keeps its access token in the `jwtToken` cookie (a session that ends with the browser). */
  function enterAdmin() {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `jwtToken=${encodeURIComponent(token)}; Path=/admin; SameSite=Strict${secure}`;
    localStorage.removeItem('jwtToken');
    localStorage.setItem('isLoggedIn', 'true');
    const target = new URLSearchParams(location.search).get('redirectTo');
    location.assign(target && target.startsWith('/') && !target.startsWith('//') ? `/admin${target}` : '/admin');
  }

  function signedIn(data) {
    token = data.token;
    if (data.notice) {
      notice.textContent = data.notice;
      notice.hidden = false;
    }
    if (data.recoveryCodes) {
      $('codes').replaceChildren(
        ...data.recoveryCodes.map((code) => Object.assign(document.createElement('li'), { textContent: code })),
      );
      show('codes-step');
    } else if (!data.notice) enterAdmin();
    else {
      const go = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Vào trang quản trị' });
      go.addEventListener('click', enterAdmin);
      notice.after(go);
      go.focus();
    }
  }

  const guarded = (work) => async (event) => {
    if (event) event.preventDefault();
    error.textContent = '';
    try {
      await work();
    } catch (failure) {
      error.textContent = failure instanceof Error ? failure.message : String(failure);
    }
  };

  $('password-step').addEventListener(
    'submit',
    guarded(async () => {
      const data = await post('sign-in', { email: $('email').value, password: $('password').value });
      if (data.token) return signedIn(data);
      ticket = data.ticket;
      if (data.step === 'enrol') return show('enrol-step');
      $('totp-form').hidden = !data.methods.totp;
      $('passkey-button').hidden = !data.methods.passkey;
      show('factor-step');
    }),
  );
  $('totp-form').addEventListener(
    'submit',
    guarded(async () => signedIn(await post('totp', { code: $('totp-code').value }))),
  );
  $('recovery-form').addEventListener(
    'submit',
    guarded(async () => signedIn(await post('recovery-code', { code: $('recovery-code').value }))),
  );
  $('passkey-button').addEventListener(
    'click',
    guarded(async () => {
      const options = await post('passkey/options', {});
      const response = await SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: options });
      signedIn(await post('passkey', { response }));
    }),
  );
  $('enrol-totp').addEventListener(
    'click',
    guarded(async () => {
      const data = await post('enrol/totp', {});
      $('qr').innerHTML = data.qrSvg;
      $('totp-secret').textContent = data.secret;
      $('enrol-totp-form').hidden = false;
      $('enrol-code').focus();
    }),
  );
  $('enrol-totp-form').addEventListener(
    'submit',
    guarded(async () => signedIn(await post('enrol/totp/confirm', { code: $('enrol-code').value }))),
  );
  $('enrol-passkey').addEventListener(
    'click',
    guarded(async () => {
      const options = await post('enrol/passkey/options', {});
      const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options });
      signedIn(await post('enrol/passkey', { response, name: navigator.platform || 'Khoá truy cập' }));
    }),
  );
  $('codes-done').addEventListener('click', enterAdmin);

  // The home agency's portal, named as the admin's own sign-in names it (its public settings).
  fetch('/api/site-setting', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((settings) => {
      const name = settings && settings.data && settings.data.siteName;
      if (name) document.querySelector('[data-agency]').textContent = `Cổng thông tin ${name}`;
    })
    .catch(() => {});
})();
