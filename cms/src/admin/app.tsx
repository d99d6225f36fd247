import type { StrapiApp } from '@strapi/strapi/admin';
import { registerEditViewPanels } from './edit-view-panels';
import { registerListCells } from './list-cells';
import { ENUMERATION_LABELS } from './enumeration-labels';
import { registerHistory } from './history/register';
import { MESSAGES } from './messages';
import { previewTranslations } from './preview-translations';
import { registerReview } from './review/register';
import { registerQuestions } from './questions/register';
import { labelSiteSignInRoles } from './settings-labels';
import { VI } from './translations/vi';
import { registerHomeAgencyName } from './agencies/home-agency-name';
import { AGENCY_MESSAGES } from './agencies/messages';
import { bootstrapAgencies, registerAgencies } from './agencies/register';
import { registerAccounts } from './accounts/register';
// The agencies' records (issue 20): the register's import and export page.
import { REGISTER_MESSAGES } from './records/messages';
import { registerRegisterImport } from './records/register';

const HIDDEN_WIDGETS = new Set(['key-statistics', 'deploy-now']);

// The admin reads this key when it first renders; each editor can still switch language in their profile.
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    // An intranet admin asks no outside host: no release check on GitHub, no video tutorials.
    notifications: { releases: false },
    tutorials: false,
    translations: {
      vi: {
        ...VI,
        'Auth.form.welcome.subtitle': 'Đăng nhập trang quản trị nội dung',
        ...previewTranslations,
        ...MESSAGES.vi,
        ...AGENCY_MESSAGES.vi,
        ...ENUMERATION_LABELS.vi,
        ...REGISTER_MESSAGES.vi,
      },
      en: { ...MESSAGES.en, ...AGENCY_MESSAGES.en, ...ENUMERATION_LABELS.en, ...REGISTER_MESSAGES.en },
    },
  },
  register(app: StrapiApp) {
    // The sign-in page, shown before anyone is known, names the installation's home agency.
    registerHomeAgencyName(app);
    registerAgencies(app);
    registerHistory(app);
    registerReview(app);
    registerQuestions(app);
    registerAccounts(app);
    registerRegisterImport(app);
    // The home page's widgets that mean nothing to an editor: counts of admins, API tokens, webhooks, components,
    // locales (the project's structure, a Super Admin's concern, in Settings), and Strapi Cloud.
    app.widgets.register((widgets) => widgets.filter((widget) => !HIDDEN_WIDGETS.has(widget.id)));
    // Here, not in bootstrap: bootstrap's `app` has no router (the built admin failed to start with it there).
    labelSiteSignInRoles(app);
    // Editors of the agency work in Vietnamese: make it the default until someone chooses otherwise.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');
  },
  bootstrap(app: StrapiApp) {
    registerEditViewPanels(app);
    registerListCells(app);
    bootstrapAgencies(app);
  },
};
