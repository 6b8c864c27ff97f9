// The conversation leader's console (S6b): one big button per step of the mirror conversation.
import { redirect, useActionData, useLoaderData } from 'react-router';
import { Alert, FormErrorSummary, Paragraph, StatusBadge, Page } from '#app/components/ui';
import { toConsoleAction, ZConsoleForm } from '#app/features/console/forms';
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
  ResetConsole,
  Timer,
} from '#app/features/console/ui/console-panels';
import { useElapsedMinutes } from '#app/features/console/ui/elapsed';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-console';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: consoleCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  return { ...(await getConsole(scope)), trajectoryId: scope.trajectoryId, serverNow: new Date().toISOString() };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZConsoleForm, async (input) => {
    await applyConsoleAction({ ...scope, action: toConsoleAction(input), expectedVersion: input.expectedVersion });
    // Post/redirect/get: a reload never presses the button again.
    throw redirect(new URL(request.url).pathname);
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
  return (
    <Page title={t('console.title')} intro={t('console.intro')} lead={false}>
      <Paragraph>
        <StatusBadge tone={phase === 'conversation' ? 'active' : phase === 'ended' ? 'done' : 'neutral'}>
          <span data-testid="console-phase">{t('console.phaseLabel', { phase: t(`console.phase_${phase}`) })}</span>
        </StatusBadge>
      </Paragraph>
      {conflict ? <Alert type="warning">{t('console.conflict')}</Alert> : null}
      <FormErrorSummary state={formState} />
      {phase !== 'ended' ? <RefusingList names={names} refusing={refusing} /> : null}

      {phase === 'notStarted' ? <BeforeStart state={state} version={version} hasSeats={circle.length > 0} formState={formState} /> : null}
      {phase === 'conversation' ? (
        <>
          <Timer minutes={minutes} blocks={blocks} />
          <CurrentTurn state={state} version={version} names={names} refusing={refusing} />
        </>
      ) : null}
      {phase === 'firstReactions' ? <FirstReactions version={version} minutes={minutes} /> : null}
      {phase === 'ended' ? <Ended minutes={minutes} /> : null}

      {phase !== 'ended' ? <Circle state={state} version={version} names={names} refusing={refusing} /> : null}
      {phase !== 'ended' ? <Queue state={state} version={version} /> : null}

      {phase === 'conversation' ? <EndConversation version={version} /> : null}
      {phase !== 'notStarted' ? <ResetConsole version={version} /> : null}
    </Page>
  );
}
