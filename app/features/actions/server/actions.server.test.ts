// The change agenda's actions (S8b) on the real database: adding and changing actions, dated
// updates by the workgroup and through the partner link, the name guard, and the organisation's overview.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { actionUpdates, agendaItems, participantPersonalData, participants, partners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { addDays } from '#app/features/calendar/domain/days';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { newToken } from '#app/utils/tokens.server';
import { RuleError } from '#app/utils/rule-error';
import { makeMember, makeTrajectory, scopeIn, trajectoryWith, uniqueEmail } from '#tests/factories';
import { statusOf } from '#tests/http';
import { EMPTY_PERSONAL_DATA } from '#app/features/participants/server/participant-records.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { saveParticipantPersonalData } from '#app/features/participants/server/save-participant-personal-data.server';
import { addActionUpdateByPartner } from './add-action-update-by-partner.server';
import { addActionUpdate } from './add-action-update.server';
import { addAction } from './add-action.server';
import type { ActionInput } from '../domain/action-fields';
import { getActionsPage } from './get-actions-page.server';
import { listActionsForItems } from './list-actions-for-items.server';
import { listOrgActions } from './list-org-actions.server';
import { listPartnerActions } from './list-partner-actions.server';
import { removeAction } from './remove-action.server';
import { updateAction } from './update-action.server';

/** The rule an operation refused with, as 'key@field', or 'ok'. */
const ruleOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof RuleError ? `${e.messageKey}@${e.field}` : Promise.reject(e)),
  );

const today = () => todayInAmsterdam();

async function partnerIn(scope: { orgId: string; trajectoryId: string }, name: string) {
  const [row] = await (
    await db()
  )
    .insert(partners)
    .values({
      orgId: scope.orgId,
      trajectoryId: scope.trajectoryId,
      name,
      domain: 'welfare',
      contactName: 'Sanne Bakker',
      contactEmail: uniqueEmail('eigenaar'),
      linkToken: newToken(),
    })
    .returning();
  return row!;
}

async function itemIn(scope: { orgId: string; trajectoryId: string }, title: string, status: 'draft' | 'agreed', position = 0) {
  const [row] = await (
    await db()
  )
    .insert(agendaItems)
    .values({ orgId: scope.orgId, trajectoryId: scope.trajectoryId, rank: position + 1, title, status, position })
    .returning();
  return row!;
}

const action = (over: Partial<ActionInput> = {}): ActionInput => ({
  title: 'Een vaste contactpersoon voor elk gezin',
  agendaItemId: null,
  partnerId: null,
  ownerName: 'Sanne',
  status: 'planned',
  stopReason: '',
  dueOn: null,
  nextStep: 'In maart begint een proef in twee wijken.',
  ...over,
});

const update = { text: 'De proef is begonnen.', evidence: 'https://voorbeeld.nl/verslag', status: 'running' as const, stopReason: '' };

async function setUp() {
  const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'], member: ['member'], workgroup: ['member', 'workgroup'] });
  const at = people.lead.scope;
  const partner = await partnerIn(at, 'Welzijn Oost');
  return { org, trajectory, people, at, partner };
}

beforeAll(async () => {
  await db();
});

