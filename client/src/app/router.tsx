import { Role } from '@thidua/shared';
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Loading } from '../components/loading';
import { RequireAuth } from '../features/auth/components/require-auth';
import { loadAllTexts } from '../lib/i18n';
import { NotFoundPage } from './not-found-page';
import { RequireRole } from './require-role';
import { withErrorBoundaries } from './route-error-page';

/**
 * A route's page loaded on demand: the projector opening a game's screen downloads the screen's
 * chunk, not the admin pages. A page other than the
 * live game's (`texts: 'live'`) also waits for all the Vietnamese texts (lib/i18n.ts).
 */
function lazyPage(load: () => Promise<ComponentType>, texts: 'live' | 'all' = 'all') {
  const Page = lazy(async () => {
    const [page] = await Promise.all([load(), texts === 'all' ? loadAllTexts() : null]);
    return { default: page };
  });
  return (
    <Suspense
      fallback={
        <div className="page-center">
          <Loading />
        </div>
      }
    >
      <Page />
    </Suspense>
  );
}

/** The app's routes; each gets the route error page (see `withErrorBoundaries`). */
export const routes: RouteObject[] = withErrorBoundaries([
  {
    path: '/sign-in',
    element: lazyPage(() => import('../features/auth/components/sign-in-page').then((m) => m.SignInPage)),
  },
  // The player's pages (/play, /join, /play/:pin) are not here: they are their own app (play.html, src/player).
  {
    path: '/board/campaign/:id',
    element: lazyPage(() => import('../features/campaigns/components/board-page').then((m) => m.CampaignBoardPage)),
  },
  // Online contest: the resident's pages (phone first) and the participation race board.
  {
    path: '/contest/:id',
    element: lazyPage(() => import('../features/contests/contest-public-routes').then((m) => m.ContestPage)),
  },
  {
    path: '/c/:slug',
    element: lazyPage(() => import('../features/contests/contest-public-routes').then((m) => m.ContestSlugPage)),
  },
  {
    path: '/contest/:id/attempt',
    element: lazyPage(() => import('../features/contests/contest-public-routes').then((m) => m.AttemptPage)),
  },
  {
    path: '/contest/:id/result/:attemptId',
    element: lazyPage(() => import('../features/contests/contest-public-routes').then((m) => m.ResultPage)),
  },
  {
    path: '/board/contest/:id',
    element: lazyPage(() => import('../features/contests/contest-board-routes').then((m) => m.RacePage)),
  },
  // The public posting of a commendation round: residents read the list and comment.
  {
    path: '/posting/:roundId',
    element: lazyPage(() => import('../features/commendation/commendation-public-routes').then((m) => m.PostingPage)),
  },
  {
    path: '/screen/:pin',
    element: lazyPage(() => import('../features/live/components/screen/screen-page').then((m) => m.ScreenPage), 'live'),
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: lazyPage(() => import('./app-shell').then((m) => m.AppShell)),
        children: [
          {
            index: true,
            element: lazyPage(() => import('../features/home/components/home-page').then((m) => m.HomePage)),
          },
          {
            path: 'units',
            element: lazyPage(() => import('../features/units/components/units-page').then((m) => m.UnitsPage)),
          },
          {
            element: <RequireRole roles={[Role.ADMIN]} />,
            children: [
              {
                path: 'units/import',
                element: lazyPage(() =>
                  import('../features/units/components/units-import-page').then((m) => m.UnitsImportPage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.HOST, Role.ADMIN]} />,
            children: [
              {
                path: 'host',
                element: lazyPage(() =>
                  import('../features/live/components/host/host-games-page').then((m) => m.HostGamesPage),
                ),
              },
              {
                path: 'host/new',
                element: lazyPage(() =>
                  import('../features/live/components/host/new-game-page').then((m) => m.NewGamePage),
                ),
              },
              {
                path: 'host/:gameId',
                element: lazyPage(() =>
                  import('../features/live/components/host/host-console-page').then((m) => m.HostConsolePage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER, Role.HOST]} />,
            children: [
              {
                path: 'content',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuestionsPage)),
              },
              {
                path: 'content/questions/new',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuestionEditorPage)),
              },
              {
                path: 'content/questions/:id',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuestionEditorPage)),
              },
              {
                path: 'content/resolutions',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.ResolutionsPage)),
              },
              {
                path: 'content/import',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.ContentImportPage)),
              },
              {
                path: 'content/quizzes',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuizzesPage)),
              },
              {
                path: 'content/quizzes/new',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuizEditorPage)),
              },
              {
                path: 'content/quizzes/:id',
                element: lazyPage(() => import('../features/content/content-routes').then((m) => m.QuizEditorPage)),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER]} />,
            children: [
              {
                path: 'campaigns',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.CampaignsPage)),
              },
              {
                path: 'campaigns/:id',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.CampaignPage)),
              },
              {
                path: 'campaigns/:id/sheets/:sheetId',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.SheetPage)),
              },
              {
                path: 'campaigns/:id/rankings',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.RankingsPage)),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER]} />,
            children: [
              {
                path: 'campaigns/:id/review',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.ReviewQueuePage)),
              },
              {
                path: 'campaigns/:id/audit',
                element: lazyPage(() => import('../features/campaigns/campaign-routes').then((m) => m.AuditPage)),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER, Role.UNIT_OFFICER]} />,
            children: [
              {
                path: 'activities',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.ActivityLogPage),
                ),
              },
              {
                path: 'activities/new',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.ActivityEditorPage),
                ),
              },
              {
                path: 'activities/plans',
                element: lazyPage(() => import('../features/activities/activities-routes').then((m) => m.PlansPage)),
              },
              {
                path: 'activities/reports',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.WardReportsPage),
                ),
              },
              {
                path: 'activities/reports/:id',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.WardReportPage),
                ),
              },
              {
                path: 'activities/:id',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.ActivityEditorPage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER]} />,
            children: [
              {
                path: 'activities/dashboard',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.DashboardPage),
                ),
              },
              {
                path: 'activities/periodic',
                element: lazyPage(() =>
                  import('../features/activities/activities-routes').then((m) => m.PeriodicReportsPage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER]} />,
            children: [
              {
                path: 'commendation',
                element: lazyPage(() =>
                  import('../features/commendation/commendation-routes').then((m) => m.RoundsPage),
                ),
              },
              {
                path: 'commendation/forms',
                element: lazyPage(() =>
                  import('../features/commendation/commendation-routes').then((m) => m.FormsPage),
                ),
              },
              {
                path: 'commendation/settings',
                element: lazyPage(() =>
                  import('../features/commendation/commendation-routes').then((m) => m.DocumentSettingsPage),
                ),
              },
              {
                path: 'commendation/rounds/:id',
                element: lazyPage(() =>
                  import('../features/commendation/commendation-routes').then((m) => m.RoundPage),
                ),
              },
              {
                path: 'commendation/rounds/:id/certificates',
                element: lazyPage(() =>
                  import('../features/commendation/commendation-routes').then((m) => m.CertificatesPage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN, Role.REVIEWER]} />,
            children: [
              {
                path: 'contests',
                element: lazyPage(() =>
                  import('../features/contests/contest-admin-routes').then((m) => m.ContestsPage),
                ),
              },
              {
                path: 'contests/:id',
                element: lazyPage(() =>
                  import('../features/contests/contest-admin-routes').then((m) => m.ContestAdminPage),
                ),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN]} />,
            children: [
              {
                path: 'contests/new',
                element: lazyPage(() =>
                  import('../features/contests/contest-admin-routes').then((m) => m.NewContestPage),
                ),
              },
            ],
          },
          // People (issue 11): rosters for the unit's officer and admins; personal data settings for admins.
          {
            element: <RequireRole roles={[Role.ADMIN, Role.UNIT_OFFICER]} />,
            children: [
              {
                path: 'admin/people',
                element: lazyPage(() => import('../features/people/people-routes').then((m) => m.PeopleIndexPage)),
              },
              {
                path: 'admin/units/:unitId/people',
                element: lazyPage(() => import('../features/people/people-routes').then((m) => m.RosterPage)),
              },
              {
                path: 'admin/units/:unitId/people/codes',
                element: lazyPage(() => import('../features/people/people-routes').then((m) => m.CodeSheetsPage)),
              },
              {
                path: 'admin/people/:personId',
                element: lazyPage(() => import('../features/people/people-routes').then((m) => m.PersonPage)),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN]} />,
            children: [
              {
                path: 'admin/privacy',
                element: lazyPage(() => import('../features/people/people-routes').then((m) => m.PrivacyPage)),
              },
            ],
          },
          {
            element: <RequireRole roles={[Role.ADMIN]} />,
            children: [
              {
                path: 'users',
                element: lazyPage(() => import('../features/users/components/users-page').then((m) => m.UsersPage)),
              },
              {
                path: 'users/sign-ins',
                element: lazyPage(() =>
                  import('../features/auth/components/sign-in-events-page').then((m) => m.SignInEventsPage),
                ),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export const router = createBrowserRouter(routes);
