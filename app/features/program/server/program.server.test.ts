import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { createTranslator } from '#app/i18n/i18n';
import { loader as pdfLoader } from '#app/routes/program-pdf';
import { lettersOf, pdfText } from '#tests/files';
import { action as locationAction, loader as locationLoader } from '#app/routes/step-location';
import { action, loader } from '#app/routes/step-program';
import { RuleError } from '#app/utils/rule-error';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import { callRoute, getAs, postAs, statusOf } from '#tests/http';
import { DEFAULT_TASKS, type DefaultTaskKey } from '../domain/run-sheet';
import { type BlockKey, programTemplate } from '../domain/templates';
import { addRunSheetTask } from './add-run-sheet-task.server';
import { createProgramFromTemplate } from './create-program-from-template.server';
import { listMeetings } from './list-meetings.server';
import { listProgram } from './list-program.server';
import { listRunSheet } from './list-run-sheet.server';
import { moveProgramBlock } from './move-program-block.server';
import { prefillRunSheet } from './prefill-run-sheet.server';
import { removeProgramBlock } from './remove-program-block.server';
import { removeRunSheetTask } from './remove-run-sheet-task.server';
import { saveLocation } from './save-location.server';
import { updateProgramBlock } from './update-program-block.server';
import { updateRunSheetTask } from './update-run-sheet-task.server';

const t = createTranslator('nl');
const titleFor = (key: BlockKey) => t(`program.block_${key}`);
const taskTitle = (key: DefaultTaskKey) => t(`program.task_${key}`);
const ownerRefused = new RuleError('program.ownerInvalid', 'ownerId');
const place = { venueName: 'x', venueAddress: '', accessibility: '', notes: '', checklist: {} };

async function setup(variant: 'coalition' | 'care' = 'coalition', title = 'Traject') {
  const org = await makeOrg();
  const lead = await makeMember(org.id, 'coordinator', 'Lotte Leider');
  const trajectory = await makeTrajectory(org.id, { variant, title });
  await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
  const params = { org: org.slug, tid: trajectory.id };
  const url = `/o/${org.slug}/t/${trajectory.id}/program`;
  /** The program page's loader or action (with fields), as this user (the lead by default). */
  const page = {
    load: async (userId = lead.user.id) => callRoute(loader, await getAs(userId, url), params),
    post: async (fields: Record<string, string>, userId = lead.user.id) => callRoute(action, await postAs(userId, url, fields), params),
  };
  return { org, lead, trajectory, scope: await scopeIn(lead, trajectory.id), params, url, page };
}

