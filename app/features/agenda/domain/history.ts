// What a reason in an item's history says happened: the kind of change in words, then the
// workgroup's own "why". Written in Dutch once, when the change is made, so the history reads the
// same for everyone later (also after a merge, when the other item is gone).
import type { Translate } from '#app/i18n/i18n';

export type AgendaChange =
  | { kind: 'adopted' }
  | { kind: 'added' }
  | { kind: 'edited'; title: boolean; plainText: boolean; quotesAdded: number; quotesRemoved: number }
  | { kind: 'merged'; otherTitle: string }
  | { kind: 'split'; firstTitle: string; secondTitle: string }
  | { kind: 'removed' }
  /** A name or contact detail replaced by its placeholder from a report's page (one field). */
  | { kind: 'privacy'; field: 'title' | 'plainText' | 'themeName' | 'quote' };

/** An edit that changes nothing needs no reason: it is refused instead. */
export const changesNothing = (change: AgendaChange) =>
  change.kind === 'edited' && !change.title && !change.plainText && change.quotesAdded === 0 && change.quotesRemoved === 0;

const PRIVACY_FIELD = {
  title: 'agenda.changedTitle',
  plainText: 'agenda.changedPlainText',
  themeName: 'agenda.changedThemeName',
  quote: 'agenda.changedQuote',
} as const;

function whatHappened(t: Translate, change: AgendaChange): string {
  switch (change.kind) {
    case 'adopted':
      return t('agenda.history_adopted');
    case 'added':
      return t('agenda.history_added');
    case 'removed':
      return t('agenda.history_removed');
    case 'privacy':
      return t('agenda.history_edited', { what: t(PRIVACY_FIELD[change.field]) });
    case 'merged':
      return t('agenda.history_merged', { other: change.otherTitle });
    case 'split':
      return t('agenda.history_split', { first: change.firstTitle, second: change.secondTitle });
    case 'edited': {
      const parts = [
        change.title ? t('agenda.changedTitle') : '',
        change.plainText ? t('agenda.changedPlainText') : '',
        change.quotesAdded > 0 ? t('agenda.changedQuotesAdded', { count: change.quotesAdded }) : '',
        change.quotesRemoved > 0 ? t('agenda.changedQuotesRemoved', { count: change.quotesRemoved }) : '',
      ];
      return t('agenda.history_edited', { what: parts.filter(Boolean).join(', ') });
    }
  }
}

/** The text stored as the reason: what happened, and why. */
export function reasonText(t: Translate, change: AgendaChange, reason: string): string {
  return t('agenda.historyEntry', { what: whatHappened(t, change), reason: reason.trim() });
}
