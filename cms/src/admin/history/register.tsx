import type { StrapiApp } from '@strapi/strapi/admin';

function AuditIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <path d="M6 2h9l5 5v15H6zm8 1.5V8h4.5zM8 12h10v1.5H8zm0 3.5h10V17H8zm0 3.5h7v1.5H8z" />
    </svg>
  );
}

/** The audit trail page ("Nhật ký hoạt động") in the main menu. */
export function registerHistory(app: StrapiApp): void {
  app.addMenuLink({
    to: 'nhat-ky-hoat-dong',
    icon: AuditIcon,
    intlLabel: { id: 'thads.audit.menu', defaultMessage: 'Nhật ký hoạt động' },
    // Shown to holders of the audit permission (src/history/audit-permission.ts); the server checks every request.
    permissions: [{ action: 'api::audit-trail.read', subject: null }],
    Component: () => import('./audit-page'),
  });
}
