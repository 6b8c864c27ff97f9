// STUB: to be implemented (helper B).
import type { ThemeSuggestion } from '../domain/types';
/** Suggestions for the unassigned notes (computed, not stored). */
export async function suggestThemes(_args: { orgId: string; boardId: string }): Promise<ThemeSuggestion[]> {
  throw new Error('todo');
}
