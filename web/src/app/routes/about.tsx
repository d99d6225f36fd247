import { AboutPage } from '../../features/agencies/components/about-page';

/** `/gioi-thieu`: the agency's introduction in Vietnamese. */
export default function AboutRoute() {
  return <AboutPage language="vi" />;
}
