import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { createSession } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { createTranslator } from '#app/i18n/i18n';
import { loader as pdfLoader } from '#app/routes/program-pdf';
import { action as locationAction, loader as locationLoader } from '#app/routes/step-location';
import { action, loader } from '#app/routes/step-program';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
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

const status = (error: unknown) => (error instanceof Response ? error.status : error);
const t = createTranslator('nl');
const titleFor = (key: BlockKey) => t(`program.block_${key}`);
const taskTitle = (key: DefaultTaskKey) => t(`program.task_${key}`);

async function setup(variant: 'coalition' | 'care' = 'coalition', title = 'Traject') {
  const org = await makeOrg();
  const lead = await makeMember(org.id, 'coordinator', 'Lotte Leider');
  const trajectory = await makeTrajectory(org.id, { variant, title });
  await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
  return {
    org,
    lead,
    trajectory,
    scope: { orgId: org.id, actor: lead.actor, trajectoryId: trajectory.id },
    params: { org: org.slug, tid: trajectory.id },
  };
}

async function request(userId: string, fields?: Record<string, string | string[]>) {
  const cookie = (await createSession(userId, new Request('http://x/'))).split(';')[0]!;
  if (!fields) return new Request('http://x/', { headers: { cookie } });
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) body.append(k, value);
  return new Request('http://x/', {
    method: 'POST',
    body,
    headers: { cookie },
  });
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
    expect((await listMeetings(scope)).mirror).toMatchObject({
      date: null,
      startTime: '',
    });
  });

  it('edits, reorders and removes blocks, and shows the clock times from the start time', async () => {
    const { scope, lead, params, trajectory } = await setup();
    await createProgramFromTemplate({ ...scope, kind: 'follow_up', titleFor });
    await (await db()).update(meetings).set({ startTime: '19:00' }).where(eq(meetings.trajectoryId, trajectory.id));
    let blocks = (await listProgram(scope)).follow_up;
    const [first, second] = blocks;

    await moveProgramBlock({ ...scope, blockId: first!.id, direction: 'up' }); // already at the top: nothing happens
    await moveProgramBlock({ ...scope, blockId: first!.id, direction: 'down' });
    blocks = (await listProgram(scope)).follow_up;
    expect(blocks.slice(0, 2).map((b) => b.id)).toEqual([second!.id, first!.id]);
    expect(blocks.map((b) => b.position)).toEqual(blocks.map((_, i) => i));
    await moveProgramBlock({
      ...scope,
      blockId: blocks.at(-1)!.id,
      direction: 'down',
    });
    expect((await listProgram(scope)).follow_up.map((b) => b.id)).toEqual(blocks.map((b) => b.id));

    // Through the page: minutes change, the clock times follow.
    const run = async (fields: Record<string, string>) =>
      action({
        request: await request(lead.user.id, fields),
        params,
        context: {},
      } as never);
    expect(
      await run({
        intent: 'block-save',
        blockId: second!.id,
        title: 'Welkom en koffie',
        minutes: '45',
        note: 'Koffie klaar',
      }),
    ).toEqual({ ok: true, done: 'program.blockSaved' });
    const bad = await run({
      intent: 'block-save',
      blockId: second!.id,
      title: '',
      minutes: 'twee',
    });
    expect(bad).toMatchObject({
      init: { status: 400 },
      data: {
        errors: {
          title: 'validation.required',
          minutes: 'program.minutesRange',
        },
        values: { minutes: 'twee' },
      },
    });
    const loaded = await loader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never);
    const followUp = loaded.programs.find((p) => p.kind === 'follow_up')!;
    expect(followUp.blocks[0]).toMatchObject({
      title: 'Welkom en koffie',
      minutes: 45,
      note: 'Koffie klaar',
    });
    expect(followUp.times!.blocks.slice(0, 2).map((b) => `${b.start}-${b.end}`)).toEqual(['19:00-19:45', '19:45-20:15']);
    expect(followUp.total).toBe(150);
    expect(followUp.advice).toEqual(['followUpLong']);

    await removeProgramBlock({ ...scope, blockId: second!.id });
    expect((await listProgram(scope)).follow_up).toHaveLength(6);
  });

  it('answers 404 for a block of another organisation or another trajectory', async () => {
    const mine = await setup();
    await createProgramFromTemplate({
      ...mine.scope,
      kind: 'mirror',
      titleFor,
    });
    const blockId = (await listProgram(mine.scope)).mirror[0]!.id;

    const other = await setup();
    const block = { title: 'x', minutes: 5, note: '' };
    await expect(updateProgramBlock({ ...other.scope, blockId, block }).catch(status)).resolves.toBe(404);
    await expect(moveProgramBlock({ ...other.scope, blockId, direction: 'down' }).catch(status)).resolves.toBe(404);
    await expect(removeProgramBlock({ ...other.scope, blockId }).catch(status)).resolves.toBe(404);
    // Through the other organisation's page, with its own lead.
    const viaPage = action({
      request: await request(other.lead.user.id, {
        intent: 'block-remove',
        blockId,
      }),
      params: other.params,
      context: {},
    } as never);
    await expect(viaPage.catch(status)).resolves.toBe(404);
    // Another trajectory of the same organisation.
    const sibling = await makeTrajectory(mine.org.id);
    await expect(
      removeProgramBlock({
        ...mine.scope,
        trajectoryId: sibling.id,
        blockId,
      }).catch(status),
    ).resolves.toBe(404);
    await expect(removeProgramBlock({ ...mine.scope, blockId: 'not-a-uuid' }).catch(status)).resolves.toBe(404);
    expect((await listProgram(mine.scope)).mirror[0]).toMatchObject({
      id: blockId,
      title: t('program.block_parentsWelcome'),
    });
    await expect(
      createProgramFromTemplate({
        ...other.scope,
        trajectoryId: mine.trajectory.id,
        kind: 'mirror',
        titleFor,
      }).catch(status),
    ).resolves.toBe(404);
  });
});

