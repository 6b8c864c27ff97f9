// Pure rules of the other voices (X1): the page language, the questions a contribution answers,
// the answers read from the form, and what others read of a parent's own words.
import { preferredLanguage } from '#app/i18n/accept-language';
import { OPENING_KEY, questionKey } from '#app/features/console/domain/queue';
import { type MaskedPart, maskParts } from '#app/features/feedback/domain/mask';
import { parseQuotes } from '#app/features/minutes/domain/notes';
import type { Finding, FindingKind } from '#app/features/privacy/domain/name-guard';
import { CONTRIBUTION_LANGUAGES, type ContributionLanguage, contributionTexts, hasContributionTexts } from './contribution-texts';

/** The public page of a trajectory's contribution link. */
export const contributionPath = (token: string) => `/p/contribution/${encodeURIComponent(token)}`;

/**
 * The language of the form: the one in the address (the flyer's language) when we have texts in
 * it, else the first of the browser's languages we have, else Dutch.
 */
export function chooseContributionLanguage(requested: string | null | undefined, acceptLanguage: string | null | undefined): ContributionLanguage {
  if (requested && hasContributionTexts(requested)) return requested;
  return preferredLanguage(acceptLanguage, CONTRIBUTION_LANGUAGES) ?? 'nl';
}

export const contributionLanguages = (): ContributionLanguage[] => CONTRIBUTION_LANGUAGES;

/** One question of a contribution or a conversation: the key its notes are stored under and its Dutch text. */
export type VoiceQuestion = {
  /** `opening` or a question's id: the form field's suffix. */
  field: string;
  /** The minutes' question key, the same as the console's. */
  key: string;
  /** Dutch, as the minutes keep it. */
  dutch: string;
  /** Only the opening question is written in every language of the form. */
  translated: boolean;
};

/** The open question first (in every language), then the trajectory's chosen questions in their order (Dutch). */
export function voiceQuestions(chosen: readonly { id: string; text: string }[]): VoiceQuestion[] {
  return [
    { field: OPENING_KEY, key: OPENING_KEY, dutch: contributionTexts('nl').t('openQuestion'), translated: true },
    ...chosen.map((q) => ({ field: q.id, key: questionKey(q.id), dutch: q.text, translated: false })),
  ];
}

/** The question as the form shows it: translated when we can, else the Dutch text marked as Dutch. */
export function questionIn(question: VoiceQuestion, language: string): { text: string; lang: string } {
  if (question.translated) {
    const texts = contributionTexts(language);
    return { text: texts.t('openQuestion'), lang: texts.lang };
  }
  return { text: question.dutch, lang: 'nl' };
}

export const ANSWER_MAX = 3000;
export const answerField = (field: string) => `answer-${field}`;
export const summaryField = (field: string) => `summary-${field}`;
export const quotesField = (field: string) => `quotes-${field}`;

/** Per question the trimmed text of a field (`answer-<field>`), the empty ones left out. */
export function filledFields(values: Record<string, unknown>, prefix: string): Map<string, string> {
  const filled = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith(`${prefix}-`) || typeof value !== 'string') continue;
    const text = value.trim();
    if (text) filled.set(name.slice(prefix.length + 1), text);
  }
  return filled;
}

const MASK_LABEL: Record<FindingKind, string> = { name: '[naam]', phone: '[telefoonnummer]', email: '[e-mailadres]', address: '[adres]' };

/** A parent's own words for others: each piece that looks identifying replaced by what kind it is, in Dutch. */
export function maskedForOthers(text: string, findings: readonly Finding[]): string {
  const parts: MaskedPart[] = [];
  for (const part of maskParts(text, findings)) {
    // A first name and a surname are one name: "[naam]" once, not twice.
    const [before, gap] = [parts.at(-2), parts.at(-1)];
    const sameKind = 'masked' in part && before && 'masked' in before && before.masked === part.masked;
    if (sameKind && gap && 'text' in gap && gap.text.trim() === '') parts.pop();
    else if ('masked' in part && gap && 'masked' in gap && gap.masked === part.masked) continue;
    else parts.push(part);
  }
  return parts.map((p) => ('masked' in p ? MASK_LABEL[p.masked] : p.text)).join('');
}

/** A parent's written answer as the minutes' literal quotes: one per line, like a minute-taker's. */
export const answerQuotes = (answer: string): string[] => parseQuotes(answer);
