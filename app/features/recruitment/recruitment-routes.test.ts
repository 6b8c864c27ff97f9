// The participants pages through their real loaders and actions: who gets which view.
import { describe, expect, it } from 'vitest';
import type { TrajectoryRole } from '#app/auth/permissions';
import { createSession } from '#app/auth/session.server';
import { action as detailAction, loader as detailLoader } from '#app/routes/participant-detail';
import { action, loader } from '#app/routes/step-participants';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';

type Member = Awaited<ReturnType<typeof makeMember>>;
const cookieFor = async (m: Member) => (await createSession(m.user.id, new Request('http://x/'))).split(';')[0]!;

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'member', 'Lead Persoon');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  return { org, trajectory, lead, params: { org: org.slug, tid: trajectory.id } };
}

async function post(m: Member, params: Record<string, string>, path: string, form: Record<string, string>, run: typeof action | typeof detailAction = action) {
  const body = new FormData();
  for (const [k, v] of Object.entries(form)) body.set(k, v);
  const request = new Request(`http://x${path}`, { method: 'POST', body, headers: { cookie: await cookieFor(m) } });
  return run({ request, params, context: {} } as never).then(
    (r) => r,
    (e: unknown) => (e instanceof Response ? e : Promise.reject(e)),
  );
}
async function get<R>(m: Member, params: Record<string, string>, run: (args: never) => Promise<R> = loader as never): Promise<R | Response> {
  const request = new Request('http://x/', { headers: { cookie: await cookieFor(m) } });
  return run({ request, params, context: {} } as never).then(
    (r) => r,
    (e: unknown) => (e instanceof Response ? e : Promise.reject(e)),
  );
}
const getList = (m: Member, params: Record<string, string>) => get(m, params, loader);
/** A data() result carries its status in `init`; a plain object is a 200. */
const statusOf = (r: unknown) => (r instanceof Response ? r.status : ((r as { init?: { status?: number } }).init?.status ?? 200));

const NAME = 'Khadija Testnaam';
const PHONE = '0687654321';
const newParticipant = {
  intent: 'add',
  status: 'registered',
  kind: 'parent',
  name: NAME,
  phone: PHONE,
  placeCategory: 'library',
  placeName: 'Bieb Centrum',
  profileFit: 'fits',
  diet: 'vegetarisch',
};

describe('participants pages', () => {
  it('adds through the form, rejects bad input with the typed values, and refuses a skipped step', async () => {
    const { lead, params } = await setup();
    const bad = await post(lead, params, '/participants', { ...newParticipant, phone: 'abc' });
    expect(statusOf(bad)).toBe(400);
    expect(bad).toMatchObject({ data: { errors: { phone: 'recruitment.phoneInvalid' }, values: { name: NAME } } });
    expect(await post(lead, params, '/participants', newParticipant)).toEqual({ ok: true, added: NAME });
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    const [p] = view.participants;
    expect(p).toMatchObject({ name: NAME, pseudonym: 'Ouder A', status: 'registered', phone: PHONE });
    expect(view.numbers).toMatchObject({ committed: 1, min: 5, max: 8, warnings: ['belowMin'] });
    expect(view.places).toEqual([{ category: 'library', count: 1, places: [{ name: 'Bieb Centrum', count: 1 }] }]);
    const skipped = await post(lead, params, '/participants', { intent: 'move', participantId: p!.id, to: 'attended' });
    expect(statusOf(skipped)).toBe(409);
    expect(await post(lead, params, '/participants', { intent: 'move', participantId: p!.id, to: 'confirmed' })).toEqual({
      ok: true,
      moved: { status: 'confirmed', pseudonym: 'Ouder A' },
    });
  });

  it('shows other roles, and admins without a role, numbers and pseudonyms only; the detail page is 403', async () => {
    const { org, trajectory, lead, params } = await setup();
    await post(lead, params, '/participants', newParticipant);
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    const pid = view.participants[0]!.id;

    const contact = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, contact.actor.userId, 'parent_contact');
    expect(await getList(contact, params)).toMatchObject({ view: 'full' });
    expect(await get(contact, { ...params, pid }, detailLoader)).toMatchObject({ participant: { personal: { name: NAME, phone: PHONE } } });

    const roles: (TrajectoryRole | null)[] = ['workgroup', 'policy', 'listener', 'minute_taker', 'partner_contact', 'conversation_leader', null];
    for (const role of roles) {
      const who = await makeMember(org.id, role ? 'member' : 'admin');
      if (role) await giveRole(org.id, trajectory.id, who.actor.userId, role);
      const list = await getList(who, params);
      expect(list, String(role)).toMatchObject({ view: 'pseudonymous', registered: [{ pseudonym: 'Ouder A', kind: 'parent', status: 'registered' }] });
      const text = JSON.stringify(list);
      for (const secret of [NAME, PHONE, 'Bieb Centrum', 'vegetarisch', 'library', pid]) expect(text, String(role)).not.toContain(secret);
      expect(statusOf(await get(who, { ...params, pid }, detailLoader)), String(role)).toBe(403);
      expect(statusOf(await post(who, params, '/participants', { intent: 'move', participantId: pid, to: 'confirmed' }))).toBe(403);
      expect(statusOf(await post(who, { ...params, pid }, `/participants/${pid}`, { ...newParticipant, intent: 'save' }, detailAction))).toBe(403);
    }
  });

  it('answers 404 to another organisation, and for a participant of another trajectory', async () => {
    const { lead, params, org } = await setup();
    await post(lead, params, '/participants', newParticipant);
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    const pid = view.participants[0]!.id;
    const other = await makeOrg();
    const stranger = await makeMember(other.id, 'admin');
    expect(statusOf(await getList(stranger, params))).toBe(404);
    expect(statusOf(await get(stranger, { ...params, pid }, detailLoader))).toBe(404);
    expect(statusOf(await get(stranger, { org: other.slug, tid: params.tid, pid }, detailLoader))).toBe(404);
    const elsewhere = await makeTrajectory(org.id);
    await giveRole(org.id, elsewhere.id, lead.actor.userId, 'lead');
    expect(statusOf(await get(lead, { org: org.slug, tid: elsewhere.id, pid }, detailLoader))).toBe(404);
  });

  it('saves the detail form in one go and records consent', async () => {
    const { lead, params } = await setup();
    await post(lead, params, '/participants', { ...newParticipant, status: 'interested' });
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    const pid = view.participants[0]!.id;
    const detail = { ...params, pid };
    const saved = await post(
      lead,
      detail,
      `/participants/${pid}`,
      { ...newParticipant, intent: 'save', status: 'registered', consent: 'on', needsTransport: 'on' },
      detailAction,
    );
    expect(saved).toEqual({ ok: true, saved: true });
    const after = await get(lead, detail, detailLoader);
    expect(after).toMatchObject({
      participant: { status: 'registered', pseudonym: 'Ouder A', personal: { needsTransport: true } },
      statuses: ['registered', 'confirmed', 'interested', 'cancelled'],
    });
    expect((after as { participant: { personal: { consentAt: Date | null } } }).participant.personal.consentAt).toBeInstanceOf(Date);
    // A step that is not allowed from here: nothing saved.
    const refused = await post(lead, detail, `/participants/${pid}`, { ...newParticipant, intent: 'save', status: 'attended', name: 'Anders' }, detailAction);
    expect(statusOf(refused)).toBe(409);
    expect(await get(lead, detail, detailLoader)).toMatchObject({ participant: { personal: { name: NAME } } });
  });
});
