// Who gets a personal link: the parents who came to the mirror meeting; before attendance was
// recorded, those who confirmed. A parent who already has a link keeps it.
import type { ParticipantStatus } from '#app/features/recruitment/domain/pipeline';

export function feedbackParents<P extends { status: ParticipantStatus; hasLink: boolean }>(participants: readonly P[]): P[] {
  const wanted: ParticipantStatus = participants.some((p) => p.status === 'attended') ? 'attended' : 'confirmed';
  return participants.filter((p) => p.hasLink || p.status === wanted);
}