describe('run sheet', () => {
  it('is filled once with the usual tasks when someone of the workgroup opens the page', async () => {
    const { scope, lead, params, org, trajectory } = await setup();
    // A reader without a workgroup role does not fill it.
    const reader = await makeMember(org.id, 'member');
    const readOnly = await loader({
      request: await request(reader.user.id),
      params,
      context: {},
    } as never);
    expect(readOnly.tasks).toEqual([]);
    expect(readOnly.canEdit).toBe(false);

    await (await db()).insert(meetings).values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      kind: 'mirror',
      date: '2026-03-12',
    });
    await loader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never);
    const again = await loader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never);
    expect(again.tasks).toHaveLength(DEFAULT_TASKS.length);
    expect(again.tasks.map((task) => task.title)).toContain('Microfoon en versterker testen');
    expect(again.tasks.find((task) => task.title === taskTitle('room'))!.dueOn).toBe('2026-03-12');
    expect(again.summary).toEqual({ open: DEFAULT_TASKS.length, done: 0 });
    expect(await prefillRunSheet({ ...scope, titleFor: taskTitle })).toEqual({
      filled: false,
    });
    expect(await listRunSheet(scope)).toHaveLength(DEFAULT_TASKS.length);
  });

  it('only takes owners who have a role in the trajectory', async () => {
    const { scope, lead, params, org } = await setup();
    const outsider = await makeMember(org.id, 'member', 'Niet In Traject');
    const stranger = await setup();
    expect(
      await addRunSheetTask({
        ...scope,
        task: {
          title: 'Zaal huren',
          ownerId: outsider.user.id,
          dueOn: null,
          done: false,
        },
      }),
    ).toEqual({
      ok: false,
      error: 'ownerNotInTrajectory',
    });
    expect(
      await addRunSheetTask({
        ...scope,
        task: {
          title: 'Zaal huren',
          ownerId: stranger.lead.user.id,
          dueOn: null,
          done: false,
        },
      }),
    ).toMatchObject({ ok: false });
    expect(await listRunSheet(scope)).toEqual([]);

    const run = async (fields: Record<string, string>) =>
      action({
        request: await request(lead.user.id, fields),
        params,
        context: {},
      } as never);
    const refused = await run({
      intent: 'task-add',
      title: 'Zaal huren',
      ownerId: outsider.user.id,
      dueOn: '2026-03-01',
    });
    expect(refused).toMatchObject({
      init: { status: 400 },
      data: {
        errors: { ownerId: 'program.ownerInvalid' },
        values: { title: 'Zaal huren' },
      },
    });
    expect(
      await run({
        intent: 'task-add',
        title: 'Zaal huren',
        ownerId: 'x',
        dueOn: '',
      }),
    ).toMatchObject({ data: { errors: { ownerId: 'program.ownerInvalid' } } });
    expect(
      await run({
        intent: 'task-add',
        title: 'Zaal huren',
        ownerId: '',
        dueOn: '2026-02-30',
      }),
    ).toMatchObject({ data: { errors: { dueOn: 'validation.date' } } });

    await giveRole(org.id, scope.trajectoryId, outsider.user.id, 'workgroup');
    expect(
      await run({
        intent: 'task-add',
        title: 'Zaal huren',
        ownerId: outsider.user.id,
        dueOn: '2026-03-01',
      }),
    ).toEqual({ ok: true, done: 'program.taskAdded' });
    const [task] = (await listRunSheet(scope)).filter((x) => x.title === 'Zaal huren');
    expect(task).toMatchObject({
      ownerId: outsider.user.id,
      ownerName: 'Niet In Traject',
      dueOn: '2026-03-01',
      done: false,
    });

    expect(
      await run({
        intent: 'task-save',
        taskId: task!.id,
        title: 'Zaal huren',
        ownerId: outsider.user.id,
        dueOn: '2026-03-01',
        done: 'on',
      }),
    ).toEqual({
      ok: true,
      done: 'program.taskSaved',
    });
    expect(
      await updateRunSheetTask({
        ...scope,
        taskId: task!.id,
        task: {
          title: 'x',
          ownerId: stranger.lead.user.id,
          dueOn: null,
          done: false,
        },
      }),
    ).toMatchObject({ ok: false });
    const loaded = await loader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never);
    expect(loaded.tasks.find((x) => x.id === task!.id)).toMatchObject({
      done: true,
      title: 'Zaal huren',
    });

    // Another organisation cannot touch it.
    await expect(removeRunSheetTask({ ...stranger.scope, taskId: task!.id }).catch(status)).resolves.toBe(404);
    await expect(
      updateRunSheetTask({
        ...stranger.scope,
        taskId: task!.id,
        task: { title: 'x', ownerId: null, dueOn: null, done: false },
      }).catch(status),
    ).resolves.toBe(404);
    await removeRunSheetTask({ ...scope, taskId: task!.id });
    expect((await listRunSheet(scope)).some((x) => x.id === task!.id)).toBe(false);
  });
});

