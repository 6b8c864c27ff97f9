// Pieces shared by the board's three screens: the phone, the facilitator's laptop and the projector.
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useActionData, useFetcher } from 'react-router';
import { Alert, type FormState, Heading, Paragraph, StatusBadge } from '#app/components/ui';
import { type MessageKey, useT } from '#app/i18n/i18n';
import type { LiveState } from '#app/realtime/use-live';
import type { FieldErrors, FormValues } from '#app/utils/forms';
import type { BoardNoteView, BoardPhase, BoardThemeView, NoteColumn, RankedItem, VoteCriterion } from '../domain/types';

/** What the board's actions answer; `intent` and `target` tell which form on the page it belongs to. */
export type ActionResult = { ok: boolean; intent?: string; target?: string; errors?: FieldErrors; values?: FormValues; value?: unknown };

/**
 * A new idempotency key for one press of a button. crypto.randomUUID needs a secure context;
 * getRandomValues does not, and the loader's key is the last resort.
 */
export function freshKey(fallback: string): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues === 'function') return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return fallback;
}

const asResult = (value: unknown): ActionResult | undefined => (value && typeof value === 'object' && 'ok' in value ? (value as ActionResult) : undefined);

/**
 * A form that posts to the page's own action through a fetcher, so the page does not jump. Without
 * JavaScript it is a plain form post; the answer then comes back as the page's action data.
 * A rule error from the server (wrong phase, no dots left) is shown inside the form, next to its fields.
 */
export function BoardForm({
  intent,
  target = '',
  fields = {},
  idemKey,
  resetOnSuccess = false,
  onSuccess,
  className = 'spiegel-stack',
  success,
  label,
  children,
}: {
  intent: string;
  target?: string;
  fields?: Record<string, string>;
  /** The loader's idempotency key: sent as is without JavaScript, replaced by a fresh one per press with it. */
  idemKey?: string;
  resetOnSuccess?: boolean;
  /** Called once per success with what the operation answered (with JavaScript only). */
  onSuccess?: (value: unknown) => void;
  className?: string;
  success?: MessageKey;
  label?: string;
  children: ReactNode | ((state: FormState) => ReactNode);
}) {
  const t = useT();
  const fetcher = useFetcher();
  const actionData = asResult(useActionData());
  const own = asResult(fetcher.data) ?? (actionData && actionData.intent === intent && (actionData.target ?? '') === target ? actionData : undefined);
  const formRef = useRef<HTMLFormElement>(null);
  // Once per success, as soon as the answer is in (not after the reload that follows): empty the
  // form, keeping whatever is typed meanwhile on a slow connection, and tell the page.
  const handled = useRef<unknown>(null);
  const latestOnSuccess = useRef(onSuccess);
  useEffect(() => {
    latestOnSuccess.current = onSuccess;
  });
  useEffect(() => {
    const result = asResult(fetcher.data);
    if (fetcher.state === 'submitting' || handled.current === fetcher.data || !result?.ok) return;
    handled.current = fetcher.data;
    if (resetOnSuccess) formRef.current?.reset();
    latestOnSuccess.current?.(result.value);
  }, [fetcher.state, fetcher.data, resetOnSuccess]);
  const onSubmit = idemKey
    ? (event: FormEvent<HTMLFormElement>) => {
        const input = event.currentTarget.elements.namedItem('key');
        if (input instanceof HTMLInputElement) input.value = freshKey(idemKey);
      }
    : undefined;
  const state: FormState = own && !own.ok ? { errors: own.errors, values: own.values } : undefined;
  const formError = own && !own.ok ? own.errors?._form : undefined;
  return (
    <fetcher.Form method="post" className={className} ref={formRef} onSubmit={onSubmit} aria-label={label} noValidate preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {idemKey ? <input type="hidden" name="key" defaultValue={idemKey} /> : null}
      {typeof children === 'function' ? children(state) : children}
      <div aria-live="polite" className="board-form-status">
        {formError ? <Alert type="error">{t(formError)}</Alert> : null}
        {own?.ok && success && fetcher.state === 'idle' ? <p className="board-ok">{t(success)}</p> : null}
      </div>
    </fetcher.Form>
  );
}