describe('actions on the change agenda (S8b)', () => {
  it('groups actions under the agreed agenda items in their order; drafts are not shown; the rest comes without an item', async () => {
    const { at, partner } = await setUp();
    const second = await itemIn(at, 'Eén loket', 'agreed', 2);
    const first = await itemIn(at, 'Brieven in gewone taal', 'agreed', 1);
    const draft = await itemIn(at, 'Nog een concept', 'draft', 0);
    await addAction({ ...at, ...action({ title: 'Brieven herschrijven', agendaItemId: first.id, partnerId: partner.id }) });
    await addAction({ ...at, ...action({ title: 'Bij het concept', agendaItemId: draft.id }) });
    await addAction({ ...at, ...action({ title: 'Los van de agenda' }) });

    const page = await getActionsPage(at);
    expect(page.canManage).toBe(true);
    expect(page.items.map((i) => i.title)).toEqual(['Brieven in gewone taal', 'Eén loket']);
    expect(page.groups.map((g) => [g.item.id, g.actions.map((a) => a.title)])).toEqual([
      [first.id, ['Brieven herschrijven']],
      [second.id, []],
    ]);
    expect(page.withoutItem.map((a) => a.title).sort()).toEqual(['Bij het concept', 'Los van de agenda']);
    expect(page.groups[0]!.actions[0]).toMatchObject({ partnerName: 'Welzijn Oost', ownerName: 'Sanne', status: 'planned', lastUpdateAt: null, updates: [] });
    expect(page.partners.map((p) => p.name)).toEqual(['Welzijn Oost']);
  });

  it('lets the workgroup change an action and add dated updates, newest first with their author', async () => {
    const { at, people, partner } = await setUp();
    const { id } = await addAction({ ...people.workgroup.scope, ...action() });
    await updateAction({ ...at, actionId: id, ...action({ title: 'Vaste contactpersoon', partnerId: partner.id, dueOn: '2030-01-31' }) });
    await addActionUpdate({ ...at, actionId: id, ...update });
    await addActionUpdate({ ...people.workgroup.scope, actionId: id, ...update, text: 'Tweede wijk doet mee.', evidence: '' });

    const [shown] = (await getActionsPage(at)).withoutItem;
    expect(shown).toMatchObject({ title: 'Vaste contactpersoon', partnerName: 'Welzijn Oost', dueOn: '2030-01-31', status: 'running' });
    expect(shown!.lastUpdateAt).toBeInstanceOf(Date);
    expect(shown!.updates.map((u) => [u.text, u.authorName, u.partnerName])).toEqual([
      ['Tweede wijk doet mee.', people.workgroup.user.name, null],
      ['De proef is begonnen.', people.lead.user.name, null],
    ]);
    expect(shown!.updates[1]!.evidence).toBe('https://voorbeeld.nl/verslag');

    await removeAction({ ...at, actionId: id });
    expect((await getActionsPage(at)).withoutItem).toEqual([]);
    expect(await (await db()).select().from(actionUpdates).where(eq(actionUpdates.actionId, id))).toEqual([]);
  });

  it('refuses people who may not manage actions; they may read the page', async () => {
    const { at, people } = await setUp();
    const { id } = await addAction({ ...at, ...action() });
    const member = people.member.scope;
    expect(await statusOf(addAction({ ...member, ...action() }))).toBe(403);
    expect(await statusOf(updateAction({ ...member, actionId: id, ...action({ title: 'Gekaapt' }) }))).toBe(403);
    expect(await statusOf(addActionUpdate({ ...member, actionId: id, ...update }))).toBe(403);
    expect(await statusOf(removeAction({ ...member, actionId: id }))).toBe(403);
    const page = await getActionsPage(member);
    expect(page.canManage).toBe(false);
    expect(page.withoutItem.map((a) => a.title)).toEqual(['Een vaste contactpersoon voor elk gezin']);
  });

  it("answers 404 for another organisation's action, and for an owner or agenda item of another trajectory", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const { id } = await addAction({ ...theirs.at, ...action({ title: 'Van hen' }) });
    expect(await statusOf(updateAction({ ...mine.at, actionId: id, ...action({ title: 'Gekaapt' }) }))).toBe(404);
    expect(await statusOf(addActionUpdate({ ...mine.at, actionId: id, ...update }))).toBe(404);
    expect(await statusOf(removeAction({ ...mine.at, actionId: id }))).toBe(404);
    expect(await statusOf(scopeIn(mine.people.lead, theirs.trajectory.id))).toBe(404);

    const otherTrajectory = await makeTrajectory(mine.org.id);
    const elsewhere = { orgId: mine.org.id, trajectoryId: otherTrajectory.id };
    const foreignPartner = await partnerIn(elsewhere, 'Elders');
    const foreignItem = await itemIn(elsewhere, 'Elders', 'agreed');
    expect(await statusOf(addAction({ ...mine.at, ...action({ partnerId: foreignPartner.id }) }))).toBe(404);
    expect(await statusOf(addAction({ ...mine.at, ...action({ agendaItemId: foreignItem.id }) }))).toBe(404);
    expect(await statusOf(addAction({ ...mine.at, ...action({ partnerId: theirs.partner.id }) }))).toBe(404);

    expect((await getActionsPage(theirs.at)).withoutItem.map((a) => a.title)).toEqual(['Van hen']);
    expect((await getActionsPage(mine.at)).withoutItem).toEqual([]);
  });

  it('refuses to stop an action without a reason, next to the reason field; a reason is kept only while stopped', async () => {
    const { at, partner } = await setUp();
    expect(await ruleOf(addAction({ ...at, ...action({ status: 'stopped', stopReason: '  ' }) }))).toBe('actions.stopReasonRequired@stopReason');
    const { id } = await addAction({ ...at, ...action({ partnerId: partner.id }) });
    expect(await ruleOf(updateAction({ ...at, actionId: id, ...action({ status: 'stopped' }) }))).toBe('actions.stopReasonRequired@stopReason');
    expect(await ruleOf(addActionUpdate({ ...at, actionId: id, ...update, status: 'stopped' }))).toBe('actions.stopReasonRequired@stopReason');
    expect(await ruleOf(addActionUpdateByPartner({ partner, actionId: id, ...update, status: 'stopped' }))).toBe('actions.stopReasonRequired@stopReason');
    expect((await getActionsPage(at)).withoutItem[0]).toMatchObject({ status: 'planned', updates: [] });

    await addActionUpdate({ ...at, actionId: id, ...update, status: 'stopped', stopReason: 'Er is geen geld meer voor.' });
    expect((await getActionsPage(at)).withoutItem[0]).toMatchObject({ status: 'stopped', stopReason: 'Er is geen geld meer voor.' });
    await updateAction({ ...at, actionId: id, ...action({ partnerId: partner.id, status: 'running', stopReason: 'Oude reden' }) });
    expect((await getActionsPage(at)).withoutItem[0]).toMatchObject({ status: 'running', stopReason: '' });
  });

  it("refuses a participant's name or phone number in what parents read, next to the field", async () => {
    const { at, partner } = await setUp();
    const database = await db();
    const [parent] = await database
      .insert(participants)
      .values({ orgId: at.orgId, trajectoryId: at.trajectoryId, kind: 'parent', pseudonym: 'Ouder A' })
      .returning();
    await database
      .insert(participantPersonalData)
      .values({ participantId: parent!.id, orgId: at.orgId, trajectoryId: at.trajectoryId, name: 'Yasmina', phone: '06 1234 5678' });
    expect(await ruleOf(addAction({ ...at, ...action({ title: 'Yasmina helpen met brieven' }) }))).toBe('privacy.identifying@title');
    expect(await ruleOf(addAction({ ...at, ...action({ nextStep: 'Bellen naar 0612345678' }) }))).toBe('privacy.identifying@nextStep');
    const { id } = await addAction({ ...at, ...action({ partnerId: partner.id }) });
    expect(await ruleOf(addActionUpdate({ ...at, actionId: id, ...update, text: 'Gesproken met Yasmina.' }))).toBe('privacy.identifying@text');
    expect(await ruleOf(addActionUpdateByPartner({ partner, actionId: id, ...update, evidence: 'Yasmina was erbij' }))).toBe('privacy.identifying@evidence');
    expect((await getActionsPage(at)).withoutItem[0]!.updates).toEqual([]);
  });

  it('refuses a surname recorded in recruitment, with or without "mevrouw" (issue 11)', async () => {
    const { at } = await setUp();
    const bare = 'Gesprek met Kaddouri over de brieven';
    const { id } = await createParticipant({ ...at, kind: 'parent', status: 'registered', personal: { name: 'Anja', phone: '0611112222' } });
    // Before the surname is recorded the guard cannot know the bare surname.
    expect(await ruleOf(addAction({ ...at, ...action({ nextStep: bare }) }))).toBe('ok');
    await saveParticipantPersonalData({
      ...at,
      participantId: id,
      personal: { ...EMPTY_PERSONAL_DATA, name: 'Anja', surname: 'Kaddouri', phone: '0611112222' },
    });
    expect(await ruleOf(addAction({ ...at, ...action({ nextStep: bare }) }))).toBe('privacy.identifying@nextStep');
    expect(await ruleOf(addAction({ ...at, ...action({ title: 'Mevrouw Kaddouri helpen met brieven' }) }))).toBe('privacy.identifying@title');
  });
});

