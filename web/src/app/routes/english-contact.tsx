import { ContactPage } from '../../features/agencies/components/contact-page';

/** `/en/contact`: the agency's contacts and ward lookup in English. */
export default function EnglishContactRoute() {
  return <ContactPage language="en" />;
}
