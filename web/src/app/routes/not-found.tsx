import { NotFoundState } from '../../components/not-found-state';

export default function NotFoundRoute() {
  return <NotFoundState />;
}
