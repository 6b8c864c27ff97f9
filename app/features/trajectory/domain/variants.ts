// The method's defaults per variant. Defaults and warnings only: organisations adapt the method.
export const variants = ['coalition', 'care'] as const;
export type Variant = (typeof variants)[number];

export type VariantDefaults = {
  participantTargetMin: number;
  participantTargetMax: number;
  mirrorListenerTarget: number;
  followUpListenerTarget: number;
  /** The care-organisation variant adds a round where the outer circle says what it heard. */
  outerCircleRound: boolean;
  suggestedPrepMeetings: number;
};

export function variantDefaults(variant: Variant): VariantDefaults {
  return variant === 'care'
    ? {
        participantTargetMin: 8,
        participantTargetMax: 12,
        mirrorListenerTarget: 35,
        followUpListenerTarget: 20,
        outerCircleRound: true,
        suggestedPrepMeetings: 5,
      }
    : {
        participantTargetMin: 5,
        participantTargetMax: 8,
        mirrorListenerTarget: 35,
        followUpListenerTarget: 20,
        outerCircleRound: false,
        suggestedPrepMeetings: 5,
      };
}
