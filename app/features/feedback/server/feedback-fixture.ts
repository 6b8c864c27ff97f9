// Test data for the feedback feature (tests only): parents, an agreed agenda with a translation, and
// actions with updates. The agenda editor and the actions are other features: their rows are made here.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import {
  actions,
  actionUpdates,
  agendaItems,
  agendaItemTranslations,
  participantPersonalData,
  participants,
  partners,
  trajectories,
  type ActionStatus,
} from '#app/db/schema';
import { trajectoryWith } from '#tests/factories';

export async function feedbackFixture({ shared = true, published = false } = {}) {
  const { org, trajectory, people } = await trajectoryWith({
    lead: ['coordinator', 'lead'],
    workgroup: ['member', 'workgroup'],
    viewer: ['member'],
  });
  const orgId = org.id;
  const trajectoryId = trajectory.id;
  const database = await db();
  const parent = (pseudonym: string, status: 'attended' | 'confirmed' | 'registered') => ({ orgId, trajectoryId, pseudonym, kind: 'parent' as const, status });
  const [a, b, c, d] = await database
    .insert(participants)
    .values([parent('Ouder A', 'attended'), parent('Ouder B', 'attended'), parent('Ouder C', 'confirmed'), parent('Ouder D', 'registered')])
    .returning();
  await database.insert(participantPersonalData).values([
    { participantId: a!.id, orgId, trajectoryId, name: 'Yasmina Haddou', languages: 'Arabisch, Nederlands', email: 'yasmina@ouder.test' },
    { participantId: b!.id, orgId, trajectoryId, name: 'Kees Verbeek', languages: 'Nederlands' },
  ]);
  const [first, second] = await database
    .insert(agendaItems)
    .values([
      {
        orgId,
        trajectoryId,
        rank: 1,
        position: 0,
        status: 'agreed',
        title: 'Eén aanspreekpunt',
        plainText: 'Eén vaste persoon die u kunt bellen.',
        quotes: ['Ik wil één persoon die ik kan bellen.'],
      },
      { orgId, trajectoryId, rank: 2, position: 1, status: 'agreed', title: 'Brieven in gewone taal' },
      { orgId, trajectoryId, rank: 3, position: 2, status: 'draft', title: 'Nog niet afgesproken' },
    ])
    .returning();
  await database.insert(agendaItemTranslations).values({ orgId, itemId: first!.id, language: 'ar', text: 'شخص واحد ثابت يمكنكم الاتصال به.' });
  await database
    .update(trajectories)
    .set({ feedbackLanguages: ['ar'], agendaSharedAt: shared ? new Date() : null, publicPageToken: published ? `public-${randomUUID()}` : null })
    .where(eq(trajectories.id, trajectoryId));
  const [partner] = await database
    .insert(partners)
    .values({ orgId, trajectoryId, name: 'Welzijn Noord', domain: 'welfare', linkToken: randomUUID() })
    .returning();

  /** An action on an item, with dated updates (oldest first). */
  async function addAction(itemId: string, { status = 'running' as ActionStatus, nextStep = '', updates = [] as { text: string; at?: Date }[] } = {}) {
    const [action] = await database
      .insert(actions)
      .values({ orgId, trajectoryId, agendaItemId: itemId, title: 'Wijkcoach als vast aanspreekpunt', partnerId: partner!.id, status, nextStep })
      .returning();
    for (const u of updates) {
      await database.insert(actionUpdates).values({ orgId, actionId: action!.id, text: u.text, status, createdAt: u.at ?? new Date() });
    }
    return action!;
  }

  const [row] = await database.select({ publicPageToken: trajectories.publicPageToken }).from(trajectories).where(eq(trajectories.id, trajectoryId));
  return {
    org,
    trajectory,
    people,
    parents: { a: a!, b: b!, c: c!, d: d! },
    items: { first: first!, second: second! },
    publicPageToken: row!.publicPageToken,
    addAction,
  };
}
