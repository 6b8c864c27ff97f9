// Every e-mail goes out as text and HTML (issue 17, item 4): each kind through the development
// outbox, and no code that sends mail around sendMail.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { requestLoginLink } from '#app/auth/login.server';
import { db } from '#app/db/client.server';
import { mailOutbox, organisations } from '#app/db/schema';
import { saveMeetingDates } from '#app/features/calendar/server/save-meeting-dates.server';
import { sendMeetingInvitation } from '#app/features/calendar/server/send-meeting-invitation.server';
import { addListeners } from '#app/features/listeners/server/add-listeners.server';
import { inviteListeners } from '#app/features/listeners/server/invite-listeners.server';
import { inviteMember } from '#app/features/organisations/server/invite-member.server';
import { addPartner } from '#app/features/partners/server/add-partner.server';
import { mailPartnerLink } from '#app/features/partners/server/mail-partner-link.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn, uniqueEmail } from '#tests/factories';

const outbox = async (to: string) => (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, to));

function expectBothParts(mail: { text: string; html: string } | undefined, lang: string) {
  expect(mail, 'a mail').toBeDefined();
  expect(mail!.text.length).toBeGreaterThan(20);
  expect(mail!.html).toContain(`<html lang="${lang}"`);
  expect(mail!.html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  expect(mail!.html).toMatch(/<p[^>]*>/);
}

describe('every kind of mail', () => {
  it('goes out with a text and an HTML part, in the recipient language and the organisation colour', async () => {
    const org = await makeOrg();
    await (await db()).update(organisations).set({ accentColour: '#1a6b3a' }).where(eq(organisations.id, org.id));
    const admin = await makeMember(org.id, 'admin', 'Sanne de Vries');
    const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien in Oost' });
    await giveRole(org.id, trajectory.id, admin.user.id, 'lead');
    const scope = await scopeIn(admin, trajectory.id);

    const signIn = uniqueEmail('login');
    expect(await requestLoginLink({ email: signIn, locale: 'en' })).toBe('sent');
    const [login] = await outbox(signIn);
    expectBothParts(login, 'en');
    expect(login!.html).toContain('>Click this link to sign in to Spiegel</a>');

    const invited = uniqueEmail('member');
    await inviteMember({ ...admin, email: invited, role: 'member', inviterName: 'Sanne de Vries', locale: 'nl' });
    const [invitation] = await outbox(invited);
    expectBothParts(invitation, 'nl');
    expect(invitation!.html).toContain('#1a6b3a');

    const partner = await addPartner({
      ...scope,
      name: 'Welzijn Oost',
      domain: 'welfare',
      contactName: 'Jan',
      contactEmail: uniqueEmail('partner'),
      roleDescription: '',
    });
    const { to: partnerAddress } = await mailPartnerLink({ ...scope, partnerId: partner.id });
    expectBothParts((await outbox(partnerAddress))[0], 'nl');

    await saveMeetingDates({ ...scope, dates: [{ kind: 'mirror', date: '2027-01-14', startTime: '19:00' }] });
    const listenerAddress = uniqueEmail('listener');
    await addListeners({ ...scope, rows: [{ name: 'Ali', organisation: 'School', category: 'welfare', email: listenerAddress }] });
    expect(await inviteListeners(scope)).toMatchObject({ sent: 1 });
    expectBothParts((await outbox(listenerAddress))[0], 'nl');

    await sendMeetingInvitation({ ...scope, kind: 'mirror', locale: 'nl', senderName: 'Sanne de Vries' });
    expectBothParts((await outbox(admin.user.email))[0], 'nl');
  });

  it('is sent only through sendMail, which always adds the HTML part', () => {
    const root = new URL('../', import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const bypass = files.filter(
      (path) => !path.endsWith('mail/send-mail.server.ts') && /from 'nodemailer'|import\('nodemailer'\)|insert\(mailOutbox\)/.test(readFileSync(path, 'utf8')),
    );
    expect(bypass).toEqual([]);
  });
});