describe('updates through the partner link', () => {
  it("lists the partner's own actions and records its update with the partner, not a person", async () => {
    const { at, partner } = await setUp();
    const other = await partnerIn(at, 'Gemeente');
    const item = await itemIn(at, 'Brieven in gewone taal', 'agreed');
    const { id } = await addAction({ ...at, ...action({ partnerId: partner.id, agendaItemId: item.id }) });
    await addAction({ ...at, ...action({ title: 'Van de gemeente', partnerId: other.id }) });

    const listed = await listPartnerActions({ partner });
    expect(listed.actions.map((a) => [a.title, a.itemTitle])).toEqual([['Een vaste contactpersoon voor elk gezin', 'Brieven in gewone taal']]);
    await addActionUpdateByPartner({ partner, actionId: id, ...update, status: 'done' });

    const [shown] = (await getActionsPage(at)).groups[0]!.actions;
    expect(shown).toMatchObject({ status: 'done' });
    expect(shown!.updates.map((u) => [u.text, u.authorName, u.partnerName])).toEqual([['De proef is begonnen.', null, 'Welzijn Oost']]);
    const [row] = await (await db()).select().from(actionUpdates).where(eq(actionUpdates.actionId, id));
    expect(row).toMatchObject({ partnerId: partner.id, authorId: null, status: 'done' });
  });

  it("answers 404 for another partner's action, in the same or another trajectory", async () => {
    const { at, org, people, partner } = await setUp();
    const colleague = await partnerIn(at, 'Gemeente');
    const { id: theirs } = await addAction({ ...at, ...action({ partnerId: colleague.id }) });
    expect(await statusOf(addActionUpdateByPartner({ partner, actionId: theirs, ...update }))).toBe(404);

    const otherTrajectory = await makeTrajectory(org.id);
    const there = await scopeIn(people.lead, otherTrajectory.id);
    const samePartnerThere = await partnerIn(there, 'Welzijn Oost');
    const { id: ownedThere } = await addAction({ ...there, ...action({ partnerId: samePartnerThere.id }) });
    // The partner row of this trajectory is not the one of the other trajectory, even with the same name.
    expect(await statusOf(addActionUpdateByPartner({ partner, actionId: ownedThere, ...update }))).toBe(404);
    expect((await listPartnerActions({ partner })).actions).toEqual([]);
    expect((await getActionsPage(there)).withoutItem[0]!.updates).toEqual([]);
  });
});

