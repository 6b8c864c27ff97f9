import { type RouteConfig, index, layout, prefix, route } from '@react-router/dev/routes';

// Routes are listed by hand, so *.server.ts, *.test.ts and UI files never become routes.
export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  route('login/confirm', 'routes/login-confirm.tsx'),
  route('logout', 'routes/logout.tsx'),
  route('lang', 'routes/lang.tsx'),
  route('account', 'routes/account.tsx'),
  route('dev/outbox', 'routes/dev-outbox.tsx'),
  route('orgs/new', 'routes/orgs-new.tsx'),
  route('invite/:token', 'routes/invite.tsx'),
  route('p/partner/:token', 'routes/partner-link.tsx'),
  ...prefix('o/:org', [
    layout('routes/org-layout.tsx', [
      index('routes/org-trajectories.tsx'),
      route('settings', 'routes/org-settings.tsx'),
      route('t/new', 'routes/trajectory-new.tsx'),
      route('t/:tid', 'routes/trajectory-layout.tsx', [
        index('routes/trajectory-overview.tsx'),
        route('roles', 'routes/trajectory-roles.tsx'),
        route('goal', 'routes/step-goal.tsx'),
        route('partners', 'routes/step-partners.tsx'),
        route('workgroup', 'routes/step-workgroup.tsx'),
        route('theme', 'routes/step-theme.tsx'),
      ]),
    ]),
  ]),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
