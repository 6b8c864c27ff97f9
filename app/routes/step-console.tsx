import { data, Form, redirect, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { canRunConsole } from '#app/auth/permissions';
import { Alert, Button, FormErrorSummary, Heading, Paragraph, StatusBadge, TextAreaField } from '#app/components/ui';
import { CLOSING_KEY, OPENING_KEY } from '#app/features/console/domain/queue';
import { type ConsoleAction, markOf } from '#app/features/console/domain/reducer';
import type { ConversationState } from '#app/features/console/domain/state';
import { LIMIT, programPosition, timerLevel } from '#app/features/console/domain/timer';
import { applyConsoleAction } from '#app/features/console/server/apply-console-action.server';
import { getConsole } from '#app/features/console/server/get-console.server';
import { ConsoleButton } from '#app/features/console/ui/console-form';
import consoleCss from '#app/features/console/ui/console.css?url';
import { useElapsedMinutes } from '#app/features/console/ui/elapsed';
import { createTranslator, useT } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { f, parseForm } from '#app/utils/forms';
import { forbidden } from '#app/utils/http.server';
import type { Route } from './+types/step-console';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: consoleCss }];

async function requireConsole(request: Request, params: Route.LoaderArgs['params']) {
  const ctx = await requireTrajectory(request, params);
  if (!canRunConsole(ctx.actor, ctx.myRoles)) forbidden();
  return {
    ...ctx,
    scope: {
      orgId: ctx.orgId,
      actor: ctx.actor,
      trajectoryId: ctx.trajectory.id,
    },
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireConsole(request, params);
  const view = await getConsole(ctx.scope);
  return {
    ...view,
    trajectoryId: ctx.trajectory.id,
    serverNow: new Date().toISOString(),
  };
}

const version = { expectedVersion: f.count() };
const direction = f.choice(['up', 'down']);
const ZAction = z.union([
  z.object({
    intent: z.enum(['start', 'answered', 'passed', 'skipped', 'next', 'nextQuestion', 'end', 'finish', 'reset']),
    ...version,
  }),
  z.object({ intent: z.literal('jump'), key: f.required(100), ...version }),
  z.object({
    intent: z.literal('moveSeat'),
    participantId: f.uuid(),
    direction,
    ...version,
  }),
  z.object({
    intent: z.literal('moveItem'),
    key: f.required(100),
    direction,
    ...version,
  }),
  z.object({
    intent: z.literal('editOpening'),
    opening: f.required(1000),
    ...version,
  }),
  z.object({
    intent: z.literal('editClosing'),
    closing: f.required(1000),
    ...version,
  }),
]);

function toAction(input: z.output<typeof ZAction>): ConsoleAction {
  switch (input.intent) {
    case 'answered':
    case 'passed':
    case 'skipped':
      return { type: 'mark', mark: input.intent };
    case 'jump':
      return { type: 'jump', key: input.key };
    case 'moveSeat':
      return {
        type: 'moveSeat',
        participantId: input.participantId,
        direction: input.direction,
      };
    case 'moveItem':
      return { type: 'moveItem', key: input.key, direction: input.direction };
    case 'editOpening':
      return { type: 'editItem', key: OPENING_KEY, text: input.opening };
    case 'editClosing':
      return { type: 'editItem', key: CLOSING_KEY, text: input.closing };
    default:
      return { type: input.intent };
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireConsole(request, params);
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const result = await applyConsoleAction({
    ...ctx.scope,
    action: toAction(parsed.data),
    expectedVersion: parsed.data.expectedVersion,
  });
  if (!result.ok) {
    const t = createTranslator(await localeFor(request, ctx.user.locale));
    return data(
      {
        conflict: t('console.conflict'),
        state: result.state,
        version: result.version,
      },
      { status: 409 },
    );
  }
  // Post/redirect/get: a reload never presses the button again.
  return redirect(new URL(request.url).pathname);
}

// After a refused press the screen must show the fresh state, so the loader always runs again.
export const shouldRevalidate = () => true;

export default function Console() {
  const { state, version, circle, blocks, trajectoryId, serverNow } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  useLive([channelFor(trajectoryId, 'console')]);
  const minutes = useElapsedMinutes(state, serverNow);
  const names = new Map(circle.map((c) => [c.participantId, c.firstName ? t('console.person', c) : t('console.noFirstName', c)]));
  const formState = actionData && 'errors' in actionData ? actionData : undefined;
  return (
    <div className="spiegel-page">
      <title>{`${t('console.title')} · Spiegel`}</title>
      <Heading level={1}>{t('console.title')}</Heading>
      <Paragraph>{t('console.intro')}</Paragraph>
      <Paragraph>
        <StatusBadge tone={state.phase === 'conversation' ? 'active' : state.phase === 'ended' ? 'done' : 'neutral'}>
          <span data-testid="console-phase">
            {t('console.phaseLabel', {
              phase: t(`console.phase_${state.phase}`),
            })}
          </span>
        </StatusBadge>
      </Paragraph>
      {actionData && 'conflict' in actionData ? <Alert type="warning">{actionData.conflict}</Alert> : null}
      <FormErrorSummary state={formState} />

      {state.phase === 'notStarted' ? <BeforeStart state={state} version={version} hasSeats={circle.length > 0} formState={formState} /> : null}
      {state.phase === 'conversation' ? (
        <>
          <Timer minutes={minutes} blocks={blocks} />
          <CurrentTurn state={state} version={version} names={names} />
        </>
      ) : null}
      {state.phase === 'firstReactions' ? <FirstReactions version={version} minutes={minutes} /> : null}
      {state.phase === 'ended' ? (
        <section aria-labelledby="console-ended" className="spiegel-stack">
          <Heading level={2} id="console-ended">
            {t('console.endedTitle')}
          </Heading>
          <Paragraph>{t('console.endedIntro')}</Paragraph>
          <Paragraph>{t('console.conversationLasted', { minutes })}</Paragraph>
        </section>
      ) : null}

      {state.phase !== 'ended' ? <Circle state={state} version={version} names={names} /> : null}
      {state.phase !== 'ended' ? <Queue state={state} version={version} /> : null}

      {state.phase === 'conversation' ? (
        <section aria-labelledby="console-end" className="spiegel-stack">
          <Heading level={2} id="console-end">
            {t('console.end')}
          </Heading>
          <Paragraph>{t('console.endHint')}</Paragraph>
          <div className="console-big">
            <ConsoleButton intent="end" version={version} appearance="secondary">
              {t('console.end')}
            </ConsoleButton>
          </div>
        </section>
      ) : null}
      {state.phase !== 'notStarted' ? (
        <section aria-labelledby="console-reset" className="spiegel-stack">
          <Heading level={2} id="console-reset">
            {t('console.reset')}
          </Heading>
          <Paragraph>{t('console.resetHint')}</Paragraph>
          <ConsoleButton intent="reset" version={version} appearance="danger">
            {t('console.reset')}
          </ConsoleButton>
        </section>
      ) : null}
    </div>
  );
}

type FormState = Parameters<typeof FormErrorSummary>[0]['state'];

function BeforeStart({ state, version, hasSeats, formState }: { state: ConversationState; version: number; hasSeats: boolean; formState: FormState }) {
  const t = useT();
  const opening = state.queue.find((i) => i.key === OPENING_KEY)?.text ?? '';
  const closing = state.queue.find((i) => i.key === CLOSING_KEY)?.text ?? '';
  return (
    <section aria-labelledby="console-before" className="spiegel-stack">
      <Heading level={2} id="console-before">
        {t('console.beforeTitle')}
      </Heading>
      <Paragraph>{t('console.beforeIntro')}</Paragraph>
      {hasSeats ? null : <Alert type="warning">{t('console.noSeats')}</Alert>}
      <div className="console-big">
        <ConsoleButton intent="start" version={version}>
          {t('console.start')}
        </ConsoleButton>
      </div>
      <Form method="post" preventScrollReset className="spiegel-stack" key={`o-${opening}`}>
        <input type="hidden" name="intent" value="editOpening" />
        <input type="hidden" name="expectedVersion" value={version} />
        <TextAreaField
          name="opening"
          label={t('console.editOpeningLabel')}
          description={t('console.editHint')}
          defaultValue={opening}
          state={formState}
          rows={3}
        />
        <Button appearance="secondary">{t('console.saveText')}</Button>
      </Form>
      <Form method="post" preventScrollReset className="spiegel-stack" key={`c-${closing}`}>
        <input type="hidden" name="intent" value="editClosing" />
        <input type="hidden" name="expectedVersion" value={version} />
        <TextAreaField
          name="closing"
          label={t('console.editClosingLabel')}
          description={t('console.editHint')}
          defaultValue={closing}
          state={formState}
          rows={3}
        />
        <Button appearance="secondary">{t('console.saveText')}</Button>
      </Form>
    </section>
  );
}

function Timer({ minutes, blocks }: { minutes: number; blocks: { title: string; minutes: number }[] }) {
  const t = useT();
  const level = timerLevel(minutes);
  const where = programPosition(blocks, minutes);
  return (
    <section aria-labelledby="console-timer" className="spiegel-stack">
      <Heading level={2} id="console-timer">
        {t('console.timerTitle')}
      </Heading>
      <p className="console-timer" data-testid="console-elapsed" data-level={level}>
        {t('console.elapsed', { minutes, limit: LIMIT })}
      </p>
      {level === 'soon' ? <Alert type="warning">{t('console.timerSoon')}</Alert> : null}
      {level === 'over' ? <Alert type="error">{t('console.timerOver')}</Alert> : null}
      {where?.title ? (
        <Paragraph>
          {t('console.programNow', {
            title: where.title,
            minutes: where.minutesLeft,
          })}{' '}
          {where.nextTitle ? t('console.programNext', { title: where.nextTitle }) : null}
        </Paragraph>
      ) : where ? (
        <Paragraph>{t('console.programDone')}</Paragraph>
      ) : null}
    </section>
  );
}

function CurrentTurn({ state, version, names }: { state: ConversationState; version: number; names: Map<string, string> }) {
  const t = useT();
  const at = state.queue.findIndex((i) => i.key === state.currentKey);
  const item = state.queue[at];
  if (!item) return null;
  const who = state.currentParticipantId ? names.get(state.currentParticipantId) : undefined;
  return (
    <section aria-labelledby="console-current" className="spiegel-stack">
      <Heading level={2} id="console-current">
        {t('console.currentTitle', {
          number: at + 1,
          total: state.queue.length,
        })}{' '}
        · {t(`console.kind_${item.kind}`)}
      </Heading>
      <p className="console-question" data-testid="console-question">
        {item.text}
      </p>
      <p className="console-turn" data-testid="console-turn">
        {who ? t('console.turnOf', { name: who }) : t('console.nobodyTurn')}
      </p>
      <div className="console-actions" role="group" aria-label={t('console.turnTitle')}>
        {state.currentParticipantId ? (
          <>
            <ConsoleButton intent="answered" version={version}>
              {t('console.answered')}
            </ConsoleButton>
            <ConsoleButton intent="passed" version={version} appearance="secondary">
              {t('console.passed')}
            </ConsoleButton>
            <ConsoleButton intent="skipped" version={version} appearance="secondary">
              {t('console.skipped')}
            </ConsoleButton>
            <ConsoleButton intent="next" version={version}>
              {t('console.next')}
            </ConsoleButton>
          </>
        ) : null}
        {at < state.queue.length - 1 ? (
          <ConsoleButton intent="nextQuestion" version={version} appearance="secondary">
            {t('console.nextQuestion')}
          </ConsoleButton>
        ) : null}
      </div>
    </section>
  );
}

function Circle({ state, version, names }: { state: ConversationState; version: number; names: Map<string, string> }) {
  const t = useT();
  if (state.seats.length === 0) return null;
  return (
    <section aria-labelledby="console-circle" className="spiegel-stack">
      <Heading level={2} id="console-circle">
        {t('console.circleTitle')}
      </Heading>
      <Paragraph>{t('console.circleIntro')}</Paragraph>
      <ol className="console-list" data-testid="console-circle">
        {state.seats.map((id, index) => {
          const name = names.get(id) ?? '';
          const current = state.phase === 'conversation' && id === state.currentParticipantId;
          const mark = markOf(state, state.currentKey, id);
          return (
            <li key={id} aria-current={current ? 'true' : undefined} data-testid="console-seat">
              <span>
                <span className="console-name">{name}</span>
                {current ? <strong> · {t('console.currentMarker')}</strong> : null}
                {state.phase === 'conversation' ? <span> · {mark ? t(`console.mark_${mark}`) : t('console.noMark')}</span> : null}
              </span>
              <span className="console-row console-small">
                {index > 0 ? (
                  <ConsoleButton
                    intent="moveSeat"
                    version={version}
                    fields={{ participantId: id, direction: 'up' }}
                    appearance="secondary"
                    label={t('console.seatUpLabel', { name })}
                  >
                    {t('console.seatUp')}
                  </ConsoleButton>
                ) : null}
                {index < state.seats.length - 1 ? (
                  <ConsoleButton
                    intent="moveSeat"
                    version={version}
                    fields={{ participantId: id, direction: 'down' }}
                    appearance="secondary"
                    label={t('console.seatDownLabel', { name })}
                  >
                    {t('console.seatDown')}
                  </ConsoleButton>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Queue({ state, version }: { state: ConversationState; version: number }) {
  const t = useT();
  const questions = state.queue.filter((i) => i.kind === 'question');
  return (
    <section aria-labelledby="console-queue" className="spiegel-stack">
      <Heading level={2} id="console-queue">
        {t('console.queueTitle')}
      </Heading>
      <Paragraph>{t('console.queueIntro')}</Paragraph>
      <ol className="console-list" data-testid="console-queue">
        {state.queue.map((item, index) => {
          const current = state.phase === 'conversation' && item.key === state.currentKey;
          const done = Object.keys(state.turns[item.key] ?? {}).filter((id) => state.seats.includes(id)).length;
          const q = questions.findIndex((i) => i.key === item.key);
          const number = index + 1;
          return (
            <li key={item.key} aria-current={current ? 'true' : undefined} data-testid="console-queue-item">
              <span>
                <strong>
                  {number}. {t(`console.kind_${item.kind}`)}
                  {current ? ` · ${t('console.queueCurrent')}` : ''}
                </strong>
                <br />
                {item.text}
                {state.phase !== 'notStarted' ? (
                  <>
                    <br />
                    {t('console.queueDone', {
                      count: done,
                      total: state.seats.length,
                    })}
                  </>
                ) : null}
              </span>
              <span className="console-row console-small">
                {state.phase === 'conversation' && !current ? (
                  <ConsoleButton intent="jump" version={version} fields={{ key: item.key }} appearance="secondary" label={t('console.jumpLabel', { number })}>
                    {t('console.jump')}
                  </ConsoleButton>
                ) : null}
                {q > 0 ? (
                  <ConsoleButton
                    intent="moveItem"
                    version={version}
                    fields={{ key: item.key, direction: 'up' }}
                    appearance="secondary"
                    label={t('console.itemUpLabel', { number })}
                  >
                    {t('console.itemUp')}
                  </ConsoleButton>
                ) : null}
                {q >= 0 && q < questions.length - 1 ? (
                  <ConsoleButton
                    intent="moveItem"
                    version={version}
                    fields={{ key: item.key, direction: 'down' }}
                    appearance="secondary"
                    label={t('console.itemDownLabel', { number })}
                  >
                    {t('console.itemDown')}
                  </ConsoleButton>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function FirstReactions({ version, minutes }: { version: number; minutes: number }) {
  const t = useT();
  return (
    <section aria-labelledby="console-reactions" className="spiegel-stack">
      <Heading level={2} id="console-reactions">
        {t('console.reactionsTitle')}
      </Heading>
      <Paragraph>{t('console.conversationLasted', { minutes })}</Paragraph>
      <ol className="console-question" style={{ fontSize: '1.5rem' }}>
        <li>{t('console.reactionsRule1')}</li>
        <li>{t('console.reactionsRule2')}</li>
        <li>{t('console.reactionsRule3')}</li>
      </ol>
      <div className="console-big">
        <ConsoleButton intent="finish" version={version}>
          {t('console.finish')}
        </ConsoleButton>
      </div>
    </section>
  );
}
