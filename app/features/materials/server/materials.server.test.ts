import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { flyerTexts, meetings, participantPersonalData, participants, trajectories } from '#app/db/schema';
import { action as signupAction, loader as signupLoader } from '#app/routes/signup';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { signFormTime } from '../domain/signup-guard';
import { addFlyerLanguage } from './add-flyer-language.server';
import { countSignups, ensureSignupCode, listFlyerTexts } from './flyer-records.server';
import { getFlyer } from './get-flyer.server';
import { getMaterialsPage } from './get-materials-page.server';
import { getSignupPage } from './get-signup-page.server';
import { removeFlyerLanguage } from './remove-flyer-language.server';
import { saveFlyerText } from './save-flyer-text.server';
import { registerSignup, type SignupInput, signupSecret } from './signup-records.server';
import { submitSignup } from './submit-signup.server';

// Opening the embedded database (with its migrations) takes a while: not inside a test's time.
beforeAll(async () => {
  await db();
});

async function setup() {
  const org = await makeOrg();
  const lead = await makeMember(org.id, 'coordinator', 'Sanne Lead');
  const contact = await makeMember(org.id, 'member', 'Fatma Contact');
  const trajectory = await makeTrajectory(org.id, { title: 'Opgroeien' });
  await (await db()).update(trajectories).set({ theme: 'Opgroeien in De Schans' }).where(eq(trajectories.id, trajectory.id));
  await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
  await giveRole(org.id, trajectory.id, contact.user.id, 'parent_contact');
  const scope = await scopeIn(lead, trajectory.id);
  // Someone of the organisation without a role here: may look, not edit.
  const viewer = await scopeIn(await makeMember(org.id, 'member'), trajectory.id);
  return { org, lead, trajectory, scope, viewer };
}

const content = (title: string) => ({ title, whatHappens: 'Regel een\nRegel twee', whatYouGet: 'Eten', contactName: 'Fatma', contactPhone: '06 12345678' });

const input: SignupInput = {
  name: 'Amina',
  surname: '',
  phone: '06 11112222',
  callViaContact: false,
  contactPersonName: '',
  kind: 'parent',
  languages: 'Arabisch, Nederlands',
};

async function signupRows(trajectoryId: string) {
  const database = await db();
  const rows = await database.select().from(participants).where(eq(participants.trajectoryId, trajectoryId));
  const personal = await database.select().from(participantPersonalData).where(eq(participantPersonalData.trajectoryId, trajectoryId));
  return { rows, personal };
}

