import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { parentLinks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** The language a parent's page (and letter and summary) opens in. */
export async function setParentLinkLanguage(input: TrajectoryScope & { participantId: string; language: string }) {
  authorize(input, 'agenda.edit');
  const changed = await (
    await db()
  )
    .update(parentLinks)
    .set({ language: input.language })
    .where(inOrg(parentLinks, input.orgId, and(eq(parentLinks.trajectoryId, input.trajectoryId), eq(parentLinks.participantId, input.participantId))))
    .returning({ id: parentLinks.id });
  if (changed.length === 0) notFound();
}
