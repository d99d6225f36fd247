import type { StrapiApp } from '@strapi/strapi/admin';

function RegisterIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <path d="M4 3h16v18H4zm2 2v14h12V5zm2 2h8v1.5H8zm0 3.5h8V12H8zm0 3.5h5v1.5H8z" />
    </svg>
  );
}

/** The register's import and export page, for those who may add entries to it (the server checks every request). */
export function registerRegisterImport(app: StrapiApp): void {
  app.addMenuLink({
    to: 'nhap-danh-sach-chua-co-dieu-kien-thi-hanh',
    icon: RegisterIcon,
    intlLabel: { id: 'thads.register.menu', defaultMessage: 'Nhập danh sách chưa có điều kiện thi hành' },
    permissions: [{ action: 'plugin::content-manager.explorer.create', subject: 'api::debtor-entry.debtor-entry' }],
    Component: () => import('./import-page'),
  });
}
