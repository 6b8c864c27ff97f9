// The listener numbers for the step-5 hub and the trajectory overview.
import { invitedCount, type ListenerAnswers, rsvpCounts } from './rsvp';

export type ListenersSummary = { invited: number; yesMirror: number; yesFollowUp: number; targetMirror: number; targetFollowUp: number };

export function listenersSummary(
  listeners: readonly ListenerAnswers[],
  targets: { mirrorListenerTarget: number; followUpListenerTarget: number },
): ListenersSummary {
  return {
    invited: invitedCount(listeners),
    yesMirror: rsvpCounts(listeners, 'mirror').yes,
    yesFollowUp: rsvpCounts(listeners, 'follow_up').yes,
    targetMirror: targets.mirrorListenerTarget,
    targetFollowUp: targets.followUpListenerTarget,
  };
}
