/** A suggestion is known by its notes: rejecting it hides the same group when suggestions are made again. */
export const suggestionKey = (noteIds: readonly string[]) => [...noteIds].sort().join(',');
