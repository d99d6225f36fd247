import { useQueryClient } from '@tanstack/react-query';
import { siteAgencyOf } from '@thads/content';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation, useRouter, useSearch } from 'wouter';
import { LoadingState } from '../components/query-states';
import { paths } from '../config/paths';
import { agencyScope, useAgency } from '../lib/agency';
import { AGENCY_PAGES, preloadRoute, routeModules } from './route-table';
import NotFoundRoute from './routes/not-found';

// Every page loads when first visited (or a link to it is pointed at); the server render has it loaded beforehand.
const ArticleRoute = lazy(routeModules.article);
const CategoryRoute = lazy(routeModules.category);
const CampaignThemesRoute = lazy(routeModules['campaign-themes']);
const CampaignThemeRoute = lazy(routeModules['campaign-theme']);
const AuthorRoute = lazy(routeModules.author);
const DayRoute = lazy(routeModules.day);
const SignInRoute = lazy(routeModules['sign-in']);
const SearchRoute = lazy(routeModules.search);
const HomeRoute = lazy(routeModules.home);
const SiteMapRoute = lazy(routeModules['site-map']);
const PreviewRoute = lazy(routeModules.preview);
const AgenciesRoute = lazy(routeModules.agencies);
const QuestionsRoute = lazy(routeModules.questions);
const QuestionRoute = lazy(routeModules.question);
const AskQuestionRoute = lazy(routeModules['ask-question']);
const TrackQuestionRoute = lazy(routeModules['track-question']);
const LegalDocumentsRoute = lazy(routeModules['legal-documents']);
const LegalDocumentRoute = lazy(routeModules['legal-document']);
const NoticesRoute = lazy(routeModules.notices);
const NoticeRoute = lazy(routeModules.notice);
const RegisterRoute = lazy(routeModules.register);
const RegisterEntryRoute = lazy(routeModules['register-entry']);
const AgencyPageRoute = lazy(routeModules['agency-page']);

/**
 * A page's data starts when its URL matches, beside its chunk (not once the chunk has rendered), and a link of the
 * site preloads both when pointed at or focused (for the agency whose page the link's path is).
 */
function useRoutePreload() {
  const client = useQueryClient();
  const { parser } = useRouter();
  const [location] = useLocation();
  const search = useSearch();
  const { scope, directory } = useAgency();
  useEffect(() => {
    void preloadRoute(client, scope, location, search, parser);
  }, [client, scope, parser, location, search]);
  useEffect(() => {
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      const page = siteAgencyOf(directory, link.pathname);
      if (page.kind !== 'page') return;
      void preloadRoute(client, agencyScope(directory, page.code), page.path, link.search.replace(/^\?/, ''), parser);
    };
    // Capture phase: React stops these events at its root when they are aimed at what it has not hydrated (ServerHtml).
    document.addEventListener('pointerover', onIntent, { capture: true, passive: true });
    document.addEventListener('focusin', onIntent, { capture: true });
    return () => {
      document.removeEventListener('pointerover', onIntent, { capture: true });
      document.removeEventListener('focusin', onIntent, { capture: true });
    };
  }, [client, parser, directory]);
}

/** Tells once that the page's route is on screen and in the app's hands (its chunk loaded, hydrated or rendered). */
function Shown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

export function AppRouter({ onShown }: { onShown?: () => void }) {
  useRoutePreload();
  return (
    <Suspense fallback={<LoadingState />}>
      {onShown ? <Shown onShown={onShown} /> : null}
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
        <Route path={paths.agencies.pattern} component={AgenciesRoute} />
        <Route path={paths.questions.pattern} component={QuestionsRoute} />
        <Route path={paths.askQuestion.pattern} component={AskQuestionRoute} />
        <Route path={paths.trackQuestion.pattern} component={TrackQuestionRoute} />
        <Route path={paths.question.pattern}>
          {(params) => <QuestionRoute key={params.slug} slug={params.slug} />}
        </Route>
        <Route path={paths.legalDocuments.pattern} component={LegalDocumentsRoute} />
        <Route path={paths.legalDocument.pattern}>
          {(params) => <LegalDocumentRoute key={params.slug} slug={params.slug} />}
        </Route>
        <Route path={paths.notices.pattern} component={NoticesRoute} />
        <Route path={paths.notice.pattern}>{(params) => <NoticeRoute key={params.slug} slug={params.slug} />}</Route>
        <Route path={paths.register.pattern} component={RegisterRoute} />
        <Route path={paths.registerEntry.pattern}>
          {(params) => <RegisterEntryRoute key={params.documentId} documentId={params.documentId} />}
        </Route>
        {AGENCY_PAGES.map(({ pattern, page, language }) => (
          <Route key={pattern} path={pattern}>
            <AgencyPageRoute page={page} language={language} />
          </Route>
        ))}
        <Route path={paths.preview.pattern}>
          {(params) => <PreviewRoute type={params.type} documentId={params.documentId} />}
        </Route>
        <Route component={NotFoundRoute} />
      </Switch>
    </Suspense>
  );
}
