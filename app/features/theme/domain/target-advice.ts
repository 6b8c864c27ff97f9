// The method's numbers for participants and listeners. Warnings only: organisations adapt the method.
import { variantDefaults, type Variant } from '#app/features/trajectory/domain/variants';

export type Targets = {
  participantTargetMin: number;
  participantTargetMax: number;
  mirrorListenerTarget: number;
  followUpListenerTarget: number;
};

/** About 30–40 listeners at the mirror meeting, about 20 at the follow-up session. */
export const MIRROR_LISTENERS = { min: 30, max: 40 } as const;
export const FOLLOW_UP_LISTENERS = { min: 15, max: 25 } as const;

export type TargetAdvice =
  'participantsFew' | 'participantsMany' | 'mirrorListenersFew' | 'mirrorListenersMany' | 'followUpListenersFew' | 'followUpListenersMany';

export function participantRange(variant: Variant) {
  const d = variantDefaults(variant);
  return { min: d.participantTargetMin, max: d.participantTargetMax };
}

export function targetAdvice(variant: Variant, targets: Targets): TargetAdvice[] {
  const participants = participantRange(variant);
  const advice: TargetAdvice[] = [];
  if (targets.participantTargetMin < participants.min) advice.push('participantsFew');
  if (targets.participantTargetMax > participants.max) advice.push('participantsMany');
  if (targets.mirrorListenerTarget < MIRROR_LISTENERS.min) advice.push('mirrorListenersFew');
  if (targets.mirrorListenerTarget > MIRROR_LISTENERS.max) advice.push('mirrorListenersMany');
  if (targets.followUpListenerTarget < FOLLOW_UP_LISTENERS.min) advice.push('followUpListenersFew');
  if (targets.followUpListenerTarget > FOLLOW_UP_LISTENERS.max) advice.push('followUpListenersMany');
  return advice;
}