describe('program from the template', () => {
  it('copies the template once, in Dutch, with the care variant’s outer-circle round', async () => {
    const { scope } = await setup('care');
    expect(await createProgramFromTemplate({ ...scope, kind: 'mirror', titleFor })).toEqual({ created: true });
    expect(await createProgramFromTemplate({ ...scope, kind: 'mirror', titleFor })).toEqual({ created: false });
    const program = await listProgram(scope);
    expect(program.mirror.map((b) => b.minutes)).toEqual(programTemplate('mirror', 'care').map((b) => b.minutes));
    expect(program.mirror.map((b) => b.title)).toContain('Buitenring: wat hoorden we en wat raakte ons?');
    expect(program.follow_up).toEqual([]);
    // The meeting row was created without a date: that belongs to the dates part.
    expect((await listMeetings(scope)).mirror).toMatchObject({ date: null, startTime: '' });
  });

  it('edits, reorders and removes blocks, and shows the clock times from the start time', async () => {
    const { scope, page, trajectory } = await setup();
    await createProgramFromTemplate({ ...scope, kind: 'follow_up', titleFor });
    await (await db()).update(meetings).set({ startTime: '19:00' }).where(eq(meetings.trajectoryId, trajectory.id));
    let blocks = (await listProgram(scope)).follow_up;
    const [first, second] = blocks;

    await moveProgramBlock({ ...scope, blockId: first!.id, direction: 'up' }); // already at the top: nothing happens
    await moveProgramBlock({ ...scope, blockId: first!.id, direction: 'down' });
    blocks = (await listProgram(scope)).follow_up;
    expect(blocks.slice(0, 2).map((b) => b.id)).toEqual([second!.id, first!.id]);
    expect(blocks.map((b) => b.position)).toEqual(blocks.map((_, i) => i));
    await moveProgramBlock({ ...scope, blockId: blocks.at(-1)!.id, direction: 'down' });
    expect((await listProgram(scope)).follow_up.map((b) => b.id)).toEqual(blocks.map((b) => b.id));

    // Through the page: minutes change, the clock times follow.
    expect(await page.post({ intent: 'block-save', blockId: second!.id, title: 'Welkom en koffie', minutes: '45', note: 'Koffie klaar' })).toEqual({
      ok: true,
      intent: 'block-save',
      target: second!.id,
      value: 'program.blockSaved',
    });
    expect(await page.post({ intent: 'block-up', blockId: first!.id })).toMatchObject({ ok: true, value: 'program.blockMoved' });
    expect(await page.post({ intent: 'block-down', blockId: first!.id })).toMatchObject({ ok: true, value: 'program.blockMoved' });
    expect(await page.post({ intent: 'block-save', blockId: second!.id, title: '', minutes: 'twee' })).toMatchObject({
      init: { status: 400 },
      data: { errors: { title: 'validation.required', minutes: 'program.minutesRange' }, values: { minutes: 'twee' } },
    });
    const followUp = (await page.load()).programs.find((p) => p.kind === 'follow_up')!;
    expect(followUp.blocks[0]).toMatchObject({ title: 'Welkom en koffie', minutes: 45, note: 'Koffie klaar' });
    expect(followUp.times!.blocks.slice(0, 2).map((b) => `${b.start}-${b.end}`)).toEqual(['19:00-19:45', '19:45-20:15']);
    expect(followUp.total).toBe(150);
    expect(followUp.advice).toEqual(['followUpLong']);

    await removeProgramBlock({ ...scope, blockId: second!.id });
    expect((await listProgram(scope)).follow_up).toHaveLength(6);
  });

  it('answers 404 for a block of another organisation or another trajectory', async () => {
    const mine = await setup();
    await createProgramFromTemplate({ ...mine.scope, kind: 'mirror', titleFor });
    const blockId = (await listProgram(mine.scope)).mirror[0]!.id;

    const other = await setup();
    expect(await statusOf(updateProgramBlock({ ...other.scope, blockId, title: 'x', minutes: 5, note: '' }))).toBe(404);
    expect(await statusOf(moveProgramBlock({ ...other.scope, blockId, direction: 'down' }))).toBe(404);
    expect(await statusOf(removeProgramBlock({ ...other.scope, blockId }))).toBe(404);
    // Through the other organisation's page, with its own lead.
    expect(await statusOf(other.page.post({ intent: 'block-remove', blockId }))).toBe(404);
    // Another trajectory of the same organisation.
    const sibling = await makeTrajectory(mine.org.id);
    expect(await statusOf(removeProgramBlock({ ...mine.scope, trajectoryId: sibling.id, blockId }))).toBe(404);
    expect(await statusOf(removeProgramBlock({ ...mine.scope, blockId: 'not-a-uuid' }))).toBe(404);
    expect((await listProgram(mine.scope)).mirror[0]).toMatchObject({ id: blockId, title: t('program.block_parentsWelcome') });
    expect(await statusOf(createProgramFromTemplate({ ...other.scope, trajectoryId: mine.trajectory.id, kind: 'mirror', titleFor }))).toBe(404);
  });

  it('lets members without a workgroup role read the page but not change it', async () => {
    const { org, trajectory, page } = await setup();
    const reader = await makeMember(org.id, 'member');
    const scope = await scopeIn(reader, trajectory.id);
    expect(await statusOf(createProgramFromTemplate({ ...scope, kind: 'mirror', titleFor }))).toBe(403);
    expect(await statusOf(page.post({ intent: 'template', kind: 'mirror' }, reader.user.id))).toBe(403);
    expect((await page.load(reader.user.id)).canEdit).toBe(false);
  });
});

