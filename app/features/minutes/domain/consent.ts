// A parent's answer to "may your words be in the minutes?", asked at the reception desk (S6a).
// `true` is yes, `false` is no, `null` (or no row at all) is "not asked yet".

export type MinutesConsent = boolean | null | undefined;

/**
 * Whether a note may be attributed to this participant. Only a recorded "no" refuses: before the
 * desk has asked, the conversation may already run (late arrivals, a desk that is behind), and a
 * "no" recorded later removes or flags those notes (see `onWithdrawal`).
 */
export function mayAttribute(consent: MinutesConsent): boolean {
  return consent !== false;
}

/** What a "no" does to the notes already attributed to the parent: gone from a draft, flagged in final minutes for the lead. */
export function onWithdrawal(status: 'draft' | 'finalised'): 'delete' | 'flag' {
  return status === 'draft' ? 'delete' : 'flag';
}

/** The text a lead leaves in final minutes when removing a withdrawn parent's words. */
export const REMOVED_TEXT = '[verwijderd]';
