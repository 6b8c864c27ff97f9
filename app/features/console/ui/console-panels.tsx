// The sections of the conversation leader's console. Every press is a plain form (console-form.tsx).
import { type ReactNode, useRef } from 'react';
import { Form } from 'react-router';
import { Alert, Button, ButtonLink, type FormState, Heading, Paragraph, TextAreaField, Section } from '#app/components/ui';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { CLOSING_KEY, OPENING_KEY } from '../domain/queue';
import { markOf } from '../domain/reducer';
import type { ConversationState } from '../domain/state';
import { LIMIT, programPosition, timerLevel } from '../domain/timer';
import { ConsoleButton } from './console-form';
import { ShortcutList } from './console-shortcuts';

type Panel = { state: ConversationState; version: number };

/** A titled section of the console. */
/** The opening or closing text, editable before the start. */
function ItemTextForm({
  intent,
  name,
  label,
  text,
  version,
  formState,
}: {
  intent: string;
  name: string;
  label: MessageKey;
  text: string;
  version: number;
  formState: FormState;
}) {
  const t = useT();
  return (
    <Form method="post" preventScrollReset className="spiegel-stack" key={`${name}-${text}`}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="expectedVersion" value={version} />
      <TextAreaField name={name} label={t(label)} description={t('console.editHint')} defaultValue={text} state={formState} rows={3} />
      <Button appearance="secondary">{t('console.saveText')}</Button>
    </Form>
  );
}

export function BeforeStart({ state, version, hasSeats, formState }: Panel & { hasSeats: boolean; formState: FormState }) {
  const t = useT();
  const textOf = (key: string) => state.queue.find((i) => i.key === key)?.text ?? '';
  return (
    <Section id="console-before" title={t('console.beforeTitle')} intro={t('console.beforeIntro')}>
      {hasSeats ? null : <Alert type="warning">{t('console.noSeats')}</Alert>}
      <div className="console-big">
        <ConsoleButton intent="start" version={version}>
          {t('console.start')}
        </ConsoleButton>
      </div>
      <ItemTextForm intent="editOpening" name="opening" label="console.editOpeningLabel" text={textOf(OPENING_KEY)} version={version} formState={formState} />
      <ItemTextForm intent="editClosing" name="closing" label="console.editClosingLabel" text={textOf(CLOSING_KEY)} version={version} formState={formState} />
    </Section>
  );
}

export function Timer({ minutes, blocks }: { minutes: number; blocks: { title: string; minutes: number }[] }) {
  const t = useT();
  const level = timerLevel(minutes);
  const where = programPosition(blocks, minutes);
  return (
    <Section id="console-timer" title={t('console.timerTitle')}>
      <p className="console-timer" data-testid="console-elapsed" data-level={level}>
        {t('console.elapsed', { minutes, limit: LIMIT })}
      </p>
      {level === 'soon' ? <Alert type="warning">{t('console.timerSoon')}</Alert> : null}
      {level === 'over' ? <Alert type="error">{t('console.timerOver')}</Alert> : null}
      {where?.title ? (
        <Paragraph>
          {t('console.programNow', { title: where.title, minutes: where.minutesLeft })}{' '}
          {where.nextTitle ? t('console.programNext', { title: where.nextTitle }) : null}
        </Paragraph>
      ) : where ? (
        <Paragraph>{t('console.programDone')}</Paragraph>
      ) : null}
    </Section>
  );
}

/** The parents who said no to the minutes, by first name: plain for the leader. */
export function RefusingList({ names, refusing }: { names: Map<string, string>; refusing: ReadonlySet<string> }) {
  const t = useT();
  if (refusing.size === 0) return null;
  return (
    <Alert type="warning">
      <strong>{t('console.refusingTitle')}</strong>
      <Paragraph>{t('console.refusingIntro')}</Paragraph>
      <ul data-testid="console-refusing">
        {[...refusing].map((id) => (
          <li key={id}>{names.get(id) ?? ''}</li>
        ))}
      </ul>
    </Alert>
  );
}

