// The facilitator's and the guardian's working areas on the board page. Every control is a plain
// form (works without JavaScript and with the keyboard); dragging is an extra on top.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { Form, useActionData, useFetcher, useLocation } from 'react-router';
import { Alert, Button, CheckboxField, Heading, Link, Paragraph, RadioGroup, SelectField, StatusBadge, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { nextPhase, PHASES, previousPhase } from '../domain/phases';
import { suggestionKey } from '../domain/suggestion-key';
import type { BoardNoteView, BoardThemeView, BoardView, QuoteSearch, ThemeSuggestion } from '../domain/types';
import { type ActionResult, BoardForm, criterionLabel, NoteMarks, NotesBoard, Panel } from './board-ui';

export function PhaseStepper({ view }: { view: BoardView }) {
  const t = useT();
  const prev = previousPhase(view.phase);
  const next = nextPhase(view.phase);
  const phaseName = (p: (typeof PHASES)[number]) => t(`board.phase_${p}`);
  return (
    <Panel id="phase-section" title={t('board.phaseSection')} card>
      <Paragraph lead>
        <strong data-testid="facilitator-phase">
          {t('board.phaseStep', {
            number: PHASES.indexOf(view.phase) + 1,
            total: PHASES.length,
            phase: phaseName(view.phase),
          })}
        </strong>
      </Paragraph>
      <Paragraph>{t(`board.explain_${view.phase}`)}</Paragraph>
      <div className="board-row">
        {prev ? (
          <BoardForm intent="phase" target="prev" fields={{ phase: prev }} className="">
            <Button appearance="secondary">{t('board.phasePrevious', { phase: phaseName(prev) })}</Button>
          </BoardForm>
        ) : null}
        {next && next !== 'closed' ? (
          <BoardForm intent="phase" target="next" fields={{ phase: next }} className="">
            <Button>{t('board.phaseNext', { phase: phaseName(next) })}</Button>
          </BoardForm>
        ) : null}
      </div>
      {view.phase === 'closed' ? null : (
        <BoardForm intent="phase" target="choose" className="board-row board-row--end" key={view.phase}>
          <SelectField
            name="phase"
            label={t('board.phaseChoose')}
            idPrefix="phase"
            defaultValue={view.phase}
            options={PHASES.filter((p) => p !== 'closed').map((p) => ({
              value: p,
              label: phaseName(p),
            }))}
          />
          <Button appearance="secondary">{t('board.phaseGo')}</Button>
        </BoardForm>
      )}
    </Panel>
  );
}

export function SettingsPanel({ view }: { view: BoardView }) {
  const t = useT();
  const s = view.settings;
  return (
    <Panel id="settings-section" title={t('board.settingsSection')}>
      <BoardForm intent="settings" success="board.settingsSaved" key={JSON.stringify(s)}>
        {(state) => (
          <>
            <TextField
              name="dotsPerPerson"
              type="number"
              inputMode="numeric"
              label={t('board.dotsPerPersonLabel')}
              defaultValue={s.dotsPerPerson}
              state={state}
              idPrefix="settings"
            />
            <TextField
              name="maxDotsPerIdea"
              type="number"
              inputMode="numeric"
              label={t('board.maxPerIdeaLabel')}
              description={t('board.maxPerIdeaHint')}
              defaultValue={s.maxDotsPerIdea}
              state={state}
              required={false}
              idPrefix="settings"
            />
            <CheckboxField name="byCriteria" label={t('board.byCriteriaLabel')} defaultChecked={s.byCriteria} state={state} idPrefix="settings" />
            <RadioGroup
              name="talliesLive"
              label={t('board.talliesLabel')}
              defaultValue={s.talliesLive ? '1' : '0'}
              state={state}
              idPrefix="settings"
              options={[
                { value: '1', label: t('board.talliesLiveOption') },
                { value: '0', label: t('board.talliesHiddenOption') },
              ]}
            />
            <Button appearance="secondary">{t('board.settingsSave')}</Button>
          </>
        )}
      </BoardForm>
    </Panel>
  );
}

export function RevealPanel({ view }: { view: BoardView }) {
  const t = useT();
  return (
    <Panel id="reveal-section" title={t('board.revealSection')}>
      <Paragraph>
        <span data-testid="reveal-state">{view.ideasRevealed ? t('board.revealShownState') : t('board.revealHiddenState')}</span>{' '}
        {t('board.ideasHiddenCount', { count: view.ideaCount })}
      </Paragraph>
      <BoardForm intent="reveal" fields={{ revealed: view.ideasRevealed ? '0' : '1' }}>
        <Button appearance={view.ideasRevealed ? 'secondary' : 'primary'}>{view.ideasRevealed ? t('board.revealOff') : t('board.revealOn')}</Button>
      </BoardForm>
    </Panel>
  );
}

/** Notes and ideas for people without a phone; the board marks them "on behalf of the room". */
export function BehalfPanel({ view, idemKey }: { view: BoardView; idemKey: string }) {
  const t = useT();
  const notes = view.phase === 'touched' || view.phase === 'heard' || view.phase === 'themes';
  const ideas = view.phase === 'ideas' && view.themes.length > 0;
  if (!notes && !ideas) return null;
  return (
    <Panel id="behalf-section" title={t('board.behalfSection')}>
      <Paragraph>{t('board.behalfIntro')}</Paragraph>
      {notes ? (
        <BoardForm
          intent="note"
          target="behalf"
          idemKey={idemKey}
          resetOnSuccess
          success="board.noteSent"
          fields={view.phase === 'touched' ? { column: 'touched' } : {}}
        >
          {(state) => (
            <>
              <TextAreaField name="text" label={t('board.behalfNoteLabel')} state={state} rows={2} idPrefix="behalf-note" />
              {view.phase === 'touched' ? (
                <Button appearance="secondary">{t('board.behalfNoteSend')}</Button>
              ) : (
                <div className="utrecht-button-group board-buttons">
                  <Button appearance="secondary" name="column" value="goes_well">
                    {t('board.noteSendGoesWell')}
                  </Button>
                  <Button appearance="secondary" name="column" value="difficult">
                    {t('board.noteSendDifficult')}
                  </Button>
                </div>
              )}
            </>
          )}
        </BoardForm>
      ) : null}
      {ideas ? (
        <BoardForm intent="idea" target="behalf" idemKey={idemKey} resetOnSuccess success="board.ideaSent">
          {(state) => (
            <>
              <SelectField
                name="themeId"
                label={t('board.themeLabel')}
                state={state}
                idPrefix="behalf-idea"
                options={view.themes.map((th) => ({
                  value: th.id,
                  label: th.name,
                }))}
              />
              <TextAreaField name="text" label={t('board.behalfIdeaLabel')} state={state} rows={2} idPrefix="behalf-idea" />
              <Button appearance="secondary">{t('board.behalfIdeaSend')}</Button>
            </>
          )}
        </BoardForm>
      ) : null}
    </Panel>
  );
}

/** Clustering: drag a note onto a theme, or choose its theme and press "Verplaats"; both post note-theme. */
export function ClusterPanel({ view, quoteSearch }: { view: BoardView; quoteSearch: QuoteSearch }) {
  const t = useT();
  const dnd = useFetcher();
  // A note moved by keyboard shows up in another group (a new element): focus follows it there.
  const [moved, setMoved] = useState<{ noteId: string; themeId: string | null } | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!moved) return;
    const note = view.notes.find((n) => n.id === moved.noteId);
    if (note && (note.themeId ?? null) !== moved.themeId) return; // not read back yet (or refused: the next submit replaces it)
    const element = boardRef.current?.querySelector<HTMLElement>(`[data-note-id="${moved.noteId}"]`);
    if (element && !element.contains(document.activeElement)) element.focus();
    setMoved(null);
  }, [moved, view.notes]);
  const onDropNote = (noteId: string, themeId: string | null) => {
    const note = view.notes.find((n) => n.id === noteId);
    if (!note || (note.themeId ?? null) === themeId) return;
    void dnd.submit({ intent: 'note-theme', noteId, themeId: themeId ?? '' }, { method: 'post', preventScrollReset: true });
  };
  return (
    <Panel id="cluster-section" title={t('board.clusterSection')}>
      <Paragraph>{t('board.clusterIntro')}</Paragraph>
      <BoardForm intent="theme-create" resetOnSuccess className="board-row board-row--end">
        {(state) => (
          <>
            <TextField name="name" label={t('board.themeCreateLabel')} state={state} idPrefix="theme-create" />
            <Button appearance="secondary">{t('board.themeCreate')}</Button>
          </>
        )}
      </BoardForm>
      <SuggestPanel />
      {/* Heard when a note's "Verplaats" form is sent: its old form is gone once the note shows in its new group. */}
      <div ref={boardRef} onSubmitCapture={(event) => setMoved(movedBy(event.target))}>
        <NotesBoard
          notes={view.notes}
          themes={view.themes}
          level={2}
          drop={{ onDropNote }}
          controls={(note) => <NoteControls note={note} themes={view.themes} quoteSearch={quoteSearch?.noteId === note.id ? quoteSearch : null} />}
          themeTools={(theme) => <ThemeTools theme={theme} themes={view.themes} />}
        />
      </div>
    </Panel>
  );
}

