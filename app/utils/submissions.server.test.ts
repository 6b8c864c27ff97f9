// Submission keys (issue 13): ten identical submissions at once create one row, through the real
// route actions and handleForm, on the embedded database and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '#app/db/client.server';
import {
  actions,
  formSubmissions,
  goalReviews,
  listeners,
  participants,
  partners,
  prepMeetings,
  runSheetTasks,
  schoolHolidays,
  statements,
  trajectories,
} from '#app/db/schema';
import { getMaterialsPage } from '#app/features/materials/server/get-materials-page.server';
import { getSignupPage } from '#app/features/materials/server/get-signup-page.server';
import { action as listenersAction } from '#app/routes/step-listeners';
import { action as participantsAction } from '#app/routes/step-participants';
import { action as partnersAction } from '#app/routes/step-partners';
import { action as programAction } from '#app/routes/step-program';
import { action as signupAction } from '#app/routes/signup';
import { action as actionsAction } from '#app/routes/step-actions';
import { action as goalAction } from '#app/routes/step-goal';
import { action as workgroupAction } from '#app/routes/step-workgroup';
import { action as newTrajectoryAction } from '#app/routes/trajectory-new';
import { action as holidaysAction } from '#app/routes/org-holidays';
import { makeMember, makeOrg, scopeIn, trajectoryWithLead } from '#tests/factories';
import { answerOf, callRoute, postAs, statusOf } from '#tests/http';

beforeAll(async () => {
  await db();
});

const setup = trajectoryWithLead;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any route action
type Action = (args: any) => unknown;

/** What an action answered, with a thrown redirect as its status and location. */
async function answer(action: Action, userId: string | null, fields: Record<string, string>, params: Record<string, string>) {
  try {
    const result = await callRoute(action, await postAs(userId, '/', fields), params);
    return { status: await statusOf(result), body: answerOf(result) };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get('location') };
    throw error;
  }
}

/** Ten identical submissions at once: all ten answers. */
const tenAtOnce = (action: Action, userId: string | null, fields: Record<string, string>, params: Record<string, string>) =>
  Promise.all(Array.from({ length: 10 }, () => answer(action, userId, fields, params)));

type Counted =
  | typeof partners
  | typeof participants
  | typeof listeners
  | typeof runSheetTasks
  | typeof statements
  | typeof goalReviews
  | typeof prepMeetings
  | typeof actions;
const countIn = async (table: Counted, trajectoryId: string) =>
  (await (await db()).select({ id: table.id }).from(table).where(eq(table.trajectoryId, trajectoryId))).length;