export function CurrentTurn({
  state,
  version,
  names,
  refusing,
  shortcuts,
}: Panel & { names: Map<string, string>; refusing: ReadonlySet<string>; shortcuts: boolean }) {
  const t = useT();
  const at = state.queue.findIndex((i) => i.key === state.currentKey);
  const item = state.queue[at];
  if (!item) return null;
  const who = state.currentParticipantId ? names.get(state.currentParticipantId) : undefined;
  return (
    <Section id="console-current" title={`${t('console.currentTitle', { number: at + 1, total: state.queue.length })} · ${t(`console.kind_${item.kind}`)}`}>
      <p className="console-question" data-testid="console-question">
        {item.text}
      </p>
      {/* Spoken when it changes: after a press (or a shortcut) a screen reader hears who is next. */}
      <p className="console-turn" data-testid="console-turn" aria-live="polite">
        {who ? t('console.turnOf', { name: who }) : t('console.nobodyTurn')}
        {state.currentParticipantId && refusing.has(state.currentParticipantId) ? <strong> · {t('console.refusingMark')}</strong> : null}
      </p>
      <div className="console-actions" role="group" aria-label={t('console.turnTitle')} aria-describedby="console-turn-hint" data-testid="console-turn-buttons">
        {state.currentParticipantId ? (
          <>
            <ConsoleButton intent="answeredNext" version={version} shortcut="answeredNext">
              {t('console.answeredNext')}
            </ConsoleButton>
            <ConsoleButton intent="passedNext" version={version} appearance="secondary" shortcut="passedNext">
              {t('console.passedNext')}
            </ConsoleButton>
            <ConsoleButton intent="next" version={version} appearance="secondary" shortcut="next">
              {t('console.next')}
            </ConsoleButton>
          </>
        ) : null}
        {at < state.queue.length - 1 ? (
          <ConsoleButton intent="nextQuestion" version={version} appearance="secondary" shortcut="nextQuestion">
            {t('console.nextQuestion')}
          </ConsoleButton>
        ) : null}
      </div>
      <p className="console-hint" id="console-turn-hint">
        {t('console.turnHint')}
      </p>
      {shortcuts ? <ShortcutList /> : null}
    </Section>
  );
}

/** Up and down buttons for one row of a list the leader may reorder. */
function MoveButtons({
  intent,
  version,
  fields,
  up,
  down,
  texts,
}: {
  intent: string;
  version: number;
  fields: Record<string, string>;
  up: boolean;
  down: boolean;
  texts: { up: string; upLabel: string; down: string; downLabel: string };
}) {
  return (
    <>
      {up ? (
        <ConsoleButton intent={intent} version={version} fields={{ ...fields, direction: 'up' }} appearance="secondary" label={texts.upLabel}>
          {texts.up}
        </ConsoleButton>
      ) : null}
      {down ? (
        <ConsoleButton intent={intent} version={version} fields={{ ...fields, direction: 'down' }} appearance="secondary" label={texts.downLabel}>
          {texts.down}
        </ConsoleButton>
      ) : null}
    </>
  );
}

