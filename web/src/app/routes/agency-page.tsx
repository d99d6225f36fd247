import type { SiteLanguage } from '@thads/content';
import { AboutPage } from '../../features/agencies/components/about-page';
import { ContactPage } from '../../features/agencies/components/contact-page';
import { EnglishHomePage } from '../../features/agencies/components/english-home-page';
import { OrganisationPage } from '../../features/agencies/components/organisation-page';

export type AgencyPageName = 'home' | 'about' | 'organisation' | 'contact';

/**
 * An agency's introduction, organisation and contacts (`/gioi-thieu`, `/gioi-thieu/co-cau-to-chuc`, `/lien-he`) and its
 * English pages (`/en`, `/en/about`, `/en/contact`): one chunk for the six.
 */
export default function AgencyPageRoute({ page, language }: { page: AgencyPageName; language: SiteLanguage }) {
  switch (page) {
    case 'home':
      return <EnglishHomePage />;
    case 'about':
      return <AboutPage language={language} />;
    case 'organisation':
      return <OrganisationPage />;
    case 'contact':
      return <ContactPage language={language} />;
  }
}
