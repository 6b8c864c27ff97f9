import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { RuleError } from '#app/utils/rule-error';
import { type FeedbackInput } from '../domain/verdicts';
import { saveFeedback } from './feedback-records.server';
import type { LinkedParent } from './find-parent-link.server';

/**
 * A parent saves their reactions from their own page, once the agenda is shared with them; saving
 * again replaces the earlier answers (and a workgroup member's entries for them become their own).
 * Authorised by the personal link: takes the link findParentLink found.
 */
export async function submitParentFeedback({ link, ...input }: FeedbackInput & { link: LinkedParent }) {
  if (!(await loadTrajectory(link)).agendaSharedAt) throw new RuleError('parentPage.notSharedYet');
  await saveFeedback(link, link.participantId, input, {
    recordedBy: null,
    contactEditable: true,
    caller: { orgId: link.orgId, actor: null, self: 'parent' },
    language: link.language,
  });
}
