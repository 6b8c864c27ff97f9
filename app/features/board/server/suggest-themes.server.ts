import { and, eq, isNotNull, isNull, ne } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes, boardThemes, organisations } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { fetchEmbeddings } from '#app/utils/embeddings.server';
import { suggestThemes as cluster } from '../domain/cluster';
import { suggestionKey } from '../domain/suggestion-key';
import type { ThemeSuggestion } from '../domain/types';
import { requireBoard, type StaffOnBoard } from './board-records.server';

/**
 * Suggestions for the unassigned notes (computed, not stored), leaving out those rejected before
 * (by suggestionKey). When the organisation runs its own embeddings service, its vectors for the
 * notes and theme names are used too; without an answer the words alone decide.
 */
export async function suggestThemes(input: StaffOnBoard & { rejected?: readonly string[] }): Promise<ThemeSuggestion[]> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  const database = await db();
  await requireBoard(database, input);
  const [notes, themes, [service]] = await Promise.all([
    database
      .select({ id: boardNotes.id, text: boardNotes.text, themeId: boardNotes.themeId })
      .from(boardNotes)
      // What touched people (first phase) is not clustered: themes are made of what goes well and what is difficult.
      .where(
        inOrg(
          boardNotes,
          orgId,
          and(eq(boardNotes.boardId, boardId), ne(boardNotes.column, 'touched'), isNull(boardNotes.hiddenAt), isNotNull(boardNotes.shownAt)),
        ),
      )
      .orderBy(boardNotes.createdAt, boardNotes.id),
    database
      .select({ id: boardThemes.id, name: boardThemes.name })
      .from(boardThemes)
      .where(inOrg(boardThemes, orgId, eq(boardThemes.boardId, boardId)))
      .orderBy(boardThemes.position, boardThemes.createdAt),
    // The organisations table is the tenant itself: its own id is the scope.
    database.select({ url: organisations.embeddingsUrl, model: organisations.embeddingsModel }).from(organisations).where(eq(organisations.id, orgId)),
  ]);
  const ids = [...notes.map((n) => n.id), ...themes.map((t) => t.id)];
  const vectors = service ? await fetchEmbeddings(service, [...notes.map((n) => n.text), ...themes.map((t) => t.name)]) : null;
  const embeddings = vectors ? new Map(ids.map((id, i) => [id, vectors[i]!])) : undefined;
  const grouped = new Set(notes.filter((n) => n.themeId !== null).map((n) => n.id));
  const rejected = new Set(input.rejected ?? []);
  // The clustering promises this already; checked here too, as moving grouped notes is what users dislike most.
  return cluster(notes, themes, { embeddings })
    .map((s) => ({ ...s, noteIds: s.noteIds.filter((id) => !grouped.has(id)) }))
    .filter((s) => s.noteIds.length > 0 && !rejected.has(suggestionKey(s.noteIds)));
}
