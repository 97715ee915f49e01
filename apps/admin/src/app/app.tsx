import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Center, Loader } from '@mantine/core';
import { Provider as UrqlProvider } from 'urql';
import { useTranslation } from 'react-i18next';
import { CurrentWeekRedirect } from '../features/overview/current-week-redirect';
import { can } from '@empact/domain';
import { restoreSession } from '../auth/session';
import { toActor, useSession, useSessionGeneration } from '../auth/use-session';
import { createGraphqlClient } from '../graphql/client';
import { LoginPage } from '../features/auth/login-page';
import { AppLayout } from '../features/shell/app-layout';
import { SessionEndedWatcher } from '../features/shell/session-ended-watcher';
import { TwoFactorGate } from '../features/two-factor/two-factor-gate';

// The home page: loaded when someone opens it, not with the login page nor with a page opened by its address.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
// Only administrators need it: kept out of the first download.
const AccountsPage = lazy(() => import('../features/accounts/accounts-page'));
// The board carries the planning dialogs and the grid: loaded when someone opens it.
const WeekBoardPage = lazy(() => import('../features/schedule/week-board-page'));
// The live session page, the referral queue and the feed: each loaded when someone opens it.
const MySessionsPage = lazy(() => import('../features/logging/my-sessions-page'));
const SessionLogPage = lazy(() => import('../features/logging/session-log-page'));
const ReferralQueuePage = lazy(() => import('../features/referrals/referral-queue-page'));
const FeedPage = lazy(() => import('../features/feed/feed-page'));
// The guidance library, its translation editor and the debriefs: loaded when someone opens them.
const GuidancePage = lazy(() => import('../features/guidance/guidance-page'));
const DebriefPage = lazy(() => import('../features/debriefs/debrief-page'));
const DebriefReviewPage = lazy(() => import('../features/debriefs/debrief-review-page'));
// The week report (and its words): loaded when someone opens it.
const WeekReportPage = lazy(() => import('../features/week-report/week-report-page'));
// The outcomes dashboard carries the chart library: loaded when a coordinator or a liaison opens it.
const OutcomesPage = lazy(() => import('../features/outcomes/outcomes-page'));
// The weeks and a week's set-up (going live, closing, retention): coordinators and administrators, now and then.
const WeeksPage = lazy(() => import('../features/weeks/weeks-page'));
const WeekSetupPage = lazy(() => import('../features/weeks/week-setup-page'));
// The blue police profiles and the platforms: team leaders, coordinators and administrators, now and then.
const ProfilesPage = lazy(() => import('../features/profiles/profiles-page'));
// The audit log and the weeks' retention: administrators and the data-protection officer.
const AuditLogPage = lazy(() => import('../features/audit/audit-log-page'));
// One's own two-step sign-in: opened now and then.
const TwoFactorPage = lazy(() => import('../features/two-factor/two-factor-page'));

function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="50vh">
      <Loader aria-label={t('state.loading')} />
    </Center>
  );
}

export function App() {
  const state = useSession();
  const generation = useSessionGeneration();
  // A fresh client (and cache) per session, so nothing one person loaded is shown to the next.
  const { client, dispose } = useMemo(() => {
    void generation;
    return createGraphqlClient();
  }, [generation]);
  useEffect(() => dispose, [dispose]);

  useEffect(() => {
    void restoreSession();
  }, []);

  let content;
  switch (state.status) {
    case 'restoring':
      content = <PageLoader />;
      break;
    case 'signedOut':
      content = <LoginPage sessionEnded={state.ended} />;
      break;
    case 'signedIn': {
      const actor = toActor(state.account);
      const mayManageAccounts = can(actor, 'account.manage');
      const mayReadSchedule = can(actor, 'session.read');
      const mayReadLogs = can(actor, 'interaction.read');
      const mayReadReferrals = can(actor, 'referral.read');
      const mayReadGuidance = can(actor, 'guidance.read');
      const mayWriteDebriefs = actor.roles.includes('TEAM_LEADER') && !!actor.country;
      const mayReviewDebriefs = can(actor, 'debrief.review');
      const mayReadReport = can(actor, 'debrief.read');
      const mayReadOutcomes = can(actor, 'outcomes.read');
      const mayReadAuditLog = can(actor, 'audit.read');
      // The data-protection officer reaches no week: the audit log is their home page.
      const auditLogIsHome = mayReadAuditLog && !mayReadSchedule && !mayReadOutcomes;
      // Those who manage profiles at all: a team leader their own country's, coordinators and administrators all.
      const mayManageProfiles = can(actor, 'profile.manage', { country: actor.country });
      const mayManageWeeks = can(actor, 'week.manage');
      content = (
        <AppLayout>
          <SessionEndedWatcher />
          <Suspense fallback={<PageLoader />}>
            <Routes>
              <Route index element={auditLogIsHome ? <Navigate to="/audit" replace /> : <OverviewPage />} />
              {mayReadAuditLog && <Route path="audit" element={<AuditLogPage />} />}
              {mayManageAccounts && <Route path="accounts" element={<AccountsPage />} />}
              {mayReadSchedule && <Route path="board" element={<CurrentWeekRedirect page="board" />} />}
              {mayReadSchedule && <Route path="weeks/:weekId/board" element={<WeekBoardPage />} />}
              {mayReadLogs && <Route path="sessions" element={<MySessionsPage />} />}
              {mayReadLogs && <Route path="sessions/:sessionId" element={<SessionLogPage />} />}
              {mayReadLogs && <Route path="feed" element={<CurrentWeekRedirect page="feed" />} />}
              {mayReadLogs && <Route path="weeks/:weekId/feed" element={<FeedPage />} />}
              {mayReadReferrals && (
                <Route path="referrals" element={<CurrentWeekRedirect page="referrals" />} />
              )}
              {mayReadReferrals && <Route path="weeks/:weekId/referrals" element={<ReferralQueuePage />} />}
              {mayReadGuidance && <Route path="guidance" element={<CurrentWeekRedirect page="guidance" />} />}
              {mayReadGuidance && <Route path="weeks/:weekId/guidance" element={<GuidancePage />} />}
              {mayWriteDebriefs && <Route path="sessions/:sessionId/debrief" element={<DebriefPage />} />}
              {mayReviewDebriefs && (
                <Route path="debriefs" element={<CurrentWeekRedirect page="debriefs" />} />
              )}
              {mayReviewDebriefs && <Route path="weeks/:weekId/debriefs" element={<DebriefReviewPage />} />}
              {mayReadReport && <Route path="report" element={<CurrentWeekRedirect page="report" />} />}
              {mayReadReport && <Route path="weeks/:weekId/report" element={<WeekReportPage />} />}
              {mayReadOutcomes && <Route path="outcomes" element={<CurrentWeekRedirect page="outcomes" />} />}
              {mayReadOutcomes && <Route path="weeks/:weekId/outcomes" element={<OutcomesPage />} />}
              {mayManageWeeks && <Route path="weeks" element={<WeeksPage />} />}
              {mayManageWeeks && <Route path="weeks/:weekId/setup" element={<WeekSetupPage />} />}
              {mayManageProfiles && <Route path="profiles" element={<ProfilesPage />} />}
              <Route path="security" element={<TwoFactorPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </AppLayout>
      );
      break;
    }
  }

  return (
    <UrqlProvider value={client}>
      {state.status === 'signedIn' ? <TwoFactorGate>{content}</TwoFactorGate> : content}
    </UrqlProvider>
  );
}
