import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingState } from '../components/query-states';
import { paths } from '../config/paths';
import HomeRoute from './routes/home';
import NotFoundRoute from './routes/not-found';

// The home page ships in the first bundle; other pages load when visited.
const ArticleRoute = lazy(() => import('./routes/article'));

export function AppRouter() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Switch>
        <Route path={paths.home.pattern} component={HomeRoute} />
        <Route path={paths.article.pattern}>{(params) => <ArticleRoute slug={params.slug} />}</Route>
        <Route component={NotFoundRoute} />
      </Switch>
    </Suspense>
  );
}