describe('location', () => {
  it('saves the place without touching the date, start time or form of the meeting', async () => {
    const { scope, org, trajectory, lead, params } = await setup();
    await (await db()).insert(meetings).values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      kind: 'mirror',
      date: '2026-04-02',
      startTime: '13:30',
      form: '',
    });
    await saveLocation({
      ...scope,
      kind: 'mirror',
      location: {
        venueName: 'Buurthuis De Schans',
        venueAddress: 'Schansweg 1',
        accessibility: 'Geen drempels',
        notes: '',
        checklist: { microphone: true, food: true },
      },
    });
    const saved = await listMeetings(scope);
    expect(saved.mirror).toMatchObject({
      date: '2026-04-02',
      startTime: '13:30',
      venueName: 'Buurthuis De Schans',
      checklist: { microphone: true, food: true, childcare: false },
    });

    // Through the page: a meeting without a row yet gets one; only its own checklist items count.
    const run = async (fields: Record<string, string | string[]>) =>
      locationAction({
        request: await request(lead.user.id, fields),
        params,
        context: {},
      } as never);
    expect(
      await run({
        intent: 'location',
        kind: 'follow_up',
        venueName: 'Stadskantoor',
        checklist: ['food', 'introRoom', 'accessible'],
      }),
    ).toEqual({ ok: true, saved: 'follow_up' });
    const loaded = await locationLoader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never);
    const followUp = loaded.meetings.find((m) => m.kind === 'follow_up')!;
    expect(followUp.checklist).toEqual({
      food: true,
      halfCircles: false,
      accessible: true,
    });
    expect(followUp.readiness).toEqual({
      ready: 2,
      total: 3,
      missing: ['halfCircles'],
    });
    expect(loaded.meetings.find((m) => m.kind === 'mirror')!.readiness).toMatchObject({ ready: 2, total: 7 });
    expect((await listMeetings(scope)).follow_up).toMatchObject({
      date: null,
      startTime: '',
    });

    const bad = await run({
      intent: 'location',
      kind: 'party',
      venueName: 'x',
    });
    expect(bad).toMatchObject({
      init: { status: 400 },
      data: { errors: { kind: 'validation.choose' } },
    });

    const other = await setup();
    await expect(
      saveLocation({
        ...other.scope,
        trajectoryId: trajectory.id,
        kind: 'mirror',
        location: {
          venueName: 'x',
          venueAddress: '',
          accessibility: '',
          notes: '',
          checklist: {},
        },
      }).catch(status),
    ).resolves.toBe(404);
    expect((await listMeetings(scope)).mirror.venueName).toBe('Buurthuis De Schans');
    // Readers cannot save.
    const reader = await makeMember(org.id, 'member');
    const refused = locationAction({
      request: await request(reader.user.id, {
        intent: 'location',
        kind: 'mirror',
      }),
      params,
      context: {},
    } as never);
    await expect(refused.catch(status)).resolves.toBe(403);
  });
});

describe('program PDF', () => {
  it('holds the title, the programs with clock times and the run sheet with owners and due dates', async () => {
    const { scope, org, trajectory, lead, params } = await setup('coalition', 'Opgroeien in Schans-Zuid: één week');
    await (await db()).insert(meetings).values({
      orgId: org.id,
      trajectoryId: trajectory.id,
      kind: 'mirror',
      date: '2026-04-02',
      startTime: '13:30',
    });
    await createProgramFromTemplate({ ...scope, kind: 'mirror', titleFor });
    await addRunSheetTask({
      ...scope,
      task: {
        title: 'Crèche regelen',
        ownerId: lead.user.id,
        dueOn: '2026-03-20',
        done: false,
      },
    });

    const response = (await pdfLoader({
      request: await request(lead.user.id),
      params,
      context: {},
    } as never)) as Response;
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
    const foreign = pdfLoader({
      request: await request(other.lead.user.id),
      params,
      context: {},
    } as never);
    await expect(Promise.resolve(foreign).catch(status)).resolves.toBe(404);
  });
});
