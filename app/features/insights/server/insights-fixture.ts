// Test data for the insights library, dashboard and reflection session, inserted directly: the
// agenda editor and the actions screens are built elsewhere. Used by this feature's integration
// tests and by the browser journey (tests/e2e/insights.test.ts), which runs it on its own database.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import {
  type ActionStatus,
  actionUpdates,
  actions,
  agendaItems,
  meetings,
  minuteNotes,
  minutes,
  participantPersonalData,
  participants,
  teams,
  trajectories,
} from '#app/db/schema';
import { makeTrajectory } from '#tests/factories';

export async function insertTeam(orgId: string, name: string, kind: 'team' | 'neighbourhood' = 'team'): Promise<string> {
  const [team] = await (await db()).insert(teams).values({ orgId, name, kind }).returning({ id: teams.id });
  return team!.id;
}

/** A trajectory of a team, with the dates of its mirror meeting and feedback to parents when given. */
export async function insertTrajectory(
  orgId: string,
  {
    title,
    teamId = null,
    kind = 'trajectory',
    mirror,
    feedback,
  }: { title: string; teamId?: string | null; kind?: 'trajectory' | 'reflection'; mirror?: string; feedback?: string },
): Promise<string> {
  const database = await db();
  const { id } = await makeTrajectory(orgId, { variant: 'care', title });
  await database.update(trajectories).set({ teamId, kind }).where(eq(trajectories.id, id));
  const dates = [...(mirror ? [{ kind: 'mirror' as const, date: mirror }] : []), ...(feedback ? [{ kind: 'feedback' as const, date: feedback }] : [])];
  if (dates.length > 0) await database.insert(meetings).values(dates.map((m) => ({ orgId, trajectoryId: id, ...m })));
  return id;
}

/** Parents of a trajectory with their (personal) names; `attended` of them came to the mirror meeting. */
export async function insertParents(orgId: string, trajectoryId: string, names: readonly string[], attended = names.length): Promise<string[]> {
  const database = await db();
  const rows = await database
    .insert(participants)
    .values(
      names.map((_, i) => ({
        orgId,
        trajectoryId,
        pseudonym: `Ouder ${String.fromCharCode(65 + i)}`,
        kind: 'parent' as const,
        status: i < attended ? ('attended' as const) : ('confirmed' as const),
      })),
    )
    .returning({ id: participants.id });
  await database.insert(participantPersonalData).values(rows.map((row, i) => ({ participantId: row.id, orgId, trajectoryId, name: names[i]! })));
  return rows.map((r) => r.id);
}

/** Minutes with one note per list of quotes; finalised unless told otherwise. */
export async function insertMinutes(
  orgId: string,
  trajectoryId: string,
  notes: readonly (readonly string[])[],
  { finalised = true, withdrawn = false }: { finalised?: boolean; withdrawn?: boolean } = {},
): Promise<string[]> {
  const database = await db();
  const rows = await database
    .insert(minuteNotes)
    .values(
      notes.map((quotes, i) => ({
        orgId,
        trajectoryId,
        questionKey: `q-${i}`,
        questionText: 'Hoe was het om hulp te vragen?',
        summary: 'Samenvatting',
        quotes: [...quotes],
        idempotencyKey: randomUUID(),
        consentWithdrawnAt: withdrawn ? new Date() : null,
      })),
    )
    .returning({ id: minuteNotes.id });
  await database
    .insert(minutes)
    .values({ orgId, trajectoryId, status: finalised ? 'finalised' : 'draft', finalisedAt: finalised ? new Date() : null })
    .onConflictDoNothing();
  return rows.map((r) => r.id);
}

export type InsightSeed = {
  title: string;
  themeName?: string;
  sharedTheme?: string;
  plainText?: string;
  quotes?: readonly string[];
  status?: 'draft' | 'agreed';
};

/** An item of the change agenda: agreed (an insight) unless told otherwise. */
export async function insertInsight(orgId: string, trajectoryId: string, seed: InsightSeed): Promise<string> {
  const [item] = await (
    await db()
  )
    .insert(agendaItems)
    .values({
      orgId,
      trajectoryId,
      rank: 1,
      title: seed.title,
      themeName: seed.themeName ?? '',
      sharedTheme: seed.sharedTheme ?? '',
      plainText: seed.plainText ?? '',
      quotes: [...(seed.quotes ?? [])],
      status: seed.status ?? 'agreed',
    })
    .returning({ id: agendaItems.id });
  return item!.id;
}

/** An action on an item, with dated updates (the last one is the outcome). */
export async function insertAction(
  orgId: string,
  trajectoryId: string,
  itemId: string | null,
  { title, status = 'planned', dueOn = null, updates = [] }: { title: string; status?: ActionStatus; dueOn?: string | null; updates?: readonly string[] },
): Promise<string> {
  const database = await db();
  const [action] = await database.insert(actions).values({ orgId, trajectoryId, agendaItemId: itemId, title, status, dueOn }).returning({ id: actions.id });
  const start = Date.now() - updates.length * 60_000;
  if (updates.length > 0)
    await database
      .insert(actionUpdates)
      .values(updates.map((text, i) => ({ orgId, actionId: action!.id, text, status, createdAt: new Date(start + i * 60_000) })));
  return action!.id;
}