function ThemeTools({ theme, themes }: { theme: BoardThemeView; themes: readonly BoardThemeView[] }) {
  const t = useT();
  const others = themes.filter((th) => th.id !== theme.id);
  return (
    <details className="board-details">
      <summary>{t('board.themeManage', { name: theme.name })}</summary>
      <div className="spiegel-stack">
        <BoardForm intent="theme-rename" target={theme.id} fields={{ themeId: theme.id }} className="board-row board-row--end" key={theme.name}>
          {(state) => (
            <>
              <TextField
                name="name"
                label={t('board.themeRenameLabel', { name: theme.name })}
                defaultValue={theme.name}
                state={state}
                idPrefix={`rename-${theme.id}`}
              />
              <Button appearance="secondary">{t('board.themeRename')}</Button>
            </>
          )}
        </BoardForm>
        {others.length > 0 ? (
          <BoardForm intent="theme-merge" target={theme.id} fields={{ fromId: theme.id }} className="board-row board-row--end">
            {(state) => (
              <>
                <SelectField
                  name="intoId"
                  label={t('board.themeMergeLabel')}
                  state={state}
                  idPrefix={`merge-${theme.id}`}
                  options={others.map((th) => ({
                    value: th.id,
                    label: th.name,
                  }))}
                />
                <Button appearance="secondary">{t('board.themeMerge')}</Button>
              </>
            )}
          </BoardForm>
        ) : null}
      </div>
    </details>
  );
}

