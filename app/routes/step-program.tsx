import { data, Form, useActionData, useLoaderData, useParams } from 'react-router';
import { Alert, Button, ButtonGroup, FormErrorSummary, Heading, Link, Paragraph, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { programAdvice } from '#app/features/program/domain/advice';
import { clockTimes } from '#app/features/program/domain/clock';
import { runSheetSummary } from '#app/features/program/domain/run-sheet';
import { PROGRAM_KINDS, type ProgramKind } from '#app/features/program/domain/templates';
import { ZProgramAction } from '#app/features/program/forms';
import { addProgramBlock } from '#app/features/program/server/add-program-block.server';
import { addRunSheetTask } from '#app/features/program/server/add-run-sheet-task.server';
import { createProgramFromTemplate } from '#app/features/program/server/create-program-from-template.server';
import { listMeetings } from '#app/features/program/server/list-meetings.server';
import { listProgram } from '#app/features/program/server/list-program.server';
import { listRunSheet } from '#app/features/program/server/list-run-sheet.server';
import { moveProgramBlock } from '#app/features/program/server/move-program-block.server';
import { prefillRunSheet } from '#app/features/program/server/prefill-run-sheet.server';
import { removeProgramBlock } from '#app/features/program/server/remove-program-block.server';
import { removeRunSheetTask } from '#app/features/program/server/remove-run-sheet-task.server';
import { updateProgramBlock } from '#app/features/program/server/update-program-block.server';
import { updateRunSheetTask } from '#app/features/program/server/update-run-sheet-task.server';
import { BlockEditor } from '#app/features/program/ui/block-editor';
import printCss from '#app/features/program/ui/print.css?url';
import { ProgramTable } from '#app/features/program/ui/program-table';
import { RunSheetTable, TaskEditor } from '#app/features/program/ui/run-sheet';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { fieldFailure, type FormFailure, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-program';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: printCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  if (ctx.access.canEdit) {
    // The first visit of someone from the workgroup fills the run sheet with the usual tasks.
    const t = createTranslator(await localeFor(request, ctx.user.locale));
    await prefillRunSheet({
      ...scope,
      titleFor: (key) => t(`program.task_${key}`),
    });
  }
  const meetings = await listMeetings(scope);
  const program = await listProgram(scope);
  const tasks = await listRunSheet(scope);
  const people = await listTrajectoryPeople(scope);
  return {
    trajectoryTitle: ctx.trajectory.title,
    canEdit: ctx.access.canEdit,
    programs: PROGRAM_KINDS.map((kind) => {
      const blocks = program[kind];
      const meeting = meetings[kind];
      return {
        kind,
        date: meeting.date,
        startTime: meeting.startTime,
        blocks,
        times: clockTimes(meeting.startTime, blocks),
        total: blocks.reduce((sum, b) => sum + b.minutes, 0),
        advice: programAdvice(kind, blocks),
      };
    }),
    tasks,
    summary: runSheetSummary(tasks),
    people: people.map((p) => ({ value: p.userId, label: p.name || p.email })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'edit' });
  const form = await request.formData();
  const parsed = parseForm(ZProgramAction, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const ownerRefused = () =>
    data(fieldFailure(form, 'ownerId', 'program.ownerInvalid'), {
      status: 400,
    });
  switch (input.intent) {
    case 'template': {
      const t = createTranslator(await localeFor(request, ctx.user.locale));
      await createProgramFromTemplate({
        ...scope,
        kind: input.kind,
        titleFor: (key) => t(`program.block_${key}`),
      });
      return { ok: true as const, done: 'program.programCreated' as const };
    }
    case 'block-add':
      await addProgramBlock({
        ...scope,
        kind: input.kind,
        block: { title: input.title, minutes: input.minutes, note: input.note },
      });
      return { ok: true as const, done: 'program.blockAdded' as const };
    case 'block-save':
      await updateProgramBlock({
        ...scope,
        blockId: input.blockId,
        block: { title: input.title, minutes: input.minutes, note: input.note },
      });
      return { ok: true as const, done: 'program.blockSaved' as const };
    case 'block-up':
    case 'block-down':
      await moveProgramBlock({
        ...scope,
        blockId: input.blockId,
        direction: input.intent === 'block-up' ? 'up' : 'down',
      });
      return { ok: true as const, done: 'program.blockMoved' as const };
    case 'block-remove':
      await removeProgramBlock({ ...scope, blockId: input.blockId });
      return { ok: true as const, done: 'program.blockRemoved' as const };
    case 'task-add': {
      const result = await addRunSheetTask({
        ...scope,
        task: {
          title: input.title,
          ownerId: input.ownerId,
          dueOn: input.dueOn,
          done: false,
        },
      });
      if (!result.ok) return ownerRefused();
      return { ok: true as const, done: 'program.taskAdded' as const };
    }
    case 'task-save': {
      const { intent: _intent, taskId, ...task } = input;
      const result = await updateRunSheetTask({ ...scope, taskId, task });
      if (!result.ok) return ownerRefused();
      return { ok: true as const, done: 'program.taskSaved' as const };
    }
    case 'task-remove':
      await removeRunSheetTask({ ...scope, taskId: input.taskId });
      return { ok: true as const, done: 'program.taskRemoved' as const };
  }
}

/** Several forms on one page: hand the failure only to the form that was sent. */
function stateFor(failure: FormFailure | undefined, intent: string) {
  return failure && failure.values.intent === intent ? failure : undefined;
}

/** The failure belongs to the form of this block or task only. */
function stateForRecord(failure: FormFailure | undefined, field: 'blockId' | 'taskId', id: string) {
  return failure && failure.values[field] === id ? failure : undefined;
}

export default function StepProgram() {
  const loaded = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t } = useI18n();
  const params = useParams();
  const failure = state && 'errors' in state ? state : undefined;
  const done: MessageKey | undefined = state && 'done' in state ? state.done : undefined;
  const { canEdit, tasks, summary } = loaded;

  return (
    <div className="spiegel-page">
      <title>{`${t('program.title')} · Spiegel`}</title>
      <Heading level={1}>{t('program.title')}</Heading>
      <Paragraph lead>{t('program.intro')}</Paragraph>
      {/* The trajectory header is not printed; the title is. */}
      <p className="utrecht-paragraph program-print-only">
        <strong>{loaded.trajectoryTitle}</strong>
      </p>
      <div className="spiegel-stack spiegel-noprint">
        {canEdit ? null : <Alert type="info">{t('program.readOnly')}</Alert>}
        {done ? <Alert type="ok">{t(done)}</Alert> : null}
        <FormErrorSummary state={failure} />
      </div>

      <section aria-labelledby="print-title" className="spiegel-stack spiegel-noprint">
        <Heading level={2} id="print-title">
          {t('program.printTitle')}
        </Heading>
        <Paragraph>{t('program.printHint')}</Paragraph>
        <Paragraph>
          {/* A plain link: the PDF is a file, not a page of the app. */}
          <a className="utrecht-link utrecht-link--html-a" href={`/o/${params.org}/t/${params.tid}/program/pdf`} data-testid="program-pdf-link">
            {t('program.pdf')}
          </a>
        </Paragraph>
      </section>

      {loaded.programs.map((p) => (
        <ProgramSection key={p.kind} program={p} canEdit={canEdit} failure={failure} />
      ))}

      <section aria-labelledby="run-sheet-title" className="spiegel-stack" data-testid="run-sheet">
        <Heading level={2} id="run-sheet-title">
          {t('program.runSheetTitle')}
        </Heading>
        <Paragraph>
          <strong data-testid="run-sheet-counts">{t('program.runSheetCounts', summary)}</strong>
        </Paragraph>
        {tasks.length === 0 ? <Paragraph>{t('program.noTasks')}</Paragraph> : null}
        {canEdit ? (
          <>
            <div className="spiegel-noprint">
              <Paragraph>{t('program.runSheetIntro')}</Paragraph>
            </div>
            <ol className="spiegel-stack spiegel-noprint" style={{ listStyle: 'none', padding: 0 }}>
              {tasks.map((task, i) => (
                <TaskEditor key={task.id} task={task} number={i + 1} people={loaded.people} state={stateForRecord(failure, 'taskId', task.id)} />
              ))}
            </ol>
            {tasks.length > 0 ? <RunSheetTable tasks={tasks} className="program-print-only" /> : null}
            <Form method="post" className="spiegel-stack spiegel-card spiegel-noprint" noValidate aria-labelledby="add-task-title">
              <Heading level={3} id="add-task-title">
                {t('program.addTaskTitle')}
              </Heading>
              <input type="hidden" name="intent" value="task-add" />
              <TextField idPrefix="new-task" name="title" label={t('program.taskTitle')} state={stateFor(failure, 'task-add')} required />
              <AddTaskOwner people={loaded.people} state={stateFor(failure, 'task-add')} />
              <TextField idPrefix="new-task" name="dueOn" type="date" label={t('program.taskDue')} state={stateFor(failure, 'task-add')} required={false} />
              <Button>{t('program.addTask')}</Button>
            </Form>
          </>
        ) : tasks.length > 0 ? (
          <RunSheetTable tasks={tasks} />
        ) : null}
      </section>
    </div>
  );
}

