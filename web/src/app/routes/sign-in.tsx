import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { paths, returnPathFromSearch } from '../../config/paths';
import { clearSession, saveSession, useSession } from '../../lib/session';
import { signIn, SignInError } from '../../features/auth/api/sign-in';
import { useAgency } from '../../lib/agency';
import { usePageHead } from '../../lib/use-document-meta';
import { scriptOnly, useHydrated } from '../../lib/use-hydrated';

export default function SignInRoute() {
  usePageHead({ kind: 'signIn' });
  const session = useSession();
  const [, navigate] = useLocation();
  const search = useSearch();
  const expired = new URLSearchParams(search).get('het-han') === '1';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const { agency } = useAgency();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // What the fields hold, typed before or after the app took over the page.
    const fields = new FormData(event.currentTarget);
    const identifier = String(fields.get('identifier') ?? '');
    const password = String(fields.get('password') ?? '');
    if (!identifier.trim() || !password) {
      setError('Vui lòng nhập tên đăng nhập (hoặc email) và mật khẩu.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      saveSession(await signIn(identifier, password));
      // The page to return to is a whole site path (any agency's); without one, the agency's home page.
      const returnTo = new URLSearchParams(search).has('tiep-theo')
        ? `~${returnPathFromSearch(search)}`
        : paths.home.build();
      navigate(returnTo, { replace: true });
    } catch (caught) {
      setError(caught instanceof SignInError ? caught.message : 'Chưa đăng nhập được. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  if (session) {
    return (
      <section className="sign-in">
        <h1 className="page-title">Đăng nhập</h1>
        <p>
          Bạn đang đăng nhập với tên <strong>{session.user.username}</strong>.
        </p>
        <p>
          <button type="button" className="button" onClick={clearSession}>
            Đăng xuất
          </button>{' '}
          <Link href={paths.home.build()}>Về trang chủ</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="sign-in">
      <h1 className="page-title">Đăng nhập</h1>
      {expired ? (
        <p className="form-notice" role="status">
          Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại để tiếp tục xem trang trước đó.
        </p>
      ) : null}
      <p>Dành cho cán bộ, công chức của {agency.name}. Tài khoản do quản trị viên cấp.</p>
      {/* POST, and no sending before the page's script runs: a password never goes into a URL. */}
      <form onSubmit={submit} method="post" noValidate className="form">
        <div className="form__field">
          <label htmlFor="identifier">Tên đăng nhập hoặc email</label>
          <input id="identifier" name="identifier" autoComplete="username" required />
        </div>
        <div className="form__field">
          <label htmlFor="password">Mật khẩu</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <noscript>
          <p className="form-notice">
            Đăng nhập cần JavaScript: hãy bật JavaScript trong trình duyệt rồi tải lại trang.
          </p>
        </noscript>
        <button type="submit" className="button" {...scriptOnly} disabled={busy || !hydrated}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </section>
  );
}
