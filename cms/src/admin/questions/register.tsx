import type { StrapiApp } from '@strapi/strapi/admin';

function QuestionIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2v2zm2.1-7.8-.9.9c-.7.7-1.2 1.3-1.2 2.9h-2v-.5c0-1.1.5-2.1 1.2-2.8l1.2-1.3A2 2 0 1 0 10 9H8a4 4 0 1 1 7.1 2.2z" />
    </svg>
  );
}

/** "Câu hỏi của công dân" in the main menu, for those who may read questions (the server checks every request). */
export function registerQuestions(app: StrapiApp): void {
  app.addMenuLink({
    to: 'cau-hoi-cong-dan',
    icon: QuestionIcon,
    intlLabel: { id: 'thads.questions.menu', defaultMessage: "Citizens' questions" },
    permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::question.question' }],
    Component: () => import('./queue-page'),
  });
}