function AddTaskOwner({ people, state }: { people: { value: string; label: string }[]; state: ReturnType<typeof stateFor> }) {
  const { t } = useI18n();
  return (
    <SelectField
      idPrefix="new-task"
      name="ownerId"
      label={t('program.taskOwner')}
      state={state}
      defaultValue=""
      options={[{ value: '', label: t('program.noOwner') }, ...people]}
    />
  );
}

type ProgramView = ReturnType<typeof useLoaderData<typeof loader>>['programs'][number];

function ProgramSection({ program, canEdit, failure }: { program: ProgramView; canEdit: boolean; failure: FormFailure | undefined }) {
  const { t, locale } = useI18n();
  const { kind, blocks, times } = program;
  const meetingName = t(`program.meeting_${kind}`);
  const headingId = `program-${kind}-title`;
  const when = [program.date ? formatDate(program.date, locale) : null, times?.start].filter(Boolean).join(', ');
  return (
    <section aria-labelledby={headingId} className="spiegel-stack" data-testid={`program-${kind}`}>
      <Heading level={2} id={headingId}>
        {meetingName}
      </Heading>
      {blocks.length === 0 ? (
        <>
          <Paragraph>{t('program.noBlocks')}</Paragraph>
          {canEdit ? (
            <Form method="post" className="spiegel-stack spiegel-noprint">
              <input type="hidden" name="intent" value="template" />
              <input type="hidden" name="kind" value={kind} />
              <Paragraph>{t('program.templateHint')}</Paragraph>
              <Button>{t('program.fromTemplate')}</Button>
            </Form>
          ) : null}
        </>
      ) : (
        <>
          {times ? (
            <Paragraph>{t('program.startsAt', { when })}</Paragraph>
          ) : (
            <Paragraph>
              {t('program.noStartTime')}{' '}
              <Link to="../dates" relative="path" className="spiegel-noprint">
                {t('program.setStartTime')}
              </Link>
            </Paragraph>
          )}
          <ProgramTable
            caption={t('program.tableCaption', {
              meeting: meetingName.toLowerCase(),
            })}
            blocks={blocks}
            times={times}
            testId={`program-table-${kind}`}
          />
          <Paragraph>
            <strong data-testid={`program-total-${kind}`}>
              {times
                ? t('program.totalWithTimes', {
                    minutes: program.total,
                    start: times.start,
                    end: times.end,
                  })
                : t('program.totalMinutes', { minutes: program.total })}
              {times?.endsNextDay ? ` ${t('program.endsNextDay')}` : null}
            </strong>
          </Paragraph>
          {program.advice.length > 0 ? (
            <Alert type="warning">
              <ul className="spiegel-stack" data-testid={`program-advice-${kind}`}>
                {program.advice.map((a) => (
                  <li key={a}>{t(`program.advice_${a}`)}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {canEdit ? (
            <div className="spiegel-stack spiegel-noprint">
              <Heading level={3} id={`${kind}-edit-title`}>
                {t('program.editBlocks')}
              </Heading>
              <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }} aria-labelledby={`${kind}-edit-title`}>
                {blocks.map((block, i) => (
                  <BlockEditor
                    key={block.id}
                    block={block}
                    number={i + 1}
                    count={blocks.length}
                    times={times ? `${times.blocks[i]!.start}–${times.blocks[i]!.end}` : null}
                    state={stateForRecord(failure, 'blockId', block.id)}
                  />
                ))}
              </ol>
            </div>
          ) : null}
        </>
      )}
      {canEdit ? (
        <Form method="post" className="spiegel-stack spiegel-card spiegel-noprint" noValidate aria-labelledby={`${kind}-add-title`}>
          <Heading level={3} id={`${kind}-add-title`}>
            {t('program.addBlockTitle', { meeting: meetingName.toLowerCase() })}
          </Heading>
          <input type="hidden" name="intent" value="block-add" />
          <input type="hidden" name="kind" value={kind} />
          <AddBlockFields kind={kind} failure={failure} />
          <ButtonGroup>
            <Button appearance="secondary">{t('program.addBlock')}</Button>
          </ButtonGroup>
        </Form>
      ) : null}
    </section>
  );
}

function AddBlockFields({ kind, failure }: { kind: ProgramKind; failure: FormFailure | undefined }) {
  const { t } = useI18n();
  const state = failure && failure.values.intent === 'block-add' && failure.values.kind === kind ? failure : undefined;
  const prefix = `new-${kind}`;
  return (
    <>
      <TextField idPrefix={prefix} name="title" label={t('program.blockTitle')} state={state} required />
      <TextField idPrefix={prefix} name="minutes" label={t('program.blockMinutes')} inputMode="numeric" state={state} required />
      <TextAreaField idPrefix={prefix} name="note" rows={2} label={t('program.blockNote')} state={state} required={false} />
    </>
  );
}
