import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes';

// Routes are listed by hand, so *.server.ts, *.test.ts and UI files never become routes.
export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  route('login/confirm', 'routes/login-confirm.tsx'),
  // Single sign-on with the organisation's own provider (issue 17).
  route('sso/:org', 'routes/sso-start.tsx'),
  route('sso/:org/callback', 'routes/sso-callback.tsx'),
  route('logout', 'routes/logout.tsx'),
  route('lang', 'routes/lang.tsx'),
  route('account', 'routes/account.tsx'),
  // The personal calendar feed (issue 17): the token is the key.
  route('calendar/:file', 'routes/calendar-feed.ts'),
  route('too-many-requests', 'routes/too-many-requests.tsx'),
  route('dev/outbox', 'routes/dev-outbox.tsx'),
  route('dev/demo-org', 'routes/dev-demo-org.ts'),
  route('orgs/new', 'routes/orgs-new.tsx'),
  route('invite/:token', 'routes/invite.tsx'),
  route('p/partner/:token', 'routes/partner-link.tsx'),
  route('p/signup/:code', 'routes/signup.tsx'),
  route('p/listener/:token', 'routes/listener-link.tsx'),
  route('p/questions/:code', 'routes/question-link.tsx'),
  route('p/board', 'routes/board-enter.tsx'),
  route('p/board/:code', 'routes/board-participant.tsx'),
  // Step 8, parents' feedback: the parent's own page and the public "you said, we did" page.
  route('p/parent/:token', 'routes/parent-link.tsx'),
  route('p/agenda/:token', 'routes/public-agenda.tsx'),
  // The JSON API (I1): its reference page, its OpenAPI document and the endpoints (bearer tokens only).
  route('api', 'routes/api-docs.tsx'),
  route('api/openapi.json', 'routes/api-openapi.ts'),
  route('api/v1/*', 'routes/api-v1.ts'),
  // Other voices (X1): the anonymous contribution form for parents who will not join the group.
  route('p/contribution/:token', 'routes/contribution-link.tsx'),
  ...prefix('o/:org', [
    // Full screen for the projector: outside the layouts, no navigation.
    route('t/:tid/board/projector', 'routes/board-projector.tsx'),
    layout('routes/org-layout.tsx', [
      index('routes/org-trajectories.tsx'),
      route('settings', 'routes/org-settings.tsx'),
      route('settings/logo', 'routes/org-logo.ts'),
      route('settings/sso', 'routes/org-sso.tsx'),
      // Personal data (issue 16): retention periods and consent texts; the privacy page.
      route('settings/personal-data', 'routes/org-personal-data.tsx'),
      route('privacy', 'routes/org-privacy.tsx'),
      route('holidays', 'routes/org-holidays.tsx'),
      route('api-tokens', 'routes/api-tokens.tsx'),
      // Who viewed or changed participants' personal data (issue 16, NEN 7513): admins only.
      route('toegangslog', 'routes/org-access-log.tsx'),
      // The coalition's overview of all actions (S8b).
      route('actions', 'routes/org-actions.tsx'),
      // CSV downloads (R1, issue 11): the actions overview here; listeners and participants below.
      route('actions.csv', 'routes/org-actions-csv.ts'),
      route('t/new', 'routes/trajectory-new.tsx'),
      // Learning across trajectories (S8c): library, dashboard, reflection session, next trajectory.
      route('insights', 'routes/insights-library.tsx'),
      route('insights/next', 'routes/insights-next.tsx'),
      route('dashboard', 'routes/insights-dashboard.tsx'),
      route('reflection/new', 'routes/reflection-new.tsx'),
      route('t/:tid', 'routes/trajectory-layout.tsx', [
        index('routes/trajectory-overview.tsx'),
        route('roles', 'routes/trajectory-roles.tsx'),
        // What is deleted when (issue 16).
        route('retention', 'routes/trajectory-retention.tsx'),
        route('goal', 'routes/step-goal.tsx'),
        route('partners', 'routes/step-partners.tsx'),
        route('workgroup', 'routes/step-workgroup.tsx'),
        route('theme', 'routes/step-theme.tsx'),
        route('prep', 'routes/step-prep.tsx'),
        route('dates', 'routes/step-dates.tsx'),
        route('dates/:kind/ics', 'routes/meeting-ics.ts'),
        route('program', 'routes/step-program.tsx'),
        route('program/pdf', 'routes/program-pdf.ts'),
        route('location', 'routes/step-location.tsx'),
        route('participants', 'routes/step-participants.tsx'),
        route('participants.csv', 'routes/participants-csv.ts'),
        route('participants/:pid', 'routes/participant-detail.tsx'),
        // A participant's rights (issue 16): everything about them as a file, and erasure.
        route('participants/:pid/export/:format', 'routes/participant-export.ts'),
        route('participants/:pid/erase', 'routes/participant-erase.tsx'),
        route('materials', 'routes/step-materials.tsx'),
        route('materials/flyer/:lang', 'routes/flyer-print.tsx'),
        route('materials/flyer/:lang/pdf', 'routes/flyer-pdf.ts'),
        route('materials/recruiters', 'routes/recruiter-sheet.tsx'),
        route('listeners', 'routes/step-listeners.tsx'),
        route('listeners.csv', 'routes/listeners-csv.ts'),
        route('questions', 'routes/step-questions.tsx'),
        route('questions/print', 'routes/questions-print.tsx'),
        route('reception', 'routes/step-reception.tsx'),
        route('console', 'routes/step-console.tsx'),
        route('minutes', 'routes/step-minutes.tsx'),
        route('minutes/notes', 'routes/minutes-notes.ts'),
        // Other voices (X1): the contribution link and individual conversations, feeding the minutes.
        route('voices', 'routes/step-voices.tsx'),
        route('board', 'routes/step-board.tsx'),
        // Step 8, the agenda for the parents (S8a): the workgroup's page and the A3 poster.
        route('agenda', 'routes/step-agenda.tsx'),
        route('agenda/poster', 'routes/agenda-poster.tsx'),
        // The change agenda followed up (actions, S8b).
        route('actions', 'routes/step-actions.tsx'),
        // Step 8, parents' feedback: the workgroup's page, the letters, entering on a parent's behalf.
        route('feedback', 'routes/step-feedback.tsx'),
        route('feedback/letters', 'routes/feedback-letters.tsx'),
        route('feedback/on-behalf', 'routes/feedback-on-behalf.tsx'),
        // Reports (R1): each report's page (the guard's places, the downloads) and its files, e.g. reports/minutes.pdf.
        route('reports/:file', 'routes/report-file.ts'),
        route('reports/minutes', 'routes/report-page.tsx', { id: 'report-minutes' }),
        route('reports/follow-up', 'routes/report-page.tsx', { id: 'report-follow-up' }),
        route('reports/agenda', 'routes/report-page.tsx', { id: 'report-agenda' }),
        route('reports/agenda-poster', 'routes/report-page.tsx', { id: 'report-agenda-poster' }),
        route('reports/trajectory', 'routes/report-page.tsx', { id: 'report-trajectory' }),
      ]),
    ]),
  ]),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
