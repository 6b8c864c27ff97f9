// The conversation leader's console (S6b): one big button per step of the mirror conversation.
import { redirect, useActionData, useLoaderData, useLocation } from 'react-router';
import { FOCUS_PARAM, isFocusRequested } from '#app/components/focus-view';
import { Alert, FormErrorSummary, Link, Paragraph, StatusBadge, Page } from '#app/components/ui';
import { CONFIRM_PARAM, consoleUrl, needsResetConfirmation, toConsoleAction, ZConsoleForm } from '#app/features/console/forms';
import { applyConsoleAction } from '#app/features/console/server/apply-console-action.server';
import { getConsole } from '#app/features/console/server/get-console.server';
import consoleCss from '#app/features/console/ui/console.css?url';
import {
  BeforeStart,
  Circle,
  CurrentTurn,
  EndConversation,
  Ended,
  FirstReactions,
  Queue,
  RefusingList,
  ResetConfirmation,
  ResetConsole,
  Timer,
} from '#app/features/console/ui/console-panels';
import { useConsoleShortcuts } from '#app/features/console/ui/console-shortcuts';
import { useElapsedMinutes } from '#app/features/console/ui/elapsed';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-console';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: consoleCss }];

// `?focus=1`: the layouts leave their navigation out, so the turn buttons are in view (focus-view.ts).
export const handle = { focusView: true };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  return { ...(await getConsole(scope)), trajectoryId: scope.trajectoryId, serverNow: new Date().toISOString() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  const url = new URL(request.url);
  const form = await request.formData();
  // The first press on "Opnieuw beginnen" changes nothing: it leads to the confirmation step.
  if (needsResetConfirmation(form)) throw redirect(consoleUrl(url, true));
  return handleForm(form, ZConsoleForm, async (input) => {
    await applyConsoleAction({ ...scope, action: toConsoleAction(input), expectedVersion: input.expectedVersion });
    // Post/redirect/get: a reload never presses the button again. Back to the same view.
    throw redirect(consoleUrl(url));
  });
}

// After a refused press the screen must show the fresh state, so the loader always runs again.
export const shouldRevalidate = () => true;

export default function Console() {
  const { state, version, circle, blocks, trajectoryId, serverNow } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  useLive([channelFor(trajectoryId, 'console')]);
  const minutes = useElapsedMinutes(state, serverNow);
  const names = new Map(
    circle.map((c) => [
      c.participantId,
      c.firstName ? t('console.person', { firstName: c.firstName, pseudonym: c.pseudonym }) : t('console.noFirstName', { pseudonym: c.pseudonym }),
    ]),
  );
  const refusing = new Set(circle.filter((c) => c.refusesMinutes).map((c) => c.participantId));
  // A press on an outdated screen: the fresh state is already shown, say why nothing happened.
  const conflict = result?.ok === false && result.errors._form === 'console.conflict';
  const formState = result?.ok === false && !conflict ? result : undefined;
  const { phase } = state;
  const { pathname, search } = useLocation();
  const query = new URLSearchParams(search);
  const focus = isFocusRequested(query);
  const here = consoleUrl(new URL(pathname + search, 'http://x'));
  const confirmReset = query.get(CONFIRM_PARAM) === 'reset' && phase !== 'notStarted';
  const shortcuts = useConsoleShortcuts(phase === 'conversation' && !confirmReset);
  const turn = phase === 'conversation' ? <CurrentTurn state={state} version={version} names={names} refusing={refusing} shortcuts={shortcuts} /> : null;
  const timer = phase === 'conversation' ? <Timer minutes={minutes} blocks={blocks} /> : null;
  const refusingList = phase !== 'ended' ? <RefusingList names={names} refusing={refusing} /> : null;
  return (
    <Page title={t('console.title')} intro={focus ? undefined : t('console.intro')} lead={false}>
      <Paragraph>
        <StatusBadge tone={phase === 'conversation' ? 'active' : phase === 'ended' ? 'done' : 'neutral'}>
          <span data-testid="console-phase">{t('console.phaseLabel', { phase: t(`console.phase_${phase}`) })}</span>
        </StatusBadge>{' '}
        {/* The focus view leaves the navigation out; this link is the way back (and there). */}
        {focus ? (
          <Link to={pathname} data-testid="console-view">
            {t('console.focusClose')}
          </Link>
        ) : (
          <Link to={`${pathname}?${FOCUS_PARAM}=1`} data-testid="console-view">
            {t('console.focusOpen')}
          </Link>
        )}
      </Paragraph>
      {conflict ? <Alert type="warning">{t('console.conflict')}</Alert> : null}
      <FormErrorSummary state={formState} />

      {confirmReset ? (
        <ResetConfirmation version={version} cancelTo={here} />
      ) : (
        <>
          {/* In the focus view the turn comes first: the question, who speaks, the buttons. */}
          {focus ? (
            <>
              {turn}
              {timer}
              {refusingList}
            </>
          ) : (
            <>
              {refusingList}
              {timer}
              {turn}
            </>
          )}
          {phase === 'notStarted' ? <BeforeStart state={state} version={version} hasSeats={circle.length > 0} formState={formState} /> : null}
          {phase === 'firstReactions' ? <FirstReactions version={version} minutes={minutes} /> : null}
          {phase === 'ended' ? <Ended minutes={minutes} /> : null}

          {phase !== 'ended' ? <Circle state={state} version={version} names={names} refusing={refusing} /> : null}
          {phase !== 'ended' ? <Queue state={state} version={version} /> : null}

          {phase === 'conversation' ? <EndConversation version={version} /> : null}
          {phase !== 'notStarted' ? <ResetConsole version={version} /> : null}
        </>
      )}
    </Page>
  );
}