describe('ten identical submissions at once create one row (issue 13)', () => {
  it('a partner', async () => {
    const { trajectory, lead, params } = await setup();
    const form = {
      intent: 'add-partner',
      name: 'Consultatiebureau Noord',
      domain: 'care',
      contactName: '',
      contactEmail: '',
      roleDescription: '',
      submission: randomUUID(),
    };
    const answers = await tenAtOnce(partnersAction, lead.user.id, form, params);
    expect(answers.every((a) => a.status === 200 && (a.body as { ok: boolean }).ok)).toBe(true);
    expect(await countIn(partners, trajectory.id)).toBe(1);
  });

  it('a participant', async () => {
    const { trajectory, lead, params } = await setup();
    const form = {
      intent: 'add',
      status: 'registered',
      kind: 'parent',
      name: 'Khadija Testnaam',
      phone: '0687654321',
      placeCategory: '',
      profileFit: '',
      submission: randomUUID(),
    };
    const answers = await tenAtOnce(participantsAction, lead.user.id, form, params);
    expect(answers.map((a) => a.body)).toEqual(Array(10).fill({ ok: true, intent: 'add', target: '', value: { added: 'Khadija Testnaam' } }));
    expect(await countIn(participants, trajectory.id)).toBe(1);
  });

  it('a listener, and a pasted list of listeners', async () => {
    const { trajectory, lead, params } = await setup();
    const form = {
      intent: 'add',
      name: 'Wijkagent Jansen',
      organisation: 'Politie',
      category: 'youth_health',
      email: 'jansen@example.org',
      submission: randomUUID(),
    };
    const answers = await tenAtOnce(listenersAction, lead.user.id, form, params);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await countIn(listeners, trajectory.id)).toBe(1);
    const paste = {
      intent: 'import',
      lines: 'Ann de Vries; School; volunteer; ann@example.org\nBob Smit; GGD; youth_health; bob@example.org',
      submission: randomUUID(),
    };
    const pasted = await tenAtOnce(listenersAction, lead.user.id, paste, params);
    expect(pasted.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(await countIn(listeners, trajectory.id)).toBe(3);
  });

  it('a task on the run sheet', async () => {
    const { trajectory, lead, params } = await setup();
    const form = { intent: 'task-add', title: 'Zaal reserveren', ownerId: '', dueOn: '', submission: randomUUID() };
    const answers = await tenAtOnce(programAction, lead.user.id, form, params);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(await countIn(runSheetTasks, trajectory.id)).toBe(1);
  });

  it('a public sign-up, each of the ten sent on to the same thank-you page', async () => {
    vi.stubEnv('SIGNUP_MIN_SECONDS', '0');
    const { trajectory, lead } = await setup();
    const { code } = (await getMaterialsPage(await scopeIn(lead, trajectory.id))).signup;
    const { startedAt } = await getSignupPage({ code, language: 'nl' });
    const form = {
      name: 'Amina',
      phone: '06 11112222',
      kind: 'parent',
      languages: '',
      consent: 'on',
      lang: 'nl',
      startedAt,
      website: '',
      submission: randomUUID(),
    };
    const answers = await tenAtOnce(signupAction, null, form, { code });
    expect(new Set(answers.map((a) => `${a.status} ${a.location}`))).toEqual(new Set([`302 /p/signup/${code}?lang=nl&thanks=1`]));
    expect(await countIn(participants, trajectory.id)).toBe(1);
    vi.unstubAllEnvs();
  });

  it('a statement, a goal review, a preparatory meeting and an action', async () => {
    const { trajectory, lead, params } = await setup();
    const forms: [Action, Counted, Record<string, string>][] = [
      [partnersAction, statements, { intent: 'add-statement', text: 'Ouders worden gehoord.' }],
      [goalAction, goalReviews, { intent: 'review', reviewedOn: '2026-03-01', stillFits: 'yes', whatChanged: '' }],
      [workgroupAction, prepMeetings, { intent: 'add-meeting', heldOn: '2026-03-02', agenda: 'Rollen', decisions: '' }],
      [
        actionsAction,
        actions,
        {
          intent: 'add-action',
          title: 'Folder in gewone taal',
          agendaItemId: '',
          partnerId: '',
          ownerName: '',
          status: 'planned',
          stopReason: '',
          dueOn: '',
          nextStep: '',
        },
      ],
    ];
    for (const [action, table, form] of forms) {
      const answers = await tenAtOnce(action, lead.user.id, { ...form, submission: randomUUID() }, params);
      expect(
        answers.map((a) => a.status),
        form.intent,
      ).toEqual(Array(10).fill(200));
      expect(await countIn(table, trajectory.id), form.intent).toBe(1);
    }
  });

  it('a trajectory, each of the ten sent on to the same new trajectory', async () => {
    const org = await makeOrg();
    const coordinator = await makeMember(org.id, 'coordinator', 'Co Ordinator');
    const form = { title: 'Tweede ronde', variant: 'coalition', teamId: '', previousTrajectoryId: '', theme: '', submission: randomUUID() };
    const answers = await tenAtOnce(newTrajectoryAction, coordinator.user.id, form, { org: org.slug });
    const made = await (await db()).select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.orgId, org.id));
    expect(made).toHaveLength(1);
    expect(answers.map((a) => `${a.status} ${a.location}`)).toEqual(Array(10).fill(`302 /o/${org.slug}/t/${made[0]!.id}`));
  });

  it("a school holiday of the organisation's own", async () => {
    const org = await makeOrg();
    const admin = await makeMember(org.id, 'admin', 'Ad Min');
    const form = { intent: 'add', name: 'Studiedag', region: 'all', startsOn: '2026-04-01', endsOn: '2026-04-01', submission: randomUUID() };
    const answers = await tenAtOnce(holidaysAction, admin.user.id, form, { org: org.slug });
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const own = await (await db()).select({ name: schoolHolidays.name }).from(schoolHolidays).where(eq(schoolHolidays.orgId, org.id));
    expect(own.filter((h) => h.name === 'Studiedag')).toHaveLength(1);
  });
});

describe('submission keys', () => {
  it('refuses a key sent again with other content (409), and a refused submission leaves no key behind', async () => {
    const { org, trajectory, lead, params } = await setup();
    const submission = randomUUID();
    const partner = (name: string) => ({ intent: 'add-partner', name, domain: 'care', contactName: '', contactEmail: '', roleDescription: '', submission });
    expect((await answer(partnersAction, lead.user.id, partner('GGD'), params)).status).toBe(200);
    const reused = await answer(partnersAction, lead.user.id, partner('Bibliotheek'), params);
    expect(reused).toMatchObject({ status: 409, body: { ok: false, errors: { _form: 'validation.submissionReused' } } });
    expect(await countIn(partners, trajectory.id)).toBe(1);

    // A task whose owner has no role is refused: nothing is kept, so the corrected form with the same key is saved.
    const outsider = await makeMember(org.id, 'member', 'Buiten Staander');
    const task = { intent: 'task-add', title: 'Koffie regelen', ownerId: outsider.user.id, dueOn: '', submission: randomUUID() };
    expect((await answer(programAction, lead.user.id, task, params)).status).toBe(409);
    const keys = async () => (await (await db()).select().from(formSubmissions).where(eq(formSubmissions.orgId, org.id))).map((s) => s.operation);
    expect(await keys()).toEqual(['partners.add']);
    expect((await answer(programAction, lead.user.id, { ...task, ownerId: lead.user.id }, params)).status).toBe(200);
    expect(await countIn(runSheetTasks, trajectory.id)).toBe(1);

    // Without a key (an old page, a script) every submission is its own.
    const { submission: _, ...withoutKey } = partner('Jeugdteam');
    await answer(partnersAction, lead.user.id, withoutKey, params);
    await answer(partnersAction, lead.user.id, withoutKey, params);
    expect(await countIn(partners, trajectory.id)).toBe(3);
  });
});
