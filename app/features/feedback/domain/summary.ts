// "You said, we did" in a few lines: the mail to parents who left an address, and a text
// message the workgroup can copy per language.
import type { ActionStatus } from '#app/db/schema';
import type { ParentTexts } from './parent-texts';

export type SummaryAction = { title: string; status: ActionStatus; nextStep: string };
export type SummaryItem = { text: string; actions: readonly SummaryAction[] };

/** Done, and started (planned or running), over all items' actions; an item counts once, by its furthest action. */
export function progress(items: readonly SummaryItem[]): { total: number; done: number; running: number } {
  let done = 0;
  let running = 0;
  for (const item of items) {
    const statuses = item.actions.map((a) => a.status);
    if (statuses.includes('done')) done += 1;
    else if (statuses.includes('running') || statuses.includes('planned')) running += 1;
  }
  return { total: items.length, done, running };
}

/** The mail: a thank-you, per item what was done (or honestly nothing yet), and the parent's own link. */
export function summaryMail({ texts, items, link }: { texts: ParentTexts; items: readonly SummaryItem[]; link: string }): { subject: string; text: string } {
  const { t } = texts;
  const lines = items.map((item, i) => {
    const actions = item.actions.length
      ? item.actions.map((a) => `   - ${a.title}: ${t(`status_${a.status}`)}${a.nextStep ? `. ${t('nextStep', { step: a.nextStep })}` : ''}`)
      : [`   - ${t('summaryNoAction')}`];
    return [`${i + 1}. ${item.text}`, ...actions].join('\n');
  });
  return { subject: t('summarySubject'), text: [t('summaryIntro'), ...lines, t('summaryLink', { link })].join('\n\n') };
}

/** A short text for a text message: the progress in figures and where to read more. */
export function summarySms({
  texts,
  org,
  items,
  publicLink,
}: {
  texts: ParentTexts;
  org: string;
  items: readonly SummaryItem[];
  publicLink: string | null;
}): string {
  const { t } = texts;
  const counts = progress(items);
  return `${t('smsText', { org, ...counts })} ${publicLink ? t('smsLink', { link: publicLink }) : t('smsOwnPage')}`;
}
