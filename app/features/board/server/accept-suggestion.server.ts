// STUB: to be implemented (helper B).
import type { ThemeSuggestion } from '../domain/types';
/** Applies a suggestion: to an existing theme or as a new one; notes grouped meanwhile are left where people put them. */
export async function acceptSuggestion(_args: { orgId: string; boardId: string; suggestion: ThemeSuggestion }): Promise<void> {
  throw new Error('todo');
}