/** Hiding is the board's undoable removal: a hidden note stays here, dimmed, with "Terugzetten". */
export function HideNoteForm({ note }: { note: BoardNoteView }) {
  const t = useT();
  return (
    <BoardForm
      intent="note-hide"
      target={note.id}
      fields={{ noteId: note.id, hidden: note.hidden ? '0' : '1' }}
      className="board-inline-form"
      key={String(note.hidden)}
    >
      <Button
        appearance={note.hidden ? 'primary' : 'subtle'}
        aria-label={note.hidden ? t('board.noteRestoreLabel', { text: note.text }) : t('board.noteHideLabel', { text: note.text })}
      >
        {note.hidden ? t('board.noteRestore') : t('board.noteHide')}
      </Button>
    </BoardForm>
  );
}

/** The note and theme a submitted "Verplaats" form asks for, or null for any other form. */
function movedBy(target: EventTarget): { noteId: string; themeId: string | null } | null {
  if (!(target instanceof HTMLFormElement)) return null;
  const form = new FormData(target);
  if (form.get('intent') !== 'note-theme') return null;
  return { noteId: String(form.get('noteId')), themeId: String(form.get('themeId') ?? '') || null };
}

function NoteControls({ note, themes, quoteSearch }: { note: BoardNoteView; themes: readonly BoardThemeView[]; quoteSearch: QuoteSearch }) {
  const t = useT();
  const { pathname } = useLocation();
  if (note.hidden)
    return (
      <div className="board-note__controls">
        <p className="board-comment">{t('board.markHiddenHint')}</p>
        <HideNoteForm note={note} />
      </div>
    );
  return (
    <div className="board-note__controls">
      <BoardForm intent="note-theme" target={note.id} fields={{ noteId: note.id }} className="board-row board-row--end" key={note.themeId ?? ''}>
        {(state) => (
          <>
            <SelectField
              name="themeId"
              label={t('board.themeLabel')}
              state={state}
              idPrefix={`move-${note.id}`}
              defaultValue={note.themeId ?? ''}
              options={[{ value: '', label: t('board.noteThemeNone') }, ...themes.map((th) => ({ value: th.id, label: th.name }))]}
            />
            <Button appearance="secondary" aria-label={t('board.noteMoveLabel', { text: note.text })}>
              {t('board.noteMove')}
            </Button>
          </>
        )}
      </BoardForm>
      {note.quotes.length > 0 ? (
        <ul className="board-quotes" aria-label={t('board.markQuote')}>
          {note.quotes.map((q) => (
            <li key={`${q.minuteNoteId}:${q.quoteIndex}`} data-testid="linked-quote">
              <q>{q.quote}</q>
              <BoardForm
                intent="quote-unlink"
                target={note.id}
                fields={{
                  noteId: note.id,
                  minuteNoteId: q.minuteNoteId,
                  quoteIndex: String(q.quoteIndex),
                }}
                className="board-inline-form"
              >
                <Button appearance="subtle" aria-label={t('board.quoteUnlinkLabel', { quote: q.quote })}>
                  {t('board.quoteUnlink')}
                </Button>
              </BoardForm>
            </li>
          ))}
        </ul>
      ) : null}
      {note.interpretation && note.interpretationComment ? <p className="board-comment">{note.interpretationComment}</p> : null}
      <HideNoteForm note={note} />
      <details className="board-details" open={quoteSearch ? true : undefined}>
        <summary>{t('board.guardianTools', { text: note.text })}</summary>
        <div className="spiegel-stack">
          {quoteSearch ? (
            <QuoteSearchPanel note={note} search={quoteSearch} closeHref={pathname} />
          ) : (
            <Link to={`?note=${note.id}`} preventScrollReset aria-label={t('board.quoteLinkFor', { text: note.text })}>
              {t('board.quoteLink')}
            </Link>
          )}
          <BoardForm intent="interpretation" target={note.id} fields={{ noteId: note.id }} key={`${note.interpretation}:${note.interpretationComment}`}>
            {(state) => (
              <>
                <CheckboxField
                  name="interpretation"
                  value="1"
                  label={t('board.interpretationLabel')}
                  defaultChecked={note.interpretation}
                  state={state}
                  idPrefix={`interp-${note.id}`}
                />
                <TextField
                  name="comment"
                  label={t('board.interpretationComment')}
                  defaultValue={note.interpretationComment}
                  state={state}
                  required={false}
                  idPrefix={`interp-${note.id}`}
                />
                <Button
                  appearance="secondary"
                  aria-label={t('board.interpretationSaveLabel', {
                    text: note.text,
                  })}
                >
                  {t('board.interpretationSave')}
                </Button>
              </>
            )}
          </BoardForm>
        </div>
      </details>
    </div>
  );
}

