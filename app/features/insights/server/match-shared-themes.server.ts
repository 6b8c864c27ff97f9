import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { agendaItems } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { suggestThemes } from '#app/features/board/domain/cluster';
import { assignments, engineInput } from '../domain/shared-themes';

/**
 * Files the organisation's agreed items that have no shared theme yet under one, with the follow-up
 * board's own theme engine: the shared themes in use are its themes, the items its notes. A shared
 * theme that is already there (set by a person, or matched before) is never changed; an item the
 * engine is unsure about stays "Nog niet ingedeeld". Admins and coordinators, like the reflection session.
 */
export async function matchSharedThemes({ orgId, actor }: OrgScope): Promise<{ assigned: number; unassigned: number }> {
  authorize({ actor }, 'org.reflect');
  return (await db()).transaction(async (tx) => {
    const items = await tx
      .select({
        id: agendaItems.id,
        themeName: agendaItems.themeName,
        title: agendaItems.title,
        plainText: agendaItems.plainText,
        sharedTheme: agendaItems.sharedTheme,
      })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, eq(agendaItems.status, 'agreed')));
    const input = engineInput(items);
    // Awaited, so the engine may become asynchronous (an embeddings service) without a change here.
    const suggestions = await suggestThemes(input.notes, input.themes);
    const assigned = assignments(items, input, suggestions);
    const byTheme = new Map<string, string[]>();
    for (const [id, theme] of assigned) byTheme.set(theme, [...(byTheme.get(theme) ?? []), id]);
    let changed = 0;
    for (const [theme, ids] of byTheme) {
      // Only where it is still empty: a person may have set one meanwhile. updatedAt stays: parents see no change.
      const rows = await tx
        .update(agendaItems)
        .set({ sharedTheme: theme })
        .where(inOrg(agendaItems, orgId, and(inArray(agendaItems.id, ids), eq(agendaItems.sharedTheme, ''))))
        .returning({ id: agendaItems.id });
      changed += rows.length;
    }
    const before = items.filter((i) => !i.sharedTheme.trim()).length;
    return { assigned: changed, unassigned: before - changed };
  });
}
