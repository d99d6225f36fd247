import { ContactPage } from '../../features/agencies/components/contact-page';

/** `/lien-he`: the agency's contacts and ward lookup in Vietnamese. */
export default function ContactRoute() {
  return <ContactPage language="vi" />;
}