/** The quote search opened with ?note=…&q=…: a plain GET form, so it works without JavaScript. */
function QuoteSearchPanel({ note, search, closeHref }: { note: BoardNoteView; search: NonNullable<QuoteSearch>; closeHref: string }) {
  const t = useT();
  const linked = new Set(note.quotes.map((q) => `${q.minuteNoteId}:${q.quoteIndex}`));
  return (
    <div className="board-quote-search spiegel-stack" data-testid="quote-search">
      <p>
        <strong>{t('board.quoteSearchTitle')}</strong>
      </p>
      <Form method="get" preventScrollReset className="board-row board-row--end">
        <input type="hidden" name="note" value={note.id} />
        <TextField name="q" label={t('board.quoteSearchLabel')} defaultValue={search.q} idPrefix={`quote-${note.id}`} />
        <Button appearance="secondary">{t('board.quoteSearchButton')}</Button>
      </Form>
      {search.results.length === 0 ? (
        <Paragraph>{t('board.quoteNone')}</Paragraph>
      ) : (
        <>
          <p>{search.q ? t('board.quoteFound') : t('board.quoteLikely')}</p>
          <ul className="board-quotes">
            {search.results.map((r) => (
              <li key={`${r.minuteNoteId}:${r.quoteIndex}`} data-testid="quote-candidate">
                <q>{r.quote}</q>
                {r.questionText ? <span className="board-question">{t('board.quoteQuestion', { question: r.questionText })}</span> : null}
                {r.source ? <StatusBadge>{t(`voices.source_${r.source}`)}</StatusBadge> : null}
                {linked.has(`${r.minuteNoteId}:${r.quoteIndex}`) ? null : (
                  <BoardForm
                    intent="quote-link"
                    target={note.id}
                    fields={{
                      noteId: note.id,
                      minuteNoteId: r.minuteNoteId,
                      quoteIndex: String(r.quoteIndex),
                    }}
                    className="board-inline-form"
                  >
                    <Button
                      appearance="secondary"
                      aria-label={t('board.quoteLinkButtonLabel', {
                        quote: r.quote,
                      })}
                    >
                      {t('board.quoteLinkButton')}
                    </Button>
                  </BoardForm>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Link to={closeHref} preventScrollReset>
        {t('board.quoteClose')}
      </Link>
    </div>
  );
}

/** What the action answers to "suggest": the suggestions, and those rejected so far (for forms without JavaScript). */
type SuggestResult = ActionResult & { value?: { suggestions: ThemeSuggestion[]; rejected: string[] } };

/** "Stel thema's voor": suggestions to accept or reject; rejecting only hides the suggestion. */
function SuggestPanel() {
  const t = useT();
  const fetcher = useFetcher<SuggestResult>();
  const actionData = useActionData() as SuggestResult | undefined;
  const result = fetcher.data ?? (actionData?.intent === 'suggest' ? actionData : undefined);
  const [hidden, setHidden] = useState<string[]>([]);
  const found = result?.ok ? result.value : undefined;
  const rejected = [...(found?.rejected ?? []), ...hidden];
  const suggestions = (found?.suggestions ?? []).filter((s) => !rejected.includes(suggestionKey(s.noteIds)));
  return (
    <div className="spiegel-stack board-suggest">
      <fetcher.Form method="post" preventScrollReset className="spiegel-stack">
        <input type="hidden" name="intent" value="suggest" />
        <Paragraph>{t('board.suggestHint')}</Paragraph>
        <Button appearance="secondary" onClick={() => setHidden([])}>
          {t('board.suggest')}
        </Button>
      </fetcher.Form>
      {found ? (
        <div aria-live="polite" className="spiegel-stack" data-testid="suggestions">
          <p>
            <strong>{t('board.suggestionsTitle')}</strong>
          </p>
          {suggestions.length === 0 ? <Paragraph>{t('board.suggestionsNone')}</Paragraph> : null}
          <ul className="board-suggestions">
            {suggestions.map((s) => (
              <SuggestionItem
                key={suggestionKey(s.noteIds)}
                suggestion={s}
                rejected={rejected}
                onReject={() => setHidden((h) => [...h, suggestionKey(s.noteIds)])}
              />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function SuggestionItem({ suggestion, rejected, onReject }: { suggestion: ThemeSuggestion; rejected: string[]; onReject: () => void }) {
  const t = useT();
  const accept = useFetcher<ActionResult>();
  if (accept.data?.ok) return null;
  const title = suggestion.themeId ? t('board.suggestionExisting', { name: suggestion.name }) : t('board.suggestionNew', { name: suggestion.name });
  return (
    <li className="spiegel-card spiegel-stack" data-testid="suggestion">
      <p>
        <strong>{title}</strong>
      </p>
      <SuggestionNotes noteIds={suggestion.noteIds} />
      <div className="board-row">
        <accept.Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="suggestion-accept" />
          <input type="hidden" name="themeId" value={suggestion.themeId ?? ''} />
          <input type="hidden" name="name" value={suggestion.name} />
          {suggestion.noteIds.map((id) => (
            <input key={id} type="hidden" name="noteIds" value={id} />
          ))}
          <Button aria-label={`${t('board.suggestionAccept')}: ${title}`}>{t('board.suggestionAccept')}</Button>
        </accept.Form>
        {/* Without JavaScript this asks again for suggestions, leaving out the rejected ones. */}
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="suggest" />
          {[...rejected, suggestionKey(suggestion.noteIds)].map((key) => (
            <input key={key} type="hidden" name="rejected" value={key} />
          ))}
          <Button
            appearance="secondary"
            aria-label={`${t('board.suggestionReject')}: ${title}`}
            onClick={(event) => {
              event.preventDefault();
              onReject();
            }}
          >
            {t('board.suggestionReject')}
          </Button>
        </Form>
      </div>
      {accept.data && !accept.data.ok && accept.data.errors?._form ? <Alert type="error">{t(accept.data.errors._form)}</Alert> : null}
    </li>
  );
}

/** The texts of a suggestion's notes, read from the board already on screen. */
function SuggestionNotes({ noteIds }: { noteIds: string[] }) {
  const notes = useBoardNotes();
  return (
    <ul className="board-suggestion-notes">
      {noteIds.map((id) => (
        <li key={id}>{notes.get(id) ?? ''}</li>
      ))}
    </ul>
  );
}

export const NotesContext = createContext<Map<string, string>>(new Map());
const useBoardNotes = () => useContext(NotesContext);

export function IdeasOverview({ view }: { view: BoardView }) {
  const t = useT();
  return (
    <Panel id="ideas-section" title={t('board.ideasSection')}>
      {view.themes.length === 0 ? <Paragraph>{t('board.noThemes')}</Paragraph> : null}
      {view.themes.map((theme) => {
        const ideas = view.ideas.filter((i) => i.themeId === theme.id);
        return (
          <div key={theme.id} className="spiegel-stack" data-testid="facilitator-idea-theme">
            <Heading level={3}>{theme.name}</Heading>
            {ideas.length === 0 ? (
              <Paragraph>{t('board.noIdeas')}</Paragraph>
            ) : (
              <ul className="board-ideas">
                {ideas.map((idea) => (
                  <li key={idea.id} className="board-idea" data-testid="facilitator-idea">
                    {idea.text}
                    {idea.onBehalf ? <span className="board-mark">{t('board.markOnBehalf')}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </Panel>
  );
}

/** Tallies, the counted paper stickers per idea, and closing the vote. */
export function VotingPanel({ view }: { view: BoardView }) {
  const t = useT();
  const themeName = new Map(view.themes.map((th) => [th.id, th.name]));
  return (
    <Panel id="voting-section" title={t('board.votingSection')}>
      {view.ideas.length === 0 ? <Paragraph>{t('board.noIdeas')}</Paragraph> : null}
      <ul className="board-ideas">
        {view.ideas.map((idea) => (
          <li key={idea.id} className="board-idea board-idea--vote spiegel-stack" data-testid="tally-idea">
            <p className="board-idea__text">
              <strong>{idea.text}</strong> <span className="board-question">{themeName.get(idea.themeId) ?? ''}</span>
            </p>
            {idea.total !== null ? <p className="board-tally">{t('board.tallyTotal', { count: idea.total })}</p> : null}
            {view.criteria.map((c) => (
              <BoardForm
                key={c || 'all'}
                intent="paper-votes"
                target={idea.id}
                fields={{ ideaId: idea.id, criterion: c }}
                className="board-row board-row--end"
                success="board.paperSaved"
              >
                {(state) => (
                  <>
                    {idea.tally ? (
                      <p className="board-tally">
                        {criterionLabel(t, c)} · {t('board.tallyPhones')}: {Math.max(0, (idea.tally[c] ?? 0) - (idea.paper[c] ?? 0))} ·{' '}
                        {t('board.tallyTotalHeader')}: {idea.tally[c] ?? 0}
                      </p>
                    ) : null}
                    <TextField
                      name="dots"
                      type="number"
                      inputMode="numeric"
                      label={t('board.paperLabel', {
                        criterion: criterionLabel(t, c),
                      })}
                      defaultValue={idea.paper[c] ?? 0}
                      state={state}
                      idPrefix={`paper-${idea.id}-${c || 'all'}`}
                    />
                    <Button
                      appearance="secondary"
                      aria-label={t('board.paperSaveLabel', {
                        idea: idea.text,
                      })}
                    >
                      {t('board.paperSave')}
                    </Button>
                  </>
                )}
              </BoardForm>
            ))}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export function ClosePanel() {
  const t = useT();
  return (
    <Panel id="close-section" title={t('board.closeSection')} card>
      <Paragraph>{t('board.closeIntro')}</Paragraph>
      <BoardForm intent="close">
        <Button>{t('board.closeButton')}</Button>
      </BoardForm>
    </Panel>
  );
}

export function PledgeList({ view }: { view: BoardView }) {
  const t = useT();
  return (
    <Panel id="pledges-section" title={t('board.pledgesTitle')}>
      {view.pledges.length === 0 ? (
        <Paragraph>{t('board.pledgesNone')}</Paragraph>
      ) : (
        <ul className="board-ideas" data-testid="pledges">
          {view.pledges.map((p) => (
            <li key={p.id} className="board-idea">
              {p.text}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/**
 * "Nieuwe briefjes eerst zelf zien" (issue 14, 5e): the switch (for who runs the board) and the notes
 * waiting, each with "Tonen" and "Verberg". Plain forms: it works without JavaScript.
 */
export function ModerationPanel({ view, canRun }: { view: BoardView; canRun: boolean }) {
  const t = useT();
  const waiting = view.notes.filter((note) => note.waiting);
  if (!view.moderated && waiting.length === 0 && !canRun) return null;
  return (
    <Panel id="moderation-section" title={t('board.moderationTitle')} testId="moderation">
      <Paragraph>
        <span data-testid="moderation-state">{view.moderated ? t('board.moderationOn') : t('board.moderationOff')}</span>
      </Paragraph>
      {canRun ? (
        <BoardForm intent="moderation" fields={{ moderated: view.moderated ? '0' : '1' }} key={String(view.moderated)}>
          <Button appearance={view.moderated ? 'secondary' : 'primary'}>{view.moderated ? t('board.moderationTurnOff') : t('board.moderationTurnOn')}</Button>
        </BoardForm>
      ) : null}
      {view.moderated || waiting.length > 0 ? (
        <Panel id="waiting-notes" title={t('board.waitingTitle', { count: waiting.length })} level={3}>
          {waiting.length === 0 ? (
            <Paragraph>{t('board.waitingNone')}</Paragraph>
          ) : (
            <ul className="board-notes" data-testid="waiting-notes">
              {waiting.map((note) => (
                <li key={note.id} className={note.hidden ? 'board-note board-note--hidden' : 'board-note'} data-testid="waiting-note" data-note-id={note.id}>
                  <p className="board-note__text">{note.text}</p>
                  <p className="board-comment">
                    {t(`board.column_${note.column}`)} <NoteMarks note={note} />
                  </p>
                  <div className="board-note__controls board-buttons">
                    {note.hidden ? null : (
                      <BoardForm intent="note-approve" target={note.id} fields={{ noteId: note.id }} className="board-inline-form">
                        <Button aria-label={t('board.noteApproveLabel', { text: note.text })}>{t('board.noteApprove')}</Button>
                      </BoardForm>
                    )}
                    <HideNoteForm note={note} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      ) : null}
    </Panel>
  );
}
