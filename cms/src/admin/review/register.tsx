import type { StrapiApp } from '@strapi/strapi/admin';

function WaitingIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.1.8-1.2-4.5-2.7z" />
    </svg>
  );
}

/** "Bài chờ duyệt" in the main menu, for those who may publish (the server checks again on every request). */
export function registerReview(app: StrapiApp): void {
  app.addMenuLink({
    to: 'bai-cho-duyet',
    icon: WaitingIcon,
    intlLabel: { id: 'thads.review.menu', defaultMessage: 'Waiting for review' },
    permissions: [{ action: 'plugin::content-manager.explorer.publish', subject: 'api::article.article' }],
    Component: () => import('./waiting-page'),
  });
}
