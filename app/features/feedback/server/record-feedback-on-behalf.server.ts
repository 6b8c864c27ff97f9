import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { feedbackParents } from '../domain/parents';
import type { FeedbackInput } from '../domain/verdicts';
import { participantsWithLinks, saveFeedback } from './feedback-records.server';

/**
 * A workgroup member enters a parent's reactions for them (at the feedback meeting, on paper, by
 * phone): the same answers as on the parent's page, marked with who entered them. How to reach the
 * parent is personal data: only entered by someone who may read it.
 */
export async function recordFeedbackOnBehalf(input: TrajectoryScope & FeedbackInput & { participantId: string }) {
  authorize(input, 'agenda.edit');
  const people = await participantsWithLinks(input);
  const parent = feedbackParents(people.map((p) => ({ ...p, hasLink: !!p.link }))).find((p) => p.participantId === input.participantId);
  if (!parent) notFound();
  await saveFeedback(input, parent.participantId, input, {
    recordedBy: input.actor.userId,
    contactEditable: can(input, 'participants.personalData'),
    caller: input,
  });
}