/** One part of a board page: a section named by its heading (a card when it stands apart). */
export function Panel({
  id,
  title,
  level = 2,
  card = false,
  testId,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  card?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={card ? 'spiegel-card spiegel-stack' : 'spiegel-stack'} data-testid={testId}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** The method's prompts for deepening ideas (step 7, part 3). */
export function Prompts({ level = 3 }: { level?: 2 | 3 | 4 }) {
  const t = useT();
  return (
    <div className="board-prompts">
      <Heading level={level}>{t('board.promptsTitle')}</Heading>
      <ul>
        {(['board.prompt1', 'board.prompt2', 'board.prompt3', 'board.prompt4', 'board.prompt5'] as const).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </div>
  );
}

export function PhaseBadge({ phase }: { phase: BoardPhase }) {
  const t = useT();
  return (
    <StatusBadge tone={phase === 'closed' ? 'done' : 'active'}>
      <span data-testid="board-phase">{t('board.phaseNow', { phase: t(`board.phase_${phase}`) })}</span>
    </StatusBadge>
  );
}

export function LiveStatus({ state }: { state: LiveState }) {
  const t = useT();
  return (
    <p className="board-live" data-state={state} aria-live="polite">
      {state === 'open' ? t('board.liveOpen') : state === 'offline' ? t('board.liveOffline') : t('board.liveWaiting')}
    </p>
  );
}

/** Marks on a note: resting on parents' words, an interpretation, written for the room, your own. */
export function NoteMarks({ note, withMine = false }: { note: BoardNoteView; withMine?: boolean }) {
  const t = useT();
  const marks: ReactNode[] = [];
  if (note.waiting)
    marks.push(
      <span key="w" className="board-mark board-mark--waiting" data-testid="mark-waiting">
        {t('board.markWaiting')}
      </span>,
    );
  if (note.hidden)
    marks.push(
      <span key="h" className="board-mark board-mark--hidden" data-testid="mark-hidden">
        {t('board.markHidden')}
      </span>,
    );
  if (note.quotes.length > 0)
    marks.push(
      <span key="q" className="board-mark board-mark--quote" title={t('board.markQuoteHint')} data-testid="mark-quote">
        {t('board.markQuote')}
      </span>,
    );
  if (note.interpretation)
    marks.push(
      <span key="i" className="board-mark board-mark--interpretation" data-testid="mark-interpretation">
        {t('board.markInterpretation')}
      </span>,
    );
  if (note.onBehalf)
    marks.push(
      <span key="b" className="board-mark" data-testid="mark-behalf">
        {t('board.markOnBehalf')}
      </span>,
    );
  if (withMine && note.mine)
    marks.push(
      <span key="m" className="board-mark">
        {t('board.markMine')}
      </span>,
    );
  if (marks.length === 0) return null;
  return <span className="board-marks">{marks}</span>;
}

export const CLUSTER_COLUMNS = ['goes_well', 'difficult'] as const satisfies readonly NoteColumn[];

type Group = { themeId: string | null; theme: BoardThemeView | null; name: string; notes: BoardNoteView[] };

/** Notes of the two "heard" columns grouped by theme: unassigned first, then the themes in order. */
export function groupByTheme(notes: readonly BoardNoteView[], themes: readonly BoardThemeView[]): Group[] {
  const heard = notes.filter((n) => n.column !== 'touched');
  const known = new Set(themes.map((th) => th.id));
  const groups: Group[] = [{ themeId: null, theme: null, name: '', notes: heard.filter((n) => !n.themeId || !known.has(n.themeId)) }];
  for (const theme of [...themes].sort((a, b) => a.position - b.position))
    groups.push({ themeId: theme.id, theme, name: theme.name, notes: heard.filter((n) => n.themeId === theme.id) });
  return groups;
}

export type DropHandlers = { onDropNote: (noteId: string, themeId: string | null) => void };

/**
 * The board: per theme (and "no theme yet") the two columns "goes well" and "is difficult".
 * With `drop`, notes can be dragged onto a theme; `controls` adds the keyboard-friendly forms per note.
 */
export function NotesBoard({
  notes,
  themes,
  level,
  drop,
  controls,
  themeTools,
  showMine = false,
  alwaysShowUnassigned = false,
}: {
  notes: readonly BoardNoteView[];
  themes: readonly BoardThemeView[];
  level: 2 | 3;
  drop?: DropHandlers;
  controls?: (note: BoardNoteView) => ReactNode;
  themeTools?: (theme: BoardThemeView) => ReactNode;
  showMine?: boolean;
  alwaysShowUnassigned?: boolean;
}) {
  const t = useT();
  const groups = groupByTheme(notes, themes);
  const sub = (level + 1) as 3 | 4;
  if (notes.every((n) => n.column === 'touched') && themes.length === 0) return <Paragraph>{t('board.noNotes')}</Paragraph>;
  return (
    <div className="board-groups">
      {drop ? (
        // With many notes, a theme is a few key presses away instead of dozens of tabs.
        <nav aria-label={t('board.groupsNav')} className="board-group-nav">
          <ul>
            {groups.map((group) => (
              <li key={group.themeId ?? 'none'}>
                <a href={`#group-${group.themeId ?? 'none'}`}>
                  {t('board.groupsNavItem', { name: group.themeId ? group.name : t('board.noTheme'), count: group.notes.length })}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => {
        if (group.themeId === null && group.notes.length === 0 && !alwaysShowUnassigned && !drop) return null;
        const zone = drop
          ? {
              onDragOver: (event: React.DragEvent) => {
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
              },
              onDrop: (event: React.DragEvent) => {
                event.preventDefault();
                const noteId = event.dataTransfer.getData('text/plain');
                if (noteId) drop.onDropNote(noteId, group.themeId);
              },
            }
          : {};
        const headingId = `group-${group.themeId ?? 'none'}`;
        return (
          <section
            key={group.themeId ?? 'none'}
            className={`board-group${group.themeId ? '' : ' board-group--unassigned'}`}
            aria-labelledby={headingId}
            data-testid="board-group"
            data-theme-id={group.themeId ?? ''}
            {...zone}
          >
            <Heading level={sub} id={headingId}>
              {group.themeId ? group.name : t('board.noTheme')}
            </Heading>
            {group.theme && themeTools ? themeTools(group.theme) : null}
            <div className="board-columns">
              {CLUSTER_COLUMNS.map((column) => {
                const inColumn = group.notes.filter((n) => n.column === column);
                return (
                  <div key={column} className={`board-column board-column--${column}`}>
                    <p className="board-column__title">{t(`board.column_${column}`)}</p>
                    {inColumn.length === 0 ? (
                      drop ? (
                        <p className="board-empty">{t('board.dropHere')}</p>
                      ) : (
                        <p className="board-empty">–</p>
                      )
                    ) : (
                      <ul className="board-notes">
                        {inColumn.map((note) => (
                          <li
                            key={note.id}
                            // Focus can be put on the note itself (after a keyboard move), not reached by Tab.
                            tabIndex={drop ? -1 : undefined}
                            className={noteClass(note)}
                            data-testid="board-note"
                            data-note-id={note.id}
                            data-hidden={note.hidden ? 'true' : undefined}
                            draggable={drop ? true : undefined}
                            onDragStart={
                              drop
                                ? (event) => {
                                    event.dataTransfer.setData('text/plain', note.id);
                                    event.dataTransfer.effectAllowed = 'move';
                                  }
                                : undefined
                            }
                          >
                            <p className="board-note__text">{note.text}</p>
                            <NoteMarks note={note} withMine={showMine} />
                            {controls ? controls(note) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** A hidden note stays on the facilitator's board, dimmed. */
const noteClass = (note: BoardNoteView) => (note.hidden ? 'board-note board-note--hidden' : 'board-note');

/** The notes of the first phase, "what touched us", as a plain list. */
export function TouchedNotes({
  notes,
  level,
  showMine = false,
  controls,
}: {
  notes: readonly BoardNoteView[];
  level: 2 | 3;
  showMine?: boolean;
  controls?: (note: BoardNoteView) => ReactNode;
}) {
  const t = useT();
  const touched = notes.filter((n) => n.column === 'touched');
  return (
    <Panel id="touched-notes" title={t('board.column_touched')} level={level}>
      {touched.length === 0 ? (
        <Paragraph>{t('board.noNotes')}</Paragraph>
      ) : (
        <ul className="board-notes board-notes--wide">
          {touched.map((note) => (
            <li key={note.id} className={noteClass(note)} data-testid="board-note" data-note-id={note.id} data-hidden={note.hidden ? 'true' : undefined}>
              <p className="board-note__text">{note.text}</p>
              <NoteMarks note={note} withMine={showMine} />
              {controls ? controls(note) : null}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** The ranked top 10; ties are said out loud ("gedeelde 3e plaats"). */
export function TopList({ top, level }: { top: readonly RankedItem[]; level: 2 | 3 }) {
  const t = useT();
  return (
    <Panel id="board-top" title={t('board.topTitle')} level={level} testId="board-top">
      {top.length === 0 ? (
        <Paragraph>{t('board.topEmpty')}</Paragraph>
      ) : (
        <ol className="board-top">
          {top.map((item) => (
            <li key={item.ideaId} value={item.rank} data-testid="top-item" data-rank={item.rank} data-tied={item.tied ? 'true' : 'false'}>
              <span className="board-top__place">{item.tied ? t('board.topTiedPlace', { rank: item.rank }) : t('board.topPlace', { rank: item.rank })}</span>
              <span className="board-top__title">{item.title}</span>
              <span className="board-top__meta">
                {item.themeName ? `${t('board.topTheme', { theme: item.themeName })} · ` : ''}
                {t('board.topDots', { count: item.dots })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

export const criterionLabel = (t: ReturnType<typeof useT>, criterion: VoteCriterion) => t(`board.criterion_${criterion}`);
