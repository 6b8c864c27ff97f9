import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { mailOutbox, partners, statementReactions } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { statusOf } from '#tests/http';
import { addPartner } from './add-partner.server';
import { addStatement } from './add-statement.server';
import { findPartnerByToken } from './find-partner-by-token.server';
import { getPartnerLinkPage } from './get-partner-link-page.server';
import { listPartners } from './list-partners.server';
import { listStatements } from './list-statements.server';
import { mailPartnerLink } from './mail-partner-link.server';
import type { PartnerInput } from './partner-records.server';
import { reactToStatement } from './react-to-statement.server';
import { removePartner } from './remove-partner.server';
import { removeStatement } from './remove-statement.server';
import { signIntentStatement } from './sign-intent-statement.server';
import { updateIntentStatement } from './update-intent-statement.server';
import { updatePartner } from './update-partner.server';
import { updateStatement } from './update-statement.server';

const welfare: PartnerInput = {
  name: 'Welzijn Oost',
  domain: 'welfare',
  contactName: 'Sanne Bakker',
  contactEmail: 'sanne@welzijn.test',
  roleDescription: 'Toehoorders',
};

async function setUp() {
  const org = await makeOrg();
  const member = await makeMember(org.id, 'coordinator', 'Kees Jansen');
  const trajectory = await makeTrajectory(org.id, { title: 'Eerste 1000 dagen' });
  return { org, member, trajectory, at: await scopeIn(member, trajectory.id) };
}

/** The partner as their personal link finds them. */
async function linked(partnerId: string) {
  const [row] = await (await db()).select({ token: partners.linkToken }).from(partners).where(eq(partners.id, partnerId));
  return findPartnerByToken(row!.token);
}

describe('partners (S2)', () => {
  it('adds, changes and removes partners, each with its own link', async () => {
    const { at } = await setUp();
    const a = await addPartner({ ...at, ...welfare });
    const b = await addPartner({ ...at, ...welfare, name: 'Gemeente', domain: 'policy', contactEmail: '' });
    await updatePartner({ ...at, partnerId: a.id, ...welfare, roleDescription: 'Locatie' });
    // In the order added; rows added within the same clock tick come by name, so compare by name.
    const byNameDown = (rows: Awaited<ReturnType<typeof listPartners>>) => [...rows].sort((x, y) => y.name.localeCompare(x.name));
    let list = byNameDown(await listPartners(at));
    expect(list.map((p) => p.name)).toEqual(['Welzijn Oost', 'Gemeente']);
    expect(list[0]!.roleDescription).toBe('Locatie');
    expect(list[0]!.link).toMatch(/\/p\/partner\/[\w-]{40,}$/);
    expect(list[0]!.link).not.toBe(list[1]!.link);
    await removePartner({ ...at, partnerId: b.id });
    list = await listPartners(at);
    expect(list.map((p) => p.id)).toEqual([a.id]);
  });

  it("answers 404 for another organisation's or another trajectory's partner and leaves it alone", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const partner = await addPartner({ ...theirs.at, ...welfare });
    const otherTrajectory = await makeTrajectory(mine.org.id);
    const sameOrgOtherTrajectory = await addPartner({ ...(await scopeIn(mine.member, otherTrajectory.id)), ...welfare });

    expect(await statusOf(updatePartner({ ...mine.at, partnerId: partner.id, ...welfare, name: 'Gekaapt' }))).toBe(404);
    expect(await statusOf(removePartner({ ...mine.at, partnerId: partner.id }))).toBe(404);
    expect(await statusOf(mailPartnerLink({ ...mine.at, partnerId: partner.id }))).toBe(404);
    // Right organisation, wrong trajectory: also 404.
    expect(await statusOf(updatePartner({ ...mine.at, partnerId: sameOrgOtherTrajectory.id, ...welfare, name: 'Gekaapt' }))).toBe(404);
    // Another organisation's trajectory: no scope to add into.
    expect(await statusOf(scopeIn(mine.member, theirs.trajectory.id))).toBe(404);

    expect((await listPartners(theirs.at))[0]!.name).toBe('Welzijn Oost');
    expect(await listPartners(mine.at)).toEqual([]);
  });

  it('mails the personal link to the contact person, and says so when there is no address', async () => {
    const { at } = await setUp();
    const a = await addPartner({ ...at, ...welfare, contactEmail: `sanne-${Date.now()}@welzijn.test` });
    const b = await addPartner({ ...at, ...welfare, contactEmail: '' });
    const result = await mailPartnerLink({ ...at, partnerId: a.id });
    const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, result.to)).orderBy(desc(mailOutbox.createdAt));
    expect(mail?.subject).toContain('Eerste 1000 dagen');
    expect(mail?.text).toContain('Beste Sanne Bakker,');
    expect(mail?.text).toContain(`/p/partner/${(await linked(a.id)).linkToken}`);
    expect(mail?.text).toContain('Kees Jansen');
    await expect(mailPartnerLink({ ...at, partnerId: b.id })).rejects.toEqual(new RuleError('partners.noEmailForMail'));
  });
});

