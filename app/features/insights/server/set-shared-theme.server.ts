import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { agendaItems } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { isUuid } from './insights-records.server';

/**
 * A person files one agreed item under a shared theme by hand ('' puts it back under "Nog niet
 * ingedeeld"). Everyone in the organisation reads the theme, so the privacy guard checks it first.
 */
export async function setSharedTheme({ orgId, actor, itemId, sharedTheme }: OrgScope & { itemId: string; sharedTheme: string }): Promise<void> {
  authorize({ actor }, 'org.reflect');
  const theme = sharedTheme.trim().replace(/\s+/g, ' ');
  if (!isUuid(itemId)) notFound();
  await (
    await db()
  ).transaction(async (tx) => {
    const [item] = await tx
      .select({ trajectoryId: agendaItems.trajectoryId })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, and(eq(agendaItems.id, itemId), eq(agendaItems.status, 'agreed'))));
    if (!item) notFound();
    if (theme && looksIdentifying(theme, await knownIdentifiers(tx, orgId, item.trajectoryId))) throw new RuleError('privacy.identifying', 'sharedTheme');
    await tx
      .update(agendaItems)
      .set({ sharedTheme: theme })
      .where(inOrg(agendaItems, orgId, eq(agendaItems.id, itemId)));
  });
}
