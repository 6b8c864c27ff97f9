import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { invitations, mailOutbox, memberships, users } from '#app/db/schema';
import { action as inviteAction, loader as inviteLoader } from '#app/routes/invite';
import { makeMember, makeOrg, makeUser, uniqueEmail } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { acceptInvitation } from './accept-invitation.server';
import { findInvitation } from './find-invitation.server';
import { inviteMember } from './invite-member.server';
import { listInvitations } from './list-invitations.server';
import { listMembers } from './list-members.server';
import { revokeInvitation } from './revoke-invitation.server';

async function latestMail(email: string) {
  const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  if (!mail) throw new Error('no mail');
  const token = mail.text.match(/\/invite\/([\w-]+)/)?.[1];
  if (!token) throw new Error('no invitation link in mail');
  return { ...mail, token };
}

async function setUp() {
  const org = await makeOrg();
  const admin = await makeMember(org.id, 'admin', 'Anna Beheer');
  return {
    org,
    admin,
    invite: (email: string, role: 'admin' | 'coordinator' | 'member' = 'member', locale = 'nl') =>
      inviteMember({ ...admin, email, role, inviterName: 'Anna Beheer', locale }),
  };
}

/** The person with this address, as they are after signing in with its own e-mail link. */
async function personWith(email: string) {
  const [user] = await (await db()).insert(users).values({ email }).onConflictDoUpdate({ target: users.email, set: { email } }).returning();
  return user!;
}

/** Accepting as the person who proved the invited address. */
const acceptAs = async (email: string, token: string) => acceptInvitation({ token, userId: (await personWith(email)).id });