describe('permissions', () => {
  it('lets everyone in the organisation look, and only editors change or see the personal links', async () => {
    const { org, trajectory, at } = await setUp();
    await addPartner({ ...at, ...welfare });
    const member = await makeMember(org.id);
    const looker = await scopeIn(member, trajectory.id);
    expect((await listPartners(looker))[0]!.link).toBeNull();
    expect(await statusOf(addPartner({ ...looker, ...welfare }))).toBe(403);
    expect(await statusOf(updateIntentStatement({ ...looker, intentStatement: 'Nee' }))).toBe(403);
    await giveRole(org.id, trajectory.id, member.actor.userId, 'workgroup');
    const worker = await scopeIn(member, trajectory.id);
    expect((await listPartners(worker))[0]!.link).toMatch(/\/p\/partner\//);
    expect(await statusOf(addStatement({ ...worker, text: 'Ja' }))).toBe(200);
  });
});

describe('signing the statement of intent', () => {
  it('waits until there is a text, then signs once: a second attempt does not overwrite', async () => {
    const { at } = await setUp();
    const partner = await addPartner({ ...at, ...welfare });
    const signer = await linked(partner.id);
    await expect(signIntentStatement({ partner: signer, signedName: 'Sanne', signedOrganisation: 'Welzijn Oost' })).rejects.toBeInstanceOf(RuleError);

    await updateIntentStatement({ ...at, intentStatement: 'Wij luisteren naar ouders.' });
    expect(await signIntentStatement({ partner: signer, signedName: 'Sanne', signedOrganisation: 'Welzijn Oost' })).toBe('signed');
    expect(await signIntentStatement({ partner: signer, signedName: 'Iemand anders', signedOrganisation: 'Elders' })).toBe('already-signed');

    const page = await getPartnerLinkPage({ partner: await linked(partner.id) });
    expect(page.partner).toMatchObject({ signedName: 'Sanne', signedOrganisation: 'Welzijn Oost' });
    expect(page.partner.signedAt).toBeInstanceOf(Date);
    expect(page.intentStatement).toBe('Wij luisteren naar ouders.');
    expect(page.trajectoryTitle).toBe('Eerste 1000 dagen');
    const [listed] = await listPartners(at);
    expect(listed?.signedName).toBe('Sanne');
  });

  it('answers 404 for an unknown or malformed token', async () => {
    expect(await statusOf(findPartnerByToken('x'.repeat(43)))).toBe(404);
    expect(await statusOf(findPartnerByToken('../etc'))).toBe(404);
  });
});

describe('statements and reactions', () => {
  it('keeps one reaction per partner and statement, and counts them', async () => {
    const { at } = await setUp();
    const s1 = await addStatement({ ...at, text: 'Ouders weten waar ze terechtkunnen.' });
    const s2 = await addStatement({ ...at, text: 'Wij werken goed samen.' });
    const p1 = await addPartner({ ...at, ...welfare });
    const p2 = await addPartner({ ...at, ...welfare, name: 'Consultatiebureau', domain: 'youth_health' });
    const t1 = await linked(p1.id);
    const t2 = await linked(p2.id);

    await reactToStatement({ partner: t1, statementId: s1.id, choice: 'agree', comment: '' });
    await reactToStatement({ partner: t1, statementId: s1.id, choice: 'disagree', comment: 'Niet in Oost' });
    await reactToStatement({ partner: t2, statementId: s1.id, choice: 'unsure', comment: '' });

    const list = await listStatements(at);
    expect(list.map((s) => s.text)).toEqual(['Ouders weten waar ze terechtkunnen.', 'Wij werken goed samen.']);
    expect(list[0]!.counts).toEqual({ agree: 0, disagree: 1, unsure: 1 });
    expect(list[0]!.comments).toEqual([{ partnerName: 'Welzijn Oost', choice: 'disagree', comment: 'Niet in Oost' }]);
    expect(list[1]!.counts).toEqual({ agree: 0, disagree: 0, unsure: 0 });

    const page = await getPartnerLinkPage({ partner: t1 });
    expect(page.statements.map((s) => [s.id, s.choice, s.comment])).toEqual([
      [s1.id, 'disagree', 'Niet in Oost'],
      [s2.id, null, ''],
    ]);
  });

  it("refuses a reaction to another trajectory's statement", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const statement = await addStatement({ ...theirs.at, text: 'Geheim' });
    const partner = await addPartner({ ...mine.at, ...welfare });
    expect(await statusOf(reactToStatement({ partner: await linked(partner.id), statementId: statement.id, choice: 'agree', comment: '' }))).toBe(404);
    expect((await listStatements(theirs.at))[0]!.counts.agree).toBe(0);
  });

  it('edits and removes statements within the trajectory only; removing takes the reactions with it', async () => {
    const mine = await setUp();
    const theirs = await setUp();
    const statement = await addStatement({ ...mine.at, text: 'Eerst' });
    expect(await statusOf(updateStatement({ ...theirs.at, statementId: statement.id, text: 'Gekaapt' }))).toBe(404);
    expect(await statusOf(removeStatement({ ...theirs.at, statementId: statement.id }))).toBe(404);
    await updateStatement({ ...mine.at, statementId: statement.id, text: 'Daarna' });

    const partner = await addPartner({ ...mine.at, ...welfare });
    await reactToStatement({ partner: await linked(partner.id), statementId: statement.id, choice: 'agree', comment: 'Ja' });
    const reactionsOf = async () => (await db()).select().from(statementReactions).where(eq(statementReactions.statementId, statement.id));
    expect(await reactionsOf()).toHaveLength(1);
    expect((await listStatements(mine.at))[0]!.text).toBe('Daarna');

    await removeStatement({ ...mine.at, statementId: statement.id });
    expect(await reactionsOf()).toHaveLength(0);
    expect(await listStatements(mine.at)).toEqual([]);
  });
});
