import { AboutPage } from '../../features/agencies/components/about-page';

/** `/en/about`: the agency's introduction in English. */
export default function EnglishAboutRoute() {
  return <AboutPage language="en" />;
}