export function Circle({ state, version, names, refusing }: Panel & { names: Map<string, string>; refusing: ReadonlySet<string> }) {
  const t = useT();
  if (state.seats.length === 0) return null;
  return (
    <Section id="console-circle" title={t('console.circleTitle')} intro={t('console.circleIntro')}>
      <ol className="console-list" data-testid="console-circle">
        {state.seats.map((id, index) => {
          const name = names.get(id) ?? '';
          const current = state.phase === 'conversation' && id === state.currentParticipantId;
          const mark = markOf(state, state.currentKey, id);
          return (
            <li key={id} aria-current={current ? 'true' : undefined} data-testid="console-seat">
              <span>
                <span className="console-name">{name}</span>
                {refusing.has(id) ? <strong data-testid="console-refuses"> · {t('console.refusingMark')}</strong> : null}
                {current ? <strong> · {t('console.currentMarker')}</strong> : null}
                {state.phase === 'conversation' ? <span> · {mark ? t(`console.mark_${mark}`) : t('console.noMark')}</span> : null}
              </span>
              <span className="console-row console-small">
                <MoveButtons
                  intent="moveSeat"
                  version={version}
                  fields={{ participantId: id }}
                  up={index > 0}
                  down={index < state.seats.length - 1}
                  texts={{
                    up: t('console.seatUp'),
                    upLabel: t('console.seatUpLabel', { name }),
                    down: t('console.seatDown'),
                    downLabel: t('console.seatDownLabel', { name }),
                  }}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function Queue({ state, version }: Panel) {
  const t = useT();
  const questions = state.queue.filter((i) => i.kind === 'question');
  return (
    <Section id="console-queue" title={t('console.queueTitle')} intro={t('console.queueIntro')}>
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
                    {t('console.queueDone', { count: done, total: state.seats.length })}
                  </>
                ) : null}
              </span>
              <span className="console-row console-small">
                {state.phase === 'conversation' && !current ? (
                  <ConsoleButton intent="jump" version={version} fields={{ key: item.key }} appearance="secondary" label={t('console.jumpLabel', { number })}>
                    {t('console.jump')}
                  </ConsoleButton>
                ) : null}
                <MoveButtons
                  intent="moveItem"
                  version={version}
                  fields={{ key: item.key }}
                  up={q > 0}
                  down={q >= 0 && q < questions.length - 1}
                  texts={{
                    up: t('console.itemUp'),
                    upLabel: t('console.itemUpLabel', { number }),
                    down: t('console.itemDown'),
                    downLabel: t('console.itemDownLabel', { number }),
                  }}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function FirstReactions({ version, minutes }: { version: number; minutes: number }) {
  const t = useT();
  return (
    <Section id="console-reactions" title={t('console.reactionsTitle')}>
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
    </Section>
  );
}

export function Ended({ minutes }: { minutes: number }) {
  const t = useT();
  return (
    <Section id="console-ended" title={t('console.endedTitle')} intro={t('console.endedIntro')}>
      <Paragraph>{t('console.conversationLasted', { minutes })}</Paragraph>
    </Section>
  );
}

export function EndConversation({ version }: { version: number }) {
  const t = useT();
  return (
    <Section id="console-end" title={t('console.end')} intro={t('console.endHint')}>
      <div className="console-big">
        <ConsoleButton intent="end" version={version} appearance="secondary">
          {t('console.end')}
        </ConsoleButton>
      </div>
    </Section>
  );
}

/** "Opnieuw beginnen": the first press asks first. With JavaScript in a dialog; without, the server
 * answers the press with the confirmation step (ResetConfirmation as a page state). */
export function ResetConsole({ version }: { version: number }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  return (
    <Section id="console-reset" title={t('console.reset')} intro={t('console.resetHint')}>
      <Form method="post" preventScrollReset>
        <input type="hidden" name="intent" value="reset" />
        <input type="hidden" name="expectedVersion" value={version} />
        <Button
          appearance="danger"
          onClick={(event) => {
            if (!dialog.current?.showModal) return;
            event.preventDefault();
            dialog.current.showModal();
            // The safe answer has the focus, not the irreversible one.
            dialog.current.querySelector<HTMLButtonElement>('button[type="button"]')?.focus();
          }}
        >
          {t('console.reset')}
        </Button>
      </Form>
      <dialog ref={dialog} className="console-dialog" aria-labelledby="console-reset-dialog" data-testid="console-reset-dialog">
        <ResetQuestion
          id="console-reset-dialog"
          version={version}
          onConfirm={close}
          cancel={
            <Button type="button" appearance="secondary" onClick={close}>
              {t('console.resetCancel')}
            </Button>
          }
        />
      </dialog>
    </Section>
  );
}

/** The confirmation step as its own page state (no JavaScript needed): yes, or back to the console. */
export function ResetConfirmation({ version, cancelTo }: { version: number; cancelTo: string }) {
  const t = useT();
  return (
    <section aria-labelledby="console-reset-confirm" className="spiegel-stack console-confirm" data-testid="console-reset-confirm">
      <ResetQuestion
        id="console-reset-confirm"
        version={version}
        cancel={
          <ButtonLink to={cancelTo} preventScrollReset>
            {t('console.resetCancel')}
          </ButtonLink>
        }
      />
    </section>
  );
}

function ResetQuestion({ id, version, cancel, onConfirm }: { id: string; version: number; cancel: ReactNode; onConfirm?: () => void }) {
  const t = useT();
  return (
    <div className="spiegel-stack">
      <Heading level={2} id={id}>
        {t('console.resetConfirmTitle')}
      </Heading>
      <Paragraph>{t('console.resetConfirmText')}</Paragraph>
      <div className="console-row">
        <Form method="post" preventScrollReset onSubmit={onConfirm}>
          <input type="hidden" name="intent" value="reset" />
          <input type="hidden" name="confirmed" value="yes" />
          <input type="hidden" name="expectedVersion" value={version} />
          <Button appearance="danger">{t('console.resetYes')}</Button>
        </Form>
        {cancel}
      </div>
    </div>
  );
}
