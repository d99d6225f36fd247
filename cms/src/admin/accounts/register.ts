import type { StrapiApp } from '@strapi/strapi/admin';

/** The project's sign-in page (served by the CMS: `src/admin-accounts/sign-in-page.ts`). */
const SIGN_IN_PAGE = '/admin/thads-auth/dang-nhap';
const STOCK_SIGN_IN = /^\/admin\/auth\/login\/?$/;

/**
 * Strapi's sign-in form asks a password only: whoever reaches it (a first visit, a session that ended, signing out,
 * a link) goes to the project's page, which asks the second factor too. The admin's router changes pages without
 * loading them, hence the watch on its history calls.
 */
function leaveStockSignInForm(): void {
  const leaveStockForm = () => {
    if (STOCK_SIGN_IN.test(window.location.pathname))
      window.location.replace(`${SIGN_IN_PAGE}${window.location.search}`);
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      leaveStockForm();
    };
  }
  window.addEventListener('popstate', leaveStockForm);
  leaveStockForm();
}

/** "Bảo mật tài khoản" in Settings (each account's second factors; Super Admins reset a colleague's), and sign-in. */
export function registerAccounts(app: StrapiApp): void {
  leaveStockSignInForm();
  app.addSettingsLink('global', {
    id: 'thads-security',
    to: 'bao-mat-tai-khoan',
    intlLabel: { id: 'thads.security.title', defaultMessage: 'Account security' },
    permissions: [],
    Component: () => import('./security-page'),
  } as never);
}