describe('run sheet', () => {
  it('is filled once with the usual tasks when someone of the workgroup opens the page', async () => {
    const { scope, page, org, trajectory } = await setup();
    // A reader without a workgroup role does not fill it.
    const reader = await makeMember(org.id, 'member');
    const readOnly = await page.load(reader.user.id);
    expect(readOnly.tasks).toEqual([]);
    expect(readOnly.canEdit).toBe(false);

    await (await db()).insert(meetings).values({ orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: '2026-03-12' });
    await page.load();
    const again = await page.load();
    expect(again.tasks).toHaveLength(DEFAULT_TASKS.length);
    expect(again.tasks.map((task) => task.title)).toContain('Microfoon en versterker testen');
    expect(again.tasks.find((task) => task.title === taskTitle('room'))!.dueOn).toBe('2026-03-12');
    expect(again.summary).toEqual({ open: DEFAULT_TASKS.length, done: 0 });
    expect(await prefillRunSheet({ ...scope, titleFor: taskTitle })).toEqual({ filled: false });
    expect(await listRunSheet(scope)).toHaveLength(DEFAULT_TASKS.length);
  });

  it('only takes owners who have a role in the trajectory', async () => {
    const { scope, page, org } = await setup();
    const outsider = await makeMember(org.id, 'member', 'Niet In Traject');
    const stranger = await setup();
    const task = { title: 'Zaal huren', dueOn: null };
    await expect(addRunSheetTask({ ...scope, ...task, ownerId: outsider.user.id })).rejects.toEqual(ownerRefused);
    await expect(addRunSheetTask({ ...scope, ...task, ownerId: stranger.lead.user.id })).rejects.toEqual(ownerRefused);
    expect(await listRunSheet(scope)).toEqual([]);

    const add = { intent: 'task-add', title: 'Zaal huren', ownerId: outsider.user.id, dueOn: '2026-03-01' };
    expect(await page.post(add)).toMatchObject({
      init: { status: 409 },
      data: { errors: { ownerId: 'program.ownerInvalid' }, values: { title: 'Zaal huren' } },
    });
    expect(await page.post({ ...add, ownerId: 'x', dueOn: '' })).toMatchObject({ data: { errors: { ownerId: 'program.ownerInvalid' } } });
    expect(await page.post({ ...add, ownerId: '', dueOn: '2026-02-30' })).toMatchObject({ data: { errors: { dueOn: 'validation.date' } } });

    await giveRole(org.id, scope.trajectoryId, outsider.user.id, 'workgroup');
    expect(await page.post(add)).toMatchObject({ ok: true, value: 'program.taskAdded' });
    const [saved] = (await listRunSheet(scope)).filter((x) => x.title === 'Zaal huren');
    expect(saved).toMatchObject({ ownerId: outsider.user.id, ownerName: 'Niet In Traject', dueOn: '2026-03-01', done: false });

    const taskId = saved!.id;
    expect(await page.post({ ...add, intent: 'task-save', taskId, done: 'on' })).toEqual({
      ok: true,
      intent: 'task-save',
      target: taskId,
      value: 'program.taskSaved',
    });
    await expect(updateRunSheetTask({ ...scope, taskId, title: 'x', ownerId: stranger.lead.user.id, dueOn: null, done: false })).rejects.toEqual(ownerRefused);
    expect((await page.load()).tasks.find((x) => x.id === taskId)).toMatchObject({ done: true, title: 'Zaal huren' });

    // Another organisation cannot touch it.
    expect(await statusOf(removeRunSheetTask({ ...stranger.scope, taskId }))).toBe(404);
    expect(await statusOf(updateRunSheetTask({ ...stranger.scope, taskId, title: 'x', ownerId: null, dueOn: null, done: false }))).toBe(404);
    await removeRunSheetTask({ ...scope, taskId });
    expect((await listRunSheet(scope)).some((x) => x.id === taskId)).toBe(false);
  });
});