describe('flyer texts', () => {
  it('prefills the Dutch flyer on first open, from the theme and the parent contact, without overwriting edits', async () => {
    const { scope } = await setup();
    const page = await getMaterialsPage(scope);
    expect(page.flyers).toHaveLength(1);
    expect(page.flyers[0]).toMatchObject({ language: 'nl', dir: 'ltr', title: 'Praat mee! Opgroeien in De Schans', contactName: 'Fatma Contact' });
    expect(page.signup.url).toMatch(/\/p\/signup\/[A-Z2-9]{8}$/);
    expect(page.signup.qrSvg).toContain('<svg');
    expect(page.addable).not.toContain('nl');

    await saveFlyerText({ ...scope, language: 'nl', content: content('Eigen titel') });
    const again = await getMaterialsPage(scope);
    expect(again.flyers[0]!.title).toBe('Eigen titel');
  });

  it('does not save anything on open for someone who may only look', async () => {
    const { viewer } = await setup();
    expect((await getMaterialsPage(viewer)).canEdit).toBe(false);
    expect(await listFlyerTexts(viewer)).toEqual([]);
    // The print page still has the Dutch starting text.
    const flyer = await getFlyer({ ...viewer, language: 'nl' });
    expect(flyer.title).toBe('Praat mee! Opgroeien in De Schans');
    expect(flyer.dateText).toBeNull();
  });

  it('upserts per language: one row per language, updated in place', async () => {
    const { scope } = await setup();
    const at = scope;
    await saveFlyerText({ ...at, language: 'nl', content: content('Eerste') });
    await saveFlyerText({ ...at, language: 'nl', content: content('Tweede') });
    await addFlyerLanguage({ ...at, language: 'ar' });
    await addFlyerLanguage({ ...at, language: 'ar' });
    let rows = await listFlyerTexts(at);
    expect(rows.map((r) => [r.language, r.title])).toEqual([
      ['nl', 'Tweede'],
      ['ar', ''],
    ]);
    // A new language starts empty, with the Dutch contact copied.
    expect(rows[1]).toMatchObject({ whatHappens: '', contactName: 'Fatma', contactPhone: '06 12345678' });
    await saveFlyerText({ ...at, language: 'ar', content: content('عنوان') });
    rows = await listFlyerTexts(at);
    expect(rows[1]!.title).toBe('عنوان');

    const flyer = await getFlyer({ ...scope, language: 'ar' });
    expect(flyer).toMatchObject({ dir: 'rtl', labelLocale: 'ar', whatHappens: ['Regel een', 'Regel twee'] });

    await removeFlyerLanguage({ ...at, language: 'ar' });
    await removeFlyerLanguage({ ...at, language: 'nl' });
    expect((await listFlyerTexts(at)).map((r) => r.language)).toEqual(['nl']);
    expect(await statusOf(getFlyer({ ...scope, language: 'ar' }))).toBe(404);
    expect(await statusOf(getFlyer({ ...scope, language: 'xx' }))).toBe(404);
  });

  it('refuses another organisation and unknown languages', async () => {
    const { trajectory, scope, viewer } = await setup();
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'coordinator');
    // No scope for a trajectory of another organisation, so no operation can be reached.
    expect(await statusOf(scopeIn(stranger, trajectory.id))).toBe(404);
    expect(await statusOf(ensureSignupCode({ orgId: other.id, trajectoryId: trajectory.id }))).toBe(404);
    expect(await statusOf(saveFlyerText({ ...viewer, language: 'nl', content: content('x') }))).toBe(403);
    expect(await statusOf(addFlyerLanguage({ ...viewer, language: 'tr' }))).toBe(403);
    expect(await statusOf(removeFlyerLanguage({ ...viewer, language: 'tr' }))).toBe(403);
    expect(await statusOf(saveFlyerText({ ...scope, language: 'klingon', content: content('x') }))).toBe(404);
    expect(await (await db()).select().from(flyerTexts).where(eq(flyerTexts.trajectoryId, trajectory.id))).toEqual([]);
  });

  it('shows the mirror meeting date in the language of the flyer', async () => {
    const { scope, trajectory } = await setup();
    await (await db()).insert(meetings).values({
      orgId: scope.orgId,
      trajectoryId: trajectory.id,
      kind: 'mirror',
      date: '2026-03-18',
      startTime: '14:00',
      venueName: 'Buurthuis',
      venueAddress: 'Plein 1',
    });
    const flyer = await getFlyer({ ...scope, language: 'nl' });
    expect(flyer).toMatchObject({ dateText: 'woensdag 18 maart 2026', startTime: '14:00', venueName: 'Buurthuis', venueAddress: 'Plein 1' });
  });
});

describe('sign-up code', () => {
  it('is made once and kept', async () => {
    const { scope } = await setup();
    const code = await ensureSignupCode(scope);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await ensureSignupCode(scope)).toBe(code);
    const second = await setup();
    expect(await ensureSignupCode(second.scope)).not.toBe(code);
  });
});

