// Demo data for a first look: one coalition with two neighbourhoods, a coordinator, a few
// members, one trajectory partly filled in, one whose mirror meeting is done (finalised
// minutes, no follow-up board yet: the demo opens it), and one that has gone through step 8. On an empty database at start-up; and, for
// browser journeys, as many fresh copies as asked for, each with its own slug and addresses.
import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import {
  goalReviews,
  listenerPlan,
  memberships,
  minuteNotes,
  minutes,
  organisations,
  participants,
  partners,
  prepMeetings,
  statementReactions,
  statements,
  teams,
  trajectories,
  trajectoryRoles,
  users,
} from '#app/db/schema';
import { variantDefaults } from '#app/features/trajectory/domain/variants';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { newToken } from '#app/utils/tokens.server';
import { seedStepEight } from './step-eight-records.server';

export const DEMO_COORDINATOR = 'coordinator@demo.spiegel.local';

function daysFromToday(days: number): string {
  const d = new Date(`${todayInAmsterdam()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Person = { email: string; name: string };

/** What a seeded demo organisation is called and who is in it: enough for a journey to sign in and find its way. */
export type DemoOrganisation = {
  slug: string;
  name: string;
  people: { coordinator: Person; admin: Person; policy: Person; parentContact: Person; youthHealth: Person };
  partners: { youthHealth: Person; welfare: Person };
  trajectories: Record<'schans' | 'noord' | 'oosterpark', { id: string; title: string; path: string }>;
};

export async function seedDemoIfEmpty(): Promise<{ coordinatorEmail: string } | null> {
  const database = await db();
  const [existing] = await database.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0) return null;
  const demo = await seedDemo();
  return { coordinatorEmail: demo.people.coordinator.email };
}

/**
 * A fresh copy of the demo organisation, for the development-only endpoint that browser journeys call:
 * the same content under a slug, a name and e-mail addresses of its own.
 */
export function seedFreshDemo(): Promise<DemoOrganisation> {
  return seedDemo(randomBytes(5).toString('hex'));
}

/** Without a suffix: the demo itself (demostad, coordinator@demo.spiegel.local). */
async function seedDemo(suffix?: string): Promise<DemoOrganisation> {
  const database = await db();
  const slug = suffix ? `demostad-${suffix}` : 'demostad';
  const orgName = suffix ? `Kansrijke Start Demostad ${suffix}` : 'Kansrijke Start Demostad';
  const email = (local: string) => `${suffix ? `${local}-${suffix}` : local}@demo.spiegel.local`;
  const people = {
    coordinator: { email: email('coordinator'), name: 'Sanne de Vries' },
    admin: { email: email('beheer'), name: 'Karim El Amrani' },
    policy: { email: email('beleid'), name: 'Joost Bakker' },
    parentContact: { email: email('wijkteam'), name: 'Fatma Yilmaz' },
    youthHealth: { email: email('jgz'), name: 'Ineke Jansen' },
  };
  const contacts = { youthHealth: people.youthHealth, welfare: { email: email('welzijn'), name: 'Ahmed Bouzid' } };
  const titles = { schans: 'Opgroeien in De Schans', noord: 'Terugkomen in Noord', oosterpark: 'Opvoeden in Oosterpark' };

  return database.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ slug, name: orgName, kind: 'coalition' }).returning();
    const orgId = org!.id;
    const [schans, oosterparkTeam] = await tx
      .insert(teams)
      .values([
        { orgId, name: 'De Schans', kind: 'neighbourhood' },
        { orgId, name: 'Oosterpark', kind: 'neighbourhood' },
      ])
      .returning();
    const rows = await tx.insert(users).values([people.coordinator, people.admin, people.policy, people.parentContact, people.youthHealth]).returning();
    const [coordinator, admin, policy, parentContact, youthHealth] = rows as [
      (typeof rows)[number],
      (typeof rows)[number],
      (typeof rows)[number],
      (typeof rows)[number],
      (typeof rows)[number],
    ];
    await tx.insert(memberships).values([
      { orgId, userId: coordinator.id, role: 'coordinator' },
      { orgId, userId: admin.id, role: 'admin' },
      { orgId, userId: policy.id, role: 'member' },
      { orgId, userId: parentContact.id, role: 'member' },
      { orgId, userId: youthHealth.id, role: 'member' },
    ]);

    const defaults = variantDefaults('coalition');
    const [trajectory] = await tx
      .insert(trajectories)
      .values({
        orgId,
        teamId: schans!.id,
        title: titles.schans,
        variant: 'coalition',
        shortTermGoal: 'Ouders in De Schans voelen zich gehoord en weten dat er iets met hun verhaal gebeurt.',
        longTermGoal: 'Het aanbod voor jonge gezinnen in de wijk sluit beter aan bij wat ouders zelf nodig hebben.',
        horizonGoal: '',
        theme: 'De eerste 1000 dagen: zwanger zijn en een baby krijgen in De Schans',
        intentStatement:
          'Wij werken samen aan een goede start voor alle kinderen in De Schans. Wij luisteren naar ouders, nemen hun ervaringen serieus en doen samen iets met wat we horen.',
        participantTargetMin: defaults.participantTargetMin,
        participantTargetMax: defaults.participantTargetMax,
        mirrorListenerTarget: defaults.mirrorListenerTarget,
        followUpListenerTarget: defaults.followUpListenerTarget,
        createdBy: coordinator.id,
      })
      .returning();
    const trajectoryId = trajectory!.id;
    await tx.insert(trajectoryRoles).values([
      { orgId, trajectoryId, userId: coordinator.id, role: 'lead' },
      { orgId, trajectoryId, userId: policy.id, role: 'policy' },
      { orgId, trajectoryId, userId: parentContact.id, role: 'parent_contact' },
      { orgId, trajectoryId, userId: youthHealth.id, role: 'workgroup' },
    ]);
    await tx.insert(goalReviews).values({
      orgId,
      trajectoryId,
      reviewedOn: daysFromToday(-14),
      stillFits: true,
      whatChanged: 'De jeugdgezondheidszorg doet nu ook mee; het doel blijft hetzelfde.',
      authorId: coordinator.id,
    });
    const [ggd, welzijn] = await tx
      .insert(partners)
      .values([
        {
          orgId,
          trajectoryId,
          name: 'Jeugdgezondheidszorg Demostad',
          domain: 'youth_health',
          contactName: contacts.youthHealth.name,
          contactEmail: contacts.youthHealth.email,
          roleDescription: 'Levert toehoorders en denkt mee over vragen',
          linkToken: newToken(),
          signedAt: new Date(),
          signedName: contacts.youthHealth.name,
          signedOrganisation: 'Jeugdgezondheidszorg Demostad',
        },
        {
          orgId,
          trajectoryId,
          name: 'Welzijn De Schans',
          domain: 'welfare',
          contactName: contacts.welfare.name,
          contactEmail: contacts.welfare.email,
          roleDescription: 'Kent ouders in de wijk en helpt bij het werven',
          linkToken: newToken(),
        },
      ])
      .returning();
    const [first] = await tx
      .insert(statements)
      .values([
        { orgId, trajectoryId, text: 'Ouders weten goed waar ze met vragen over opvoeden terecht kunnen.', position: 0 },
        { orgId, trajectoryId, text: 'Wij vragen ouders al vaak genoeg wat zij nodig hebben.', position: 1 },
      ])
      .returning();
    await tx.insert(statementReactions).values({
      orgId,
      statementId: first!.id,
      partnerId: ggd!.id,
      choice: 'disagree',
      comment: 'Veel ouders kennen alleen het consultatiebureau.',
    });
    void welzijn;
    await tx.insert(prepMeetings).values({
      orgId,
      trajectoryId,
      heldOn: daysFromToday(-7),
      agenda: 'Kennismaken, doel en thema bespreken',
      decisions: 'Thema: de eerste 1000 dagen. Fatma vraagt ouders via de inloopochtend.',
    });
    await tx.insert(listenerPlan).values([
      { orgId, trajectoryId, category: 'youth_health', plannedCount: 4 },
      { orgId, trajectoryId, category: 'midwife', plannedCount: 2 },
      { orgId, trajectoryId, category: 'community_work', plannedCount: 3 },
    ]);

    // A second trajectory, further along: the mirror meeting was held and its minutes are final,
    // so the follow-up session (board) can be opened with the parents' own words at hand.
    const [noord] = await tx
      .insert(trajectories)
      .values({
        orgId,
        title: titles.noord,
        variant: 'coalition',
        shortTermGoal: 'Professionals in Noord horen van ouders wat werkt en wat niet, en spreken samen af wat ze gaan doen.',
        theme: 'Hulp vragen en krijgen als je jonge kinderen hebt',
        participantTargetMin: defaults.participantTargetMin,
        participantTargetMax: defaults.participantTargetMax,
        mirrorListenerTarget: defaults.mirrorListenerTarget,
        followUpListenerTarget: defaults.followUpListenerTarget,
        createdBy: coordinator.id,
      })
      .returning();
    const noordId = noord!.id;
    await tx.insert(trajectoryRoles).values([
      { orgId, trajectoryId: noordId, userId: coordinator.id, role: 'lead' },
      { orgId, trajectoryId: noordId, userId: youthHealth.id, role: 'process_facilitator' },
      { orgId, trajectoryId: noordId, userId: policy.id, role: 'guardian' },
    ]);
    const parents = await tx
      .insert(participants)
      .values(
        ['Ouder A', 'Ouder B', 'Ouder C', 'Ouder D', 'Ouder E'].map((pseudonym) => ({
          orgId,
          trajectoryId: noordId,
          pseudonym,
          kind: 'parent' as const,
          status: 'attended' as const,
        })),
      )
      .returning({ id: participants.id });
    const said = [
      {
        questionText: 'Hoe was het om hulp te vragen?',
        summary: 'Wachtte lang op hulp voor haar zoon.',
        quotes: ['We stonden een half jaar op de wachtlijst. In die tijd hoorden we niemand.', 'Ik moest steeds opnieuw mijn verhaal vertellen.'],
        tags: ['difficult'],
      },
      {
        questionText: 'Wat ging er goed?',
        summary: 'Positief over het consultatiebureau.',
        quotes: ['De verpleegkundige op het consultatiebureau nam echt de tijd voor mij.', 'Ze belde zelf terug toen ik me zorgen maakte.'],
        tags: ['goesWell'],
      },
      {
        questionText: 'Hoe was het om hulp te vragen?',
        summary: 'Vindt de brieven en formulieren moeilijk.',
        quotes: ['De brieven van de gemeente begrijp ik niet. Er staan zoveel moeilijke woorden in.', 'Voor één aanvraag moest ik drie formulieren invullen.'],
        tags: ['difficult'],
      },
      {
        questionText: 'Voelde je je gehoord?',
        summary: 'Voelt zich niet serieus genomen door school.',
        quotes: ['Op school luisteren ze niet echt. Ze hebben hun mening al klaar.', 'Ik ken mijn kind het best, maar dat telt daar niet.'],
        tags: ['difficult'],
      },
      {
        questionText: 'Wat ging er goed?',
        summary: 'Veel steun aan de inloopochtend.',
        quotes: ['Bij de inloopochtend kon ik gewoon mijn verhaal kwijt.', 'Daar leerde ik andere moeders kennen. Dat gaf zoveel steun.'],
        tags: ['goesWell'],
      },
      {
        questionText: 'Wat zou je willen veranderen?',
        summary: 'Wil één vast aanspreekpunt.',
        quotes: ['Ik wil één persoon die ik kan bellen, niet steeds iemand anders.', 'Zeg gewoon eerlijk hoe lang het duurt, dan weet ik waar ik aan toe ben.'],
        tags: ['idea'],
      },
    ];
    await tx.insert(minuteNotes).values(
      said.map((note, i) => ({
        orgId,
        trajectoryId: noordId,
        questionKey: `demo-${i}`,
        participantId: parents[i % parents.length]!.id,
        kind: 'answer' as const,
        idempotencyKey: newToken(),
        authorId: coordinator.id,
        ...note,
      })),
    );
    await tx.insert(minutes).values({ orgId, trajectoryId: noordId, status: 'finalised', finalisedAt: new Date(), finalisedBy: coordinator.id });

    const oosterpark = await seedStepEight(
      tx,
      {
        orgId,
        teamId: oosterparkTeam!.id,
        coordinatorId: coordinator.id,
        parentContactId: parentContact.id,
        policyId: policy.id,
        youthHealthId: youthHealth.id,
      },
      contacts,
      titles.oosterpark,
    );
    const path = (id: string) => `/o/${slug}/t/${id}`;
    return {
      slug,
      name: orgName,
      people,
      partners: contacts,
      trajectories: {
        schans: { id: trajectoryId, title: titles.schans, path: path(trajectoryId) },
        noord: { id: noordId, title: titles.noord, path: path(noordId) },
        oosterpark: { id: oosterpark.id, title: titles.oosterpark, path: path(oosterpark.id) },
      },
    };
  });
}
