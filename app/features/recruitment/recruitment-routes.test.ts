// The participants pages through their real loaders and actions: who gets which view.
import { describe, expect, it } from 'vitest';
import type { TrajectoryRole } from '#app/auth/permissions';
import { action as detailAction, loader as detailLoader } from '#app/routes/participant-detail';
import { action, loader } from '#app/routes/step-participants';
import { giveRole, makeMember, makeOrg, makeTrajectory, trajectoryWithLead } from '#tests/factories';
import { callRoute, getAs, postAs, statusOf } from '#tests/http';

type Member = Awaited<ReturnType<typeof makeMember>>;
type Params = Record<string, string>;

const setup = trajectoryWithLead;

/** Posts a form to the pipeline page (or the detail page); a thrown 403/404 comes back as its Response. */
async function post(m: Member, params: Params, path: string, form: Record<string, string>, run: typeof action | typeof detailAction = action) {
  return callRoute(run, await postAs(m.user.id, path, form), params).catch((e: unknown) => (e instanceof Response ? e : Promise.reject(e)));
}
const getList = async (m: Member, params: Params) =>
  callRoute(loader, await getAs(m.user.id, '/'), params).catch((e: unknown) => (e instanceof Response ? e : Promise.reject(e)));
const getDetail = async (m: Member, params: Params) =>
  callRoute(detailLoader, await getAs(m.user.id, '/'), params).catch((e: unknown) => (e instanceof Response ? e : Promise.reject(e)));

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
    expect(await statusOf(bad)).toBe(400);
    expect(bad).toMatchObject({ data: { errors: { phone: 'recruitment.phoneInvalid' }, values: { name: NAME } } });
    expect(await post(lead, params, '/participants', newParticipant)).toEqual({ ok: true, intent: 'add', target: '', value: { added: NAME } });
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    const [p] = view.participants;
    expect(p).toMatchObject({ name: NAME, pseudonym: 'Ouder A', status: 'registered', phone: PHONE });
    expect(view.numbers).toMatchObject({ committed: 1, min: 5, max: 8, warnings: ['belowMin'] });
    expect(view.places).toEqual([{ category: 'library', count: 1, places: [{ name: 'Bieb Centrum', count: 1 }] }]);
    const skipped = await post(lead, params, '/participants', { intent: 'move', participantId: p!.id, to: 'attended' });
    expect(await statusOf(skipped)).toBe(409);
    expect(await post(lead, params, '/participants', { intent: 'move', participantId: p!.id, to: 'confirmed' })).toEqual({
      ok: true,
      intent: 'move',
      target: p!.id,
      value: { moved: { status: 'confirmed', pseudonym: 'Ouder A' } },
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
    expect(await getDetail(contact, { ...params, pid })).toMatchObject({ participant: { personal: { name: NAME, phone: PHONE } } });

    const roles: (TrajectoryRole | null)[] = ['workgroup', 'policy', 'listener', 'minute_taker', 'partner_contact', 'conversation_leader', null];
    for (const role of roles) {
      const who = await makeMember(org.id, role ? 'member' : 'admin');
      if (role) await giveRole(org.id, trajectory.id, who.actor.userId, role);
      const list = await getList(who, params);
      expect(list, String(role)).toMatchObject({ view: 'pseudonymous', registered: [{ pseudonym: 'Ouder A', kind: 'parent', status: 'registered' }] });
      const text = JSON.stringify(list);
      for (const secret of [NAME, PHONE, 'Bieb Centrum', 'vegetarisch', 'library', pid]) expect(text, String(role)).not.toContain(secret);
      expect(await statusOf(await getDetail(who, { ...params, pid })), String(role)).toBe(403);
      expect(await statusOf(await post(who, params, '/participants', { intent: 'move', participantId: pid, to: 'confirmed' }))).toBe(403);
      expect(await statusOf(await post(who, { ...params, pid }, `/participants/${pid}`, { ...newParticipant, intent: 'save' }, detailAction))).toBe(403);
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
    expect(await statusOf(await getList(stranger, params))).toBe(404);
    expect(await statusOf(await getDetail(stranger, { ...params, pid }))).toBe(404);
    expect(await statusOf(await getDetail(stranger, { org: other.slug, tid: params.tid, pid }))).toBe(404);
    const elsewhere = await makeTrajectory(org.id);
    await giveRole(org.id, elsewhere.id, lead.actor.userId, 'lead');
    expect(await statusOf(await getDetail(lead, { org: org.slug, tid: elsewhere.id, pid }))).toBe(404);
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
    expect(saved).toEqual({ ok: true, intent: 'save', target: '', value: { pseudonym: 'Ouder A' } });
    const after = await getDetail(lead, detail);
    expect(after).toMatchObject({
      participant: { status: 'registered', pseudonym: 'Ouder A', personal: { needsTransport: true } },
      statuses: ['registered', 'confirmed', 'interested', 'cancelled'],
    });
    expect((after as { participant: { personal: { consentAt: Date | null } } }).participant.personal.consentAt).toBeInstanceOf(Date);
    // A step that is not allowed from here: nothing saved.
    const refused = await post(lead, detail, `/participants/${pid}`, { ...newParticipant, intent: 'save', status: 'attended', name: 'Anders' }, detailAction);
    expect(await statusOf(refused)).toBe(409);
    expect(await getDetail(lead, detail)).toMatchObject({ participant: { personal: { name: NAME } } });
  });

  it('keeps the optional surname from the add form, edits it on the detail page and shows the full name to the lead', async () => {
    const { lead, params } = await setup();
    const tooLong = await post(lead, params, '/participants', { ...newParticipant, surname: 'x'.repeat(101) });
    expect(await statusOf(tooLong)).toBe(400);
    expect(tooLong).toMatchObject({ data: { errors: { surname: 'validation.tooLong' }, values: { surname: 'x'.repeat(101) } } });
    await post(lead, params, '/participants', { ...newParticipant, surname: 'El Amrani' });
    const view = await getList(lead, params);
    if (view instanceof Response || view.view !== 'full') throw new Error('expected the full view');
    expect(view.participants[0]).toMatchObject({ name: `${NAME} El Amrani` });
    const detail = { ...params, pid: view.participants[0]!.id };
    expect(await getDetail(lead, detail)).toMatchObject({ participant: { personal: { name: NAME, surname: 'El Amrani' } } });
    const saved = await post(lead, detail, `/participants/${detail.pid}`, { ...newParticipant, intent: 'save', surname: 'de Wit' }, detailAction);
    expect(saved).toMatchObject({ ok: true, intent: 'save' });
    expect(await getDetail(lead, detail)).toMatchObject({ participant: { personal: { surname: 'de Wit' } } });
    // Leaving it empty is allowed: the surname is optional.
    await post(lead, detail, `/participants/${detail.pid}`, { ...newParticipant, intent: 'save' }, detailAction);
    expect(await getDetail(lead, detail)).toMatchObject({ participant: { personal: { surname: '' } } });
  });
});