describe('public sign-up', () => {
  async function withCode() {
    const ctx = await setup();
    const code = await ensureSignupCode(ctx.scope);
    return { ...ctx, code };
  }
  const now = Date.parse('2026-03-01T10:00:00Z');
  const startedAt = () => signFormTime(now - 10_000, signupSecret());

  it('saves an interested participant with personal data, without a pseudonym', async () => {
    const { code, trajectory, scope } = await withCode();
    await expect(submitSignup({ code: code.toLowerCase(), input, honeypot: '', startedAt: startedAt(), now })).resolves.toBe('saved');
    const { rows, personal } = await signupRows(trajectory.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'interested', source: 'signup', kind: 'parent', pseudonym: null, orgId: scope.orgId });
    expect(personal).toHaveLength(1);
    expect(personal[0]).toMatchObject({
      participantId: rows[0]!.id,
      name: 'Amina',
      phone: '06 11112222',
      callViaContact: false,
      languages: 'Arabisch, Nederlands',
    });
    expect(personal[0]!.consentAt?.getTime()).toBe(now);
    expect(await countSignups(scope)).toBe(1);
  });

  it('notes the contact person when asked to be called through them', async () => {
    const { code, trajectory } = await withCode();
    await registerSignup({ code, input: { ...input, phone: '', callViaContact: true, contactPersonName: 'juf Petra', kind: 'carer' } });
    const { rows, personal } = await signupRows(trajectory.id);
    expect(rows[0]!.kind).toBe('carer');
    expect(personal[0]).toMatchObject({ phone: '', callViaContact: true, needs: 'Contactpersoon: juf Petra' });
  });

  it('saves nothing for a filled honeypot, a form sent too fast or a forged timestamp', async () => {
    const { code, trajectory } = await withCode();
    await expect(submitSignup({ code, input, honeypot: 'http://spam.example', startedAt: startedAt(), now })).resolves.toBe('ignored');
    const tooFast = new RuleError('materials.signupTooFast');
    const expired = new RuleError('materials.signupExpired');
    await expect(submitSignup({ code, input, honeypot: '', startedAt: signFormTime(now - 1000, signupSecret()), now })).rejects.toEqual(tooFast);
    await expect(submitSignup({ code, input, honeypot: '', startedAt: signFormTime(now - 10_000, 'guessed'), now })).rejects.toEqual(expired);
    await expect(submitSignup({ code, input, honeypot: '', startedAt: '', now })).rejects.toEqual(expired);
    expect((await signupRows(trajectory.id)).rows).toEqual([]);
  });

  it('saves the participant and the personal data together or not at all', async () => {
    const { code, trajectory } = await withCode();
    // PostgreSQL refuses a NUL character in text: the second insert fails, the first is rolled back.
    await expect(registerSignup({ code, input: { ...input, name: 'A\u0000B' } })).rejects.toBeTruthy();
    const { rows, personal } = await signupRows(trajectory.id);
    expect(rows).toEqual([]);
    expect(personal).toEqual([]);
  });

  it('gives 404 for an unknown or malformed code', async () => {
    expect(await statusOf(submitSignup({ code: 'ZZZZ2222', input, honeypot: '', startedAt: startedAt(), now }))).toBe(404);
    expect(await statusOf(getSignupPage({ code: 'no/such code!', language: null }))).toBe(404);
    expect(await statusOf(callRoute(signupLoader, await getAs(null, '/p/signup/ZZZZ2222'), { code: 'ZZZZ2222' }))).toBe(404);
  });

  it('shows the flyer languages that have text, and the chosen one', async () => {
    const { code, scope } = await withCode();
    const at = scope;
    await saveFlyerText({ ...at, language: 'nl', content: content('Praat mee') });
    await saveFlyerText({ ...at, language: 'ar', content: { ...content('تحدث معنا'), contactName: '' } });
    await addFlyerLanguage({ ...at, language: 'tr' }); // no text yet: not offered
    const page = await getSignupPage({ code, language: 'ar' });
    expect(page.languages.map((l) => l.code)).toEqual(['nl', 'ar']);
    expect(page).toMatchObject({ language: 'ar', dir: 'rtl', flyer: { title: 'تحدث معنا' } });
    // The Arabic flyer has no contact name: the Dutch one calls back.
    expect(page.contact.name).toBe('Fatma');
    expect((await getSignupPage({ code, language: 'tr' })).language).toBe('nl');
  });

  it('stores the optional surname in the personal data, at most 100 characters (route action)', async () => {
    const { code, trajectory } = await withCode();
    const form = {
      name: 'Amina',
      surname: ' El Amrani ',
      phone: '06 11112222',
      kind: 'parent',
      languages: '',
      consent: 'on',
      lang: 'nl',
      startedAt: startedAt(),
      website: '',
    };
    const tooLong = await callRoute(signupAction, await postAs(null, `/p/signup/${code}`, { ...form, surname: 'x'.repeat(101) }), { code });
    expect(await statusOf(tooLong)).toBe(400);
    expect(answerOf<{ errors: Record<string, string> }>(tooLong).errors).toEqual({ surname: 'validation.tooLong' });
    expect((await signupRows(trajectory.id)).rows).toEqual([]);

    expect(await statusOf(callRoute(signupAction, await postAs(null, `/p/signup/${code}`, form), { code }))).toBe(302);
    const { personal } = await signupRows(trajectory.id);
    expect(personal).toHaveLength(1);
    expect(personal[0]).toMatchObject({ name: 'Amina', surname: 'El Amrani', phone: '06 11112222' });
  });

  it('keeps typed values and saves nothing when consent is missing (route action)', async () => {
    const { code, trajectory } = await withCode();
    const form = { name: 'Amina', phone: '', kind: 'parent', languages: 'Arabisch', lang: 'nl', startedAt: startedAt(), website: '' };
    const result = await callRoute(signupAction, await postAs(null, `/p/signup/${code}`, form), { code });
    expect(await statusOf(result)).toBe(400);
    const answer = answerOf<{ errors: Record<string, string>; values: Record<string, string> }>(result);
    expect(answer.errors).toMatchObject({ consent: 'materials.signupConsentRequired', phone: 'materials.signupPhoneOrContact' });
    expect(answer.values.name).toBe('Amina');
    expect((await signupRows(trajectory.id)).rows).toEqual([]);
  });
});
