import { OrganisationPage } from '../../features/agencies/components/organisation-page';

/** `/gioi-thieu/co-cau-to-chuc`: the agency's organisation as a nested list. */
export default function OrganisationRoute() {
  return <OrganisationPage />;
}
