import { EnglishHomePage } from '../../features/agencies/components/english-home-page';

/** `/en`: the agency's English home. */
export default function EnglishHomeRoute() {
  return <EnglishHomePage />;
}