describe('invitations', () => {
  it('mails a link in the inviter’s language, stores only its hash, and works exactly once', async () => {
    const { org, admin, invite } = await setUp();
    const email = uniqueEmail('nieuw');
    expect(await invite(email.toUpperCase(), 'coordinator')).toMatchObject({ invitationId: expect.any(String) });

    const mail = await latestMail(email);
    expect(mail.subject).toBe(`Uitnodiging voor ${org.name} in Spiegel`);
    expect(mail.text).toContain('Anna Beheer');
    expect(mail.text).toContain('coördinator');
    expect(mail.text).toContain(`/invite/${mail.token}`);
    const [stored] = await (await db()).select().from(invitations).where(eq(invitations.email, email));
    expect(stored?.tokenHash).not.toContain(mail.token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect(await findInvitation({ token: mail.token })).toEqual({ orgName: org.name, role: 'coordinator', email });
    // Looking does not use it up.
    expect(await findInvitation({ token: mail.token })).not.toBeNull();
    const invited = await personWith(email);
    const accepted = await acceptInvitation({ token: mail.token, userId: invited.id });
    expect(accepted?.slug).toBe(org.slug);
    const members = await listMembers(admin);
    expect(members.find((m) => m.email === email)).toMatchObject({ role: 'coordinator', userId: invited.id });

    expect(await acceptInvitation({ token: mail.token, userId: invited.id })).toBeNull();
    expect(await findInvitation({ token: mail.token })).toBeNull();
    expect(await listInvitations(admin)).toEqual([]);
  });

  it('writes the mail in English for an English-speaking inviter', async () => {
    const { org, invite } = await setUp();
    const email = uniqueEmail();
    await invite(email, 'member', 'en');
    expect((await latestMail(email)).subject).toBe(`Invitation to ${org.name} in Spiegel`);
  });

  it('joins an existing account instead of making a second one', async () => {
    const { org, invite } = await setUp();
    const other = await makeOrg();
    const existing = await makeMember(other.id, 'admin');
    await invite(existing.user.email);
    const accepted = await acceptInvitation({ token: (await latestMail(existing.user.email)).token, userId: existing.user.id });
    expect(accepted?.slug).toBe(org.slug);
    const rows = await (await db()).select().from(users).where(eq(users.email, existing.user.email));
    expect(rows).toHaveLength(1);
    const [membership] = await (
      await db()
    )
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, existing.user.id)));
    expect(membership?.role).toBe('member');
  });

  it('refuses an expired link and an unknown one', async () => {
    const { admin, invite } = await setUp();
    const email = uniqueEmail();
    await invite(email);
    const { token } = await latestMail(email);
    await (
      await db()
    )
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, email));
    expect(await findInvitation({ token })).toBeNull();
    expect(await acceptAs(email, token)).toBeNull();
    expect(await acceptAs(email, 'onzin')).toBeNull();
    expect(await listInvitations(admin)).toEqual([]);
    expect((await listMembers(admin)).map((m) => m.email)).not.toContain(email);
  });

  it('lists open invitations and revokes them, after which the link fails', async () => {
    const { admin, invite } = await setUp();
    const email = uniqueEmail();
    await invite(email);
    const { token } = await latestMail(email);
    const [open] = await listInvitations(admin);
    expect(open).toMatchObject({ email, role: 'member' });
    await revokeInvitation({ ...admin, invitationId: open!.id });
    expect(await listInvitations(admin)).toEqual([]);
    expect(await acceptAs(email, token)).toBeNull();
    expect(await statusOf(revokeInvitation({ ...admin, invitationId: open!.id }))).toBe(404);
  });

  it('replaces an open invitation when the same address is invited again', async () => {
    const { admin, invite } = await setUp();
    const email = uniqueEmail();
    await invite(email);
    const first = await latestMail(email);
    await invite(email, 'coordinator');
    const second = await latestMail(email);
    expect(second.token).not.toBe(first.token);
    expect(await acceptAs(email, first.token)).toBeNull();
    expect(await listInvitations(admin)).toHaveLength(1);
    expect(await acceptAs(email, second.token)).not.toBeNull();
  });

  it('joins only a person who proved the invited address; whoever else holds the link is refused and stays who they are (issue 13, item 9)', async () => {
    const { org, admin, invite } = await setUp();
    const email = uniqueEmail('uitgenodigd');
    await invite(email);
    const { token } = await latestMail(email);
    const holder = await makeUser('Iemand Anders');

    // The operation: 403 for another person; the link stays open.
    expect(await statusOf(acceptInvitation({ token, userId: holder.id }))).toBe(403);
    expect((await listMembers(admin)).map((m) => m.userId)).not.toContain(holder.id);
    expect(await findInvitation({ token })).not.toBeNull();

    // The page, signed in as someone else: it says so; accepting is refused, nobody is signed in or out.
    const page = answerOf<{ signedInAs: string | null }>(await callRoute(inviteLoader, await getAs(holder.id, `/invite/${token}`), { token }));
    expect(page.signedInAs).toBe(holder.email);
    const refused = await callRoute(inviteAction, await postAs(holder.id, `/invite/${token}`, { intent: 'accept' }), { token }).catch((e: unknown) => e);
    expect(await statusOf(refused)).toBe(403);
    expect(refused instanceof Response && refused.headers.get('set-cookie')).toBeFalsy();
    // Not signed in at all: holding the link gives no session either.
    const anonymous = await callRoute(inviteAction, await postAs(null, `/invite/${token}`, { intent: 'accept' }), { token }).catch((e: unknown) => e);
    expect(await statusOf(anonymous)).toBe(403);
    expect(anonymous instanceof Response && anonymous.headers.get('set-cookie')).toBeFalsy();
    expect((await listMembers(admin)).map((m) => m.email)).not.toContain(email);

    // Asking for a sign-in link sends it to the invited address, back to this invitation.
    await callRoute(inviteAction, await postAs(null, `/invite/${token}`, { intent: 'send-link' }), { token });
    const [signIn] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
    expect(signIn?.text).toContain(`redirectTo=${encodeURIComponent(`/invite/${token}`)}`);

    // Signed in with the invited address: accepted, into the organisation.
    const invited = await personWith(email);
    const accepted = await callRoute(inviteAction, await postAs(invited.id, `/invite/${token}`, { intent: 'accept' }), { token }).catch((e: unknown) => e);
    expect(accepted instanceof Response && accepted.headers.get('location')).toBe(`/o/${org.slug}`);
    expect((await listMembers(admin)).find((m) => m.email === email)?.userId).toBe(invited.id);
  });

  it('says so when the address already is a member, and sends nothing', async () => {
    const { org, admin } = await setUp();
    const member = await makeMember(org.id, 'member');
    await expect(inviteMember({ ...admin, email: member.user.email, role: 'member', inviterName: '', locale: 'nl' })).rejects.toMatchObject({
      messageKey: 'org.alreadyMember',
      field: 'email',
    });
    expect(await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, member.user.email))).toEqual([]);
  });

  it('lets a coordinator invite coordinators and members, but not admins; members invite no one', async () => {
    const { org, admin, invite } = await setUp();
    const coordinator = await makeMember(org.id, 'coordinator');
    const member = await makeMember(org.id, 'member');
    const ask = (scope: typeof coordinator, role: 'admin' | 'coordinator' | 'member') =>
      statusOf(inviteMember({ ...scope, email: uniqueEmail(), role, inviterName: '', locale: 'nl' }));
    expect(await ask(coordinator, 'admin')).toBe(403);
    expect(await ask(coordinator, 'coordinator')).toBe(200);
    expect(await ask(coordinator, 'member')).toBe(200);
    expect(await ask(member, 'member')).toBe(403);

    // Nor may a coordinator withdraw an admin's invitation for an admin.
    await invite(uniqueEmail(), 'admin');
    const adminInvite = (await listInvitations(admin)).find((i) => i.role === 'admin')!;
    expect(await statusOf(revokeInvitation({ ...coordinator, invitationId: adminInvite.id }))).toBe(403);
  });

  it("cannot see or revoke another organisation's invitations", async () => {
    const a = await setUp();
    const b = await setUp();
    const email = uniqueEmail();
    await a.invite(email);
    const [open] = await listInvitations(a.admin);
    expect(await listInvitations(b.admin)).toEqual([]);
    expect(await statusOf(revokeInvitation({ ...b.admin, invitationId: open!.id }))).toBe(404);
    expect(await listInvitations(a.admin)).toHaveLength(1);
  });
});
