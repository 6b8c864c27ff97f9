// Warnings on the listener numbers. The ranges are the method's (target-advice.ts); warnings only, never limits.
import { FOLLOW_UP_LISTENERS, MIRROR_LISTENERS } from '#app/features/theme/domain/target-advice';

export type ListenerTargetWarning = 'invitedBelowTarget' | 'mirrorFew' | 'mirrorMany' | 'followUpFew' | 'followUpMany';

export type ListenerNumbers = { invited: number; yesMirror: number; yesFollowUp: number; targetMirror: number; targetFollowUp: number };

/**
 * Before anyone is invited only the invitation count matters; after that the yes-counts are held
 * against about 30–40 (mirror meeting) and about 20 (follow-up session).
 */
export function listenerTargetWarnings(n: ListenerNumbers): ListenerTargetWarning[] {
  const warnings: ListenerTargetWarning[] = [];
  // Not everyone says yes: invite at least as many people as the target.
  if (n.invited < n.targetMirror) warnings.push('invitedBelowTarget');
  if (n.invited === 0) return warnings;
  if (n.yesMirror < MIRROR_LISTENERS.min) warnings.push('mirrorFew');
  if (n.yesMirror > MIRROR_LISTENERS.max) warnings.push('mirrorMany');
  if (n.yesFollowUp < FOLLOW_UP_LISTENERS.min) warnings.push('followUpFew');
  if (n.yesFollowUp > FOLLOW_UP_LISTENERS.max) warnings.push('followUpMany');
  return warnings;
}
