// The consent log on the real database (issue 16): each place that records consent writes an event
// with the text version shown, in its own transaction; the history derives the state from the log.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { consentEvents, participants } from '#app/db/schema';
import { ensureSignupCode } from '#app/features/materials/server/flyer-records.server';
import { registerSignup } from '#app/features/materials/server/signup-records.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { updateParticipant } from '#app/features/participants/server/update-participant.server';
import { recordConsent } from '#app/features/reception/server/record-consent.server';
import { trajectoryWith } from '#tests/factories';
import { BUILT_IN_CONSENT_TEXTS } from '../domain/texts';
import { getConsentHistory } from './get-consent-history.server';
import { getPersonalDataSettings } from './get-personal-data-settings.server';
import { saveConsentText } from './save-consent-text.server';

beforeAll(async () => {
  await db();
});

const setUp = () => trajectoryWith({ lead: ['member', 'lead'], admin: ['admin'], coordinator: ['coordinator'] });

describe('the consent log', () => {
  it('a sign-up records consent to the text shown, in its language, by the form', async () => {
    const { trajectory, people } = await setUp();
    const code = await ensureSignupCode(people.lead.scope);
    const input = { name: 'Amina', surname: '', phone: '0611112222', callViaContact: false, contactPersonName: '', kind: 'parent' as const, languages: '' };
    await registerSignup({ code, input, language: 'en', now: new Date('2026-03-01T10:00:00Z') });
    const [participant] = await (await db()).select().from(participants).where(eq(participants.trajectoryId, trajectory.id));
    const history = await getConsentHistory({ ...people.lead.scope, participantId: participant!.id });
    expect(history.state).toEqual({ signup: true, minutes: null, photos: null, stay_involved: null });
    expect(history.events).toEqual([
      {
        kind: 'signup',
        decision: 'granted',
        at: '2026-03-01T10:00:00.000Z',
        how: 'form',
        language: 'en',
        recordedBy: null,
        version: 1,
        text: BUILT_IN_CONSENT_TEXTS.signup.en,
      },
    ]);
  });

  it('the workgroup and the desk record on behalf; a withdrawal follows a grant; an unchanged answer adds nothing', async () => {
    const { people } = await setUp();
    const lead = people.lead.scope;
    const parent = await createParticipant({ ...lead, kind: 'parent', status: 'registered', personal: { name: 'Fatma' }, consent: true });
    await recordConsent({ ...lead, participantId: parent.id, minutes: true, photos: false });
    await recordConsent({ ...lead, participantId: parent.id, minutes: true, photos: false });
    // A new version of the minutes text: the withdrawal refers to it.
    await saveConsentText({ ...people.admin, kind: 'minutes', language: 'nl', text: 'Mijn woorden mogen in het verslag, zonder mijn naam.' });
    await recordConsent({ ...lead, participantId: parent.id, minutes: false, photos: false });
    const changes = {
      kind: 'parent' as const,
      status: 'registered' as const,
      placeCategory: '' as const,
      placeName: '',
      profileFit: '' as const,
      recruitedBy: null,
    };
    await updateParticipant({ ...lead, participantId: parent.id, ...changes, personal: { ...emptyPersonal, name: 'Fatma' }, consent: false });
    const history = await getConsentHistory({ ...lead, participantId: parent.id });
    expect(history.state).toEqual({ signup: false, minutes: false, photos: false, stay_involved: null });
    expect(history.events.map((e) => [e.kind, e.decision, e.how, e.version])).toEqual([
      ['signup', 'granted', 'on_behalf', 1],
      ['minutes', 'granted', 'on_behalf', 1],
      ['photos', 'withdrawn', 'on_behalf', 1],
      ['minutes', 'withdrawn', 'on_behalf', 2],
      ['signup', 'withdrawn', 'on_behalf', 1],
    ]);
    expect(history.events.every((e) => e.recordedBy === people.lead.user.name)).toBe(true);
  });

  it('consent texts: a save is a new version, the old one stays; only admins save, coordinators read', async () => {
    const { org, people } = await setUp();
    await saveConsentText({ ...people.admin, kind: 'photos', language: 'nl', text: "Er mogen foto's van mij gemaakt worden." });
    await saveConsentText({ ...people.admin, kind: 'photos', language: 'nl', text: "Er mogen foto's van mij gemaakt worden." });
    const settings = await getPersonalDataSettings(people.coordinator);
    const photos = settings.consent.find((c) => c.kind === 'photos')!.languages.find((l) => l.language === 'nl')!;
    expect([photos.current.version, photos.current.text]).toEqual([2, "Er mogen foto's van mij gemaakt worden."]);
    expect(photos.earlier.map((v) => [v.version, v.text])).toEqual([[1, BUILT_IN_CONSENT_TEXTS.photos.nl]]);
    expect(settings.canManage).toBe(false);
    await expect(saveConsentText({ ...people.coordinator, kind: 'photos', language: 'nl', text: 'x' })).rejects.toMatchObject({ status: 403 });
    await expect(getPersonalDataSettings(people.lead)).rejects.toMatchObject({ status: 403 });
    expect(await (await db()).select().from(consentEvents).where(eq(consentEvents.orgId, org.id))).toEqual([]);
  });
});

const emptyPersonal = {
  name: '',
  surname: '',
  phone: '',
  email: '',
  address: '',
  callViaContact: false,
  languages: '',
  interpreterLanguage: '',
  needsChildcare: false,
  needsTransport: false,
  diet: '',
  preferredTime: '',
  needs: '',
  compensation: '',
  compensationPaid: false,
};