describe('location', () => {
  it('saves the place without touching the date, start time or form of the meeting', async () => {
    const { scope, org, trajectory, lead, params } = await setup();
    await (
      await db()
    )
      .insert(meetings)
      .values({ orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: '2026-04-02', startTime: '13:30', form: '' });
    await saveLocation({
      ...scope,
      kind: 'mirror',
      venueName: 'Buurthuis De Schans',
      venueAddress: 'Schansweg 1',
      accessibility: 'Geen drempels',
      notes: '',
      checklist: { microphone: true, food: true },
    });
    expect((await listMeetings(scope)).mirror).toMatchObject({
      date: '2026-04-02',
      startTime: '13:30',
      venueName: 'Buurthuis De Schans',
      checklist: { microphone: true, food: true, childcare: false },
    });

    // Through the page: a meeting without a row yet gets one; only its own checklist items count.
    const url = `/o/${org.slug}/t/${trajectory.id}/location`;
    const post = async (fields: Record<string, string | string[]>, userId = lead.user.id) =>
      callRoute(locationAction, await postAs(userId, url, fields), params);
    expect(await post({ intent: 'location', kind: 'follow_up', venueName: 'Stadskantoor', checklist: ['food', 'introRoom', 'accessible'] })).toEqual({
      ok: true,
      intent: 'location',
      target: '',
      value: 'follow_up',
    });
    const loaded = await callRoute(locationLoader, await getAs(lead.user.id, url), params);
    const followUp = loaded.meetings.find((m) => m.kind === 'follow_up')!;
    expect(followUp.checklist).toEqual({ food: true, halfCircles: false, accessible: true });
    expect(followUp.readiness).toEqual({ ready: 2, total: 3, missing: ['halfCircles'] });
    expect(loaded.meetings.find((m) => m.kind === 'mirror')!.readiness).toMatchObject({ ready: 2, total: 7 });
    expect((await listMeetings(scope)).follow_up).toMatchObject({ date: null, startTime: '' });

    expect(await post({ intent: 'location', kind: 'party', venueName: 'x' })).toMatchObject({
      init: { status: 400 },
      data: { errors: { kind: 'validation.choose' } },
    });

    const other = await setup();
    expect(await statusOf(saveLocation({ ...other.scope, trajectoryId: trajectory.id, kind: 'mirror', ...place }))).toBe(404);
    expect((await listMeetings(scope)).mirror.venueName).toBe('Buurthuis De Schans');
    // Readers cannot save.
    const reader = await makeMember(org.id, 'member');
    expect(await statusOf(post({ intent: 'location', kind: 'mirror' }, reader.user.id))).toBe(403);
  });
});

describe('program PDF', () => {
  it('holds the title, the programs with clock times and the run sheet with owners and due dates', async () => {
    const { scope, org, trajectory, lead, params } = await setup('coalition', 'Opgroeien in Schans-Zuid: één week');
    await (await db()).insert(meetings).values({ orgId: org.id, trajectoryId: trajectory.id, kind: 'mirror', date: '2026-04-02', startTime: '13:30' });
    await createProgramFromTemplate({ ...scope, kind: 'mirror', titleFor });
    await addRunSheetTask({ ...scope, title: 'Crèche regelen', ownerId: lead.user.id, dueOn: '2026-03-20' });

    const url = `/o/${org.slug}/t/${trajectory.id}/program/pdf`;
    const response = await callRoute(pdfLoader, await getAs(lead.user.id, url), params);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const parser = new PDFParse({ data: bytes });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Opgroeien in Schans-Zuid: één week');
    expect(text).toContain('Spiegelbijeenkomst');
    expect(text).toContain('13:30–14:15');
    expect(text).toContain('Het spiegelgesprek (90 min)');
    expect(text).toContain('Totaal 225 minuten, van 13:30 tot 17:15.');
    expect(text).toContain('Crèche regelen');
    expect(text).toContain('Wie: Lotte Leider');
    expect(text).toContain('20 maart 2026');

    // Another organisation gets nothing.
    const other = await setup();
    expect(await statusOf(callRoute(pdfLoader, await getAs(other.lead.user.id, url), params))).toBe(404);
  });

  it("prints Turkish, Polish and Arabic as typed (the program used to embed only Latin letters), tagged, in the reader's language", async () => {
    const { scope, org, trajectory, lead, params } = await setup('coalition', 'Öğrenciler ve aileler: Łódź');
    await addRunSheetTask({ ...scope, title: 'Tercüman için şoför ayarla, ğ ş İ ı', ownerId: lead.user.id, dueOn: '2026-03-20' });
    await addRunSheetTask({ ...scope, title: 'Żłobek: zadzwoń do pani Ćwik', ownerId: lead.user.id, dueOn: '2026-03-21' });
    await addRunSheetTask({ ...scope, title: 'ترجمة الدعوة إلى العربية', ownerId: lead.user.id, dueOn: '2026-03-22' });
    const response = await callRoute(pdfLoader, await getAs(lead.user.id, `/o/${org.slug}/t/${trajectory.id}/program/pdf`), params);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = await pdfText(pdf);
    for (const typed of ['Öğrenciler ve aileler: Łódź', 'Tercüman için şoför ayarla, ğ ş İ ı', 'Żłobek: zadzwoń do pani Ćwik']) expect(text).toContain(typed);
    expect(lettersOf(text)).toContain(lettersOf('ترجمة الدعوة إلى العربية'));
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/S /H1');
  });
});
