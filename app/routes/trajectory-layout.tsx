import { NavLink, Outlet, useLoaderData, useLocation } from 'react-router';
import { useFocusView } from '#app/components/focus-view';
import { Link, Paragraph } from '#app/components/ui';
import { getTrajectoryHeader } from '#app/features/trajectory/server/get-trajectory-header.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { teamKindLabel, variantLabel } from '#app/features/trajectory/ui/labels';
import { type MessageKey, useT } from '#app/i18n/i18n';
import type { Route } from './+types/trajectory-layout';

// Child routes read this with useTrajectoryLayout() (or useRouteLoaderData('routes/trajectory-layout')),
// but their own loaders and actions still call requireTrajectory themselves.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  return { org, trajectory, roles: scope.roles, ...(await getTrajectoryHeader(scope)) };
}

const steps: { to: string; label: MessageKey }[] = [
  { to: '', label: 'trajectory.navOverview' },
  { to: 'goal', label: 'trajectory.navGoal' },
  { to: 'partners', label: 'trajectory.navPartners' },
  { to: 'workgroup', label: 'trajectory.navWorkgroup' },
  { to: 'theme', label: 'trajectory.navTheme' },
  { to: 'prep', label: 'trajectory.navPrep' },
  { to: 'reception', label: 'trajectory.navMeeting' },
  { to: 'board', label: 'trajectory.navBoard' },
  { to: 'agenda', label: 'agenda.nav' },
  { to: 'feedback', label: 'parentPage.navFeedback' },
  { to: 'actions', label: 'actions.nav' },
  { to: 'roles', label: 'trajectory.navRoles' },
  { to: 'retention', label: 'personalData.navRetention' },
];

// Step 5 has several parts; a second row of links appears while working in it.
const prepParts: { to: string; label: MessageKey }[] = [
  { to: 'dates', label: 'trajectory.navDates' },
  { to: 'program', label: 'trajectory.navProgram' },
  { to: 'location', label: 'trajectory.navLocation' },
  { to: 'participants', label: 'trajectory.navParticipants' },
  { to: 'materials', label: 'trajectory.navMaterials' },
  { to: 'listeners', label: 'trajectory.navListeners' },
  { to: 'questions', label: 'trajectory.navQuestions' },
];

// Step 6, the mirror meeting itself: the welcome desk, the leader's console and the minutes.
const meetingParts: { to: string; label: MessageKey }[] = [
  { to: 'reception', label: 'trajectory.navReception' },
  { to: 'console', label: 'trajectory.navConsole' },
  { to: 'minutes', label: 'trajectory.navMinutes' },
  { to: 'voices', label: 'trajectory.navVoices' },
];

function StepLinks({ base, items, label, end }: { base: string; items: { to: string; label: MessageKey }[]; label: string; end?: boolean }) {
  const t = useT();
  return (
    <nav aria-label={label} className="spiegel-stepnav">
      <ul className="spiegel-inline" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.5rem 1.25rem' }}>
        {items.map((step) => (
          <li key={step.to}>
            <NavLink
              className="utrecht-link utrecht-link--html-a"
              to={step.to ? `${base}/${step.to}` : base}
              end={end || !step.to}
              style={({ isActive }) => (isActive ? { fontWeight: 700 } : undefined)}
            >
              {t(step.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function TrajectoryLayout() {
  const { org, trajectory, team, previous } = useLoaderData<typeof loader>();
  const t = useT();
  const base = `/o/${org.slug}/t/${trajectory.id}`;
  const { pathname } = useLocation();
  const section = pathname.slice(base.length + 1).split('/')[0] ?? '';
  const inPrep = ['prep', ...prepParts.map((p) => p.to)].includes(section);
  const inMeeting = meetingParts.some((p) => p.to === section);
  // The focus view (a page's `?focus=1`) leaves the header and the step links out; the page links back.
  const focus = useFocusView();
  if (focus) return <Outlet />;
  return (
    <div className="spiegel-stack">
      {/* Not a heading: every child page has its own single <h1>. */}
      <div className="spiegel-card" data-testid="trajectory-header">
        <Paragraph lead>
          <strong>{trajectory.title}</strong>
        </Paragraph>
        <Paragraph>
          {t('trajectory.variantValue', { variant: t(variantLabel[trajectory.variant]) })}
          <br />
          {t('trajectory.teamValue', {
            team: team ? t('trajectory.teamOption', { name: team.name, kind: t(teamKindLabel[team.kind]) }) : t('trajectory.noTeam'),
          })}
          {previous ? (
            <>
              <br />
              {t('trajectory.previousValue')} <Link to={`/o/${org.slug}/t/${previous.id}`}>{previous.title}</Link>
            </>
          ) : null}
        </Paragraph>
      </div>
      <StepLinks base={base} items={steps} label={t('trajectory.stepNav')} />
      {inPrep ? <StepLinks base={base} items={prepParts} label={t('trajectory.prepNav')} /> : null}
      {inMeeting ? <StepLinks base={base} items={meetingParts} label={t('trajectory.meetingNav')} /> : null}
      <Outlet />
    </div>
  );
}
