import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { sendMail } from '#app/mail/send-mail.server';
import { RuleError } from '#app/utils/rule-error';
import { parentTexts } from '../domain/parent-texts';
import { summaryMail } from '../domain/summary';
import { parentLinkUrl, participantsWithLinks, personalDataOf, youSaidWeDid } from './feedback-records.server';

export type SummaryOutcome = { sent: number; noEmail: number; failed: number };

const isEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());

/**
 * Mails "you said, we did" in short to every parent with a link who left an e-mail address (their
 * personal data, or how they asked to be reached), in their link's language with their own link.
 * A failed mail is counted, not fatal: the others still go out.
 */
export async function mailFeedbackSummary(input: TrajectoryScope & { send?: typeof sendMail }): Promise<SummaryOutcome> {
  authorize(input, 'participants.personalData');
  const { send = sendMail } = input;
  if (!(await loadTrajectory(input)).agendaSharedAt) throw new RuleError('parentPage.summaryNotShared');
  const database = await db();
  const linked = (await participantsWithLinks(input, database)).flatMap((p) => (p.link ? [{ ...p, link: p.link }] : []));
  if (linked.length === 0) throw new RuleError('parentPage.summaryNoLinks');
  const personal = await personalDataOf(
    input,
    linked.map((p) => p.participantId),
    'feedback.summaryMail',
  );
  const itemsIn = new Map<string, Awaited<ReturnType<typeof youSaidWeDid>>>();
  const outcome: SummaryOutcome = { sent: 0, noEmail: 0, failed: 0 };
  for (const parent of linked) {
    const row = personal.get(parent.participantId);
    const to = [row?.email ?? '', row?.stayInvolvedContact ?? ''].find(isEmail)?.trim();
    if (!to) {
      outcome.noEmail += 1;
      continue;
    }
    const language = parent.link.language;
    if (!itemsIn.has(language)) itemsIn.set(language, await youSaidWeDid(input, { language, previousVisitAt: null }));
    try {
      await send({
        to,
        ...summaryMail({ texts: parentTexts(language), items: itemsIn.get(language)!, link: parentLinkUrl(parent.link.token) }),
        lang: language,
        orgId: input.orgId,
      });
      outcome.sent += 1;
    } catch (error) {
      console.error(`[feedback] summary to participant ${parent.participantId} failed`, error);
      outcome.failed += 1;
    }
  }
  return outcome;
}
