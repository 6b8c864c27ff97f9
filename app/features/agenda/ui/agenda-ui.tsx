// Small pieces the agenda page's sections share: a form for one item, the "why" field, an item's
// history and quotes, and the confirmation after a change.
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, FormErrorSummary, type FormState, Heading, TextAreaField } from '#app/components/ui';
import { formatDate, type MessageKey, useI18n, useT } from '#app/i18n/i18n';
import { type FormAnswer, succeeded } from '#app/utils/forms';
import type { HistoryEntry } from '../server/get-agenda-page.server';

export type AgendaAnswer = FormAnswer<unknown> | undefined;

/**
 * A form about one item: it posts the intent, the item's id and a `target` (the item, or the item
 * and a language) so the answer lands next to this form. Works without JavaScript.
 */
export function ItemForm({
  intent,
  itemId,
  target,
  state,
  children,
}: {
  intent: string;
  itemId?: string;
  target?: string;
  state?: FormState;
  children: ReactNode;
}) {
  return (
    <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      {intent === 'add' ? <SubmissionKey /> : null}
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
      {target || itemId ? <input type="hidden" name="target" value={target ?? itemId} /> : null}
      <FormErrorSummary state={state} />
      {children}
    </Form>
  );
}

/** "Why?": every change but a move asks for it; it goes into the item's history with name and date. */
export function ReasonField({ state, idPrefix, label }: { state: FormState; idPrefix: string; label: MessageKey }) {
  const t = useT();
  return <TextAreaField name="reason" idPrefix={idPrefix} label={t(label)} description={t('agenda.reasonHint')} state={state} rows={2} />;
}

/** Why the item is as it is: each reason with its date and who gave it, oldest first. */
export function History({ entries, headingId }: { entries: readonly HistoryEntry[]; headingId: string }) {
  const { t, locale } = useI18n();
  if (entries.length === 0) return null;
  return (
    // Not a <section>: every item has one, and landmarks must have names of their own.
    <div className="spiegel-stack">
      <Heading level={4} id={headingId}>
        {t('agenda.historyTitle')}
      </Heading>
      <ul className="agenda-history" aria-labelledby={headingId} data-testid="history">
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="agenda-history__when">
              {t('agenda.historyWho', { date: formatDate(entry.at, locale), name: entry.author || t('agenda.historyUnknown') })}
            </span>{' '}
            {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The parents' literal words an item rests on. */
export function Quotes({ quotes }: { quotes: readonly string[] }) {
  const t = useT();
  if (quotes.length === 0) return null;
  return (
    <ul className="agenda-quotes" aria-label={t('agenda.quotesLabel')} data-testid="quotes">
      {quotes.map((quote) => (
        <li key={quote}>
          <blockquote className="agenda-quote">{quote}</blockquote>
        </li>
      ))}
    </ul>
  );
}

const savedMessages: Partial<Record<string, MessageKey>> = {
  adopt: 'agenda.saved_adopt',
  edit: 'agenda.saved_edit',
  add: 'agenda.saved_add',
  merge: 'agenda.saved_merge',
  split: 'agenda.saved_split',
  remove: 'agenda.saved_remove',
  move: 'agenda.saved_move',
  languages: 'agenda.saved_languages',
  translation: 'agenda.saved_translation',
  share: 'agenda.saved_share',
};

/** The confirmation of a change, shown next to what changed. */
export function Saved({ result, intents, target = '' }: { result: AgendaAnswer; intents: readonly string[]; target?: string }) {
  const t = useT();
  const intent = intents.find((i) => succeeded(result, i, target));
  const message = intent ? savedMessages[intent] : undefined;
  return message ? <Alert type="ok">{t(message)}</Alert> : null;
}

/** A QR code's SVG inside an element with role="img": the SVG itself is hidden from screen readers and scales to its box. */
export const svgForImage = (svg: string) => svg.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" focusable="false" ');