describe("the coalition's overview and the reader for other pages", () => {
  async function overviewSetUp() {
    const { org, at, people, partner } = await setUp();
    const second = await makeTrajectory(org.id, { title: 'Tweede traject' });
    const there: TrajectoryScope = await scopeIn(people.lead, second.id);
    const welzijnThere = await partnerIn(there, 'Welzijn Oost');
    const gemeente = await partnerIn(there, 'Gemeente');
    const yesterday = addDays(today(), -1);
    await addAction({ ...at, ...action({ title: 'Te laat hier', partnerId: partner.id, status: 'running', dueOn: yesterday }) });
    await addAction({ ...at, ...action({ title: 'Op tijd', partnerId: partner.id, status: 'planned', dueOn: addDays(today(), 10) }) });
    await addAction({ ...at, ...action({ title: 'Klaar, ooit te laat', status: 'done', dueOn: yesterday }) });
    await addAction({ ...there, ...action({ title: 'Te laat daar', partnerId: welzijnThere.id, status: 'idea', dueOn: addDays(today(), -30) }) });
    await addAction({ ...there, ...action({ title: 'Vandaag', partnerId: gemeente.id, status: 'running', dueOn: today() }) });
    return { org, people, there };
  }
  const titles = (r: Awaited<ReturnType<typeof listOrgActions>>) => r.items.map((a) => a.title).sort();

  it('filters by "te laat": due day passed and not done or stopped', async () => {
    const { people } = await overviewSetUp();
    const late = await listOrgActions({ ...people.lead, overdue: true });
    expect(titles(late)).toEqual(['Te laat daar', 'Te laat hier']);
    expect(late.items.every((a) => a.overdue)).toBe(true);
    expect(late.counts).toEqual({ idea: 1, planned: 0, running: 1, done: 0, stopped: 0 });
    const all = await listOrgActions({ ...people.lead });
    expect(all.total).toBe(5);
    expect(all.overdueCount).toBe(2);
    expect(all.items.find((a) => a.title === 'Vandaag')!.overdue).toBe(false);
  });

  it('filters by status, partner name across trajectories and trajectory, with counts per status', async () => {
    const { people, there } = await overviewSetUp();
    const all = await listOrgActions({ ...people.lead });
    expect(all.counts).toEqual({ idea: 1, planned: 1, running: 2, done: 1, stopped: 0 });
    expect(all.partnerNames).toEqual(['Gemeente', 'Welzijn Oost']);
    expect(all.trajectories.map((t) => t.title)).toEqual(['Traject', 'Tweede traject']);
    expect(titles(await listOrgActions({ ...people.lead, partner: 'Welzijn Oost' }))).toEqual(['Op tijd', 'Te laat daar', 'Te laat hier']);
    expect(titles(await listOrgActions({ ...people.lead, status: 'running' }))).toEqual(['Te laat hier', 'Vandaag']);
    const inSecond = await listOrgActions({ ...people.lead, trajectoryId: there.trajectoryId });
    expect(titles(inSecond)).toEqual(['Te laat daar', 'Vandaag']);
    expect(inSecond.items.map((a) => a.trajectoryTitle)).toEqual(['Tweede traject', 'Tweede traject']);
    // Counts follow the other filters, not the status filter itself.
    expect((await listOrgActions({ ...people.lead, status: 'running', partner: 'Welzijn Oost' })).counts).toEqual({
      idea: 1,
      planned: 1,
      running: 1,
      done: 0,
      stopped: 0,
    });
  });

  it("never shows another organisation's actions; every member may look", async () => {
    await overviewSetUp();
    const { org } = await setUp();
    const member = await makeMember(org.id, 'member');
    const seen = await listOrgActions(member);
    expect(seen.total).toBe(0);
    expect(seen.items).toEqual([]);
  });

  it('gives other pages the actions per agenda item without the owner person', async () => {
    const { at, partner } = await setUp();
    const item = await itemIn(at, 'Brieven', 'agreed');
    const { id } = await addAction({ ...at, ...action({ agendaItemId: item.id, partnerId: partner.id }) });
    await addActionUpdate({ ...at, actionId: id, ...update });
    const [shown] = await listActionsForItems(at);
    expect(shown).toMatchObject({
      agendaItemId: item.id,
      partnerName: 'Welzijn Oost',
      nextStep: 'In maart begint een proef in twee wijken.',
      status: 'running',
    });
    expect(shown).not.toHaveProperty('ownerName');
    expect(shown!.updates.map((u) => Object.keys(u).sort())).toEqual([['createdAt', 'evidence', 'status', 'text']]);
  });
});
