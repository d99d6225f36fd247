import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { LoadingState } from '../components/query-states';
import { paths } from '../config/paths';
import HomeRoute from './routes/home';
import NotFoundRoute from './routes/not-found';

// The home page ships in the first bundle; every other page loads when first visited.
const ArticleRoute = lazy(() => import('./routes/article'));
const CategoryRoute = lazy(() => import('./routes/category'));
const CampaignThemesRoute = lazy(() => import('./routes/campaign-themes'));
const CampaignThemeRoute = lazy(() => import('./routes/campaign-theme'));
const AuthorRoute = lazy(() => import('./routes/author'));
const DayRoute = lazy(() => import('./routes/day'));
const SignInRoute = lazy(() => import('./routes/sign-in'));
const SearchRoute = lazy(() => import('./routes/search'));
const SiteMapRoute = lazy(() => import('./routes/site-map'));
const PreviewRoute = lazy(() => import('./routes/preview'));

export function AppRouter() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Switch>
        <Route path={paths.home.pattern} component={HomeRoute} />
        <Route path={paths.article.pattern}>{(params) => <ArticleRoute key={params.slug} slug={params.slug} />}</Route>
        <Route path={paths.category.pattern}>{(params) => <CategoryRoute slug={params.slug} />}</Route>
        <Route path={paths.campaignThemes.pattern} component={CampaignThemesRoute} />
        <Route path={paths.campaignTheme.pattern}>{(params) => <CampaignThemeRoute slug={params.slug} />}</Route>
        <Route path={paths.author.pattern}>{(params) => <AuthorRoute slug={params.slug} />}</Route>
        <Route path={paths.day.pattern}>{(params) => <DayRoute day={params.day} />}</Route>
        <Route path={paths.signIn.pattern} component={SignInRoute} />
        <Route path={paths.search.pattern} component={SearchRoute} />
        <Route path={paths.siteMap.pattern} component={SiteMapRoute} />
        <Route path={paths.preview.pattern}>
          {(params) => <PreviewRoute type={params.type} documentId={params.documentId} />}
        </Route>
        <Route component={NotFoundRoute} />
      </Switch>
    </Suspense>
  );
}
