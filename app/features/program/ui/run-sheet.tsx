import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, CheckboxField, type Column, type FormState, Heading, Paragraph, SelectField, Table, TextField } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';

import type { RunSheetTask } from '../server/list-run-sheet.server';
import { EditorCard } from './editor-card';

export type TaskView = RunSheetTask;
export type PersonOption = { value: string; label: string };

/** One run-sheet task with its own form: owner, due date and done. */
export function TaskEditor({ task, number, people, state }: { task: TaskView; number: number; people: PersonOption[]; state: FormState }) {
  const { t } = useI18n();
  const prefix = `task-${task.id}`;
  return (
    <EditorCard
      testId="task-card"
      idField={{ name: 'taskId', value: task.id }}
      legend={t('program.taskLegend', { number, title: task.title })}
      buttons={
        <>
          <Button name="intent" value="task-save">
            {t('program.saveTask')}
          </Button>
          <Button appearance="danger" name="intent" value="task-remove">
            {t('program.removeTask')}
          </Button>
        </>
      }
    >
      <TextField idPrefix={prefix} name="title" label={t('program.taskTitle')} defaultValue={task.title} state={state} required />
      <OwnerField idPrefix={prefix} people={people} defaultValue={task.ownerId ?? ''} state={state} />
      <TextField idPrefix={prefix} name="dueOn" type="date" label={t('program.taskDue')} defaultValue={task.dueOn ?? ''} state={state} required={false} />
      <CheckboxField idPrefix={prefix} name="done" label={t('program.taskDone')} defaultChecked={task.done} state={state} />
    </EditorCard>
  );
}

/** Who does a task: one of the trajectory's people, or nobody yet. */
function OwnerField({ idPrefix, people, defaultValue, state }: { idPrefix: string; people: PersonOption[]; defaultValue: string; state: FormState }) {
  const { t } = useI18n();
  return (
    <SelectField
      idPrefix={idPrefix}
      name="ownerId"
      label={t('program.taskOwner')}
      defaultValue={defaultValue}
      state={state}
      options={[{ value: '', label: t('program.noOwner') }, ...people]}
    />
  );
}

/** The run sheet read-only: on screen for those who cannot edit, and on paper for everyone. */
export function RunSheetTable({ tasks, className }: { tasks: TaskView[]; className?: string }) {
  const { t, locale } = useI18n();
  const columns: Column<TaskView>[] = [
    { header: t('program.colTask'), cell: (task) => task.title, rowHeader: true },
    { header: t('program.colOwner'), cell: (task) => task.ownerName ?? t('program.noOwner') },
    { header: t('program.colDue'), cell: (task) => (task.dueOn ? formatDate(task.dueOn, locale) : t('program.noDue')) },
    { header: t('program.colDone'), cell: (task) => (task.done ? t('program.statusDone') : t('program.statusOpen')) },
  ];
  return (
    <Table caption={t('program.runSheetCaption')} columns={columns} rows={tasks} rowKey={(task) => task.id} testId="run-sheet-table" className={className} />
  );
}

/** The run sheet: counts, one form per task for the workgroup, a form to add one, and the table for paper or for readers. */
export function RunSheetSection({
  tasks,
  summary,
  people,
  canEdit,
  stateFor,
}: {
  tasks: TaskView[];
  summary: { open: number; done: number };
  people: PersonOption[];
  canEdit: boolean;
  /** The failed form of a task (by id), or of the "add a task" form (by `new`). */
  stateFor: (taskId: string) => FormState;
}) {
  const { t } = useI18n();
  return (
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
              <TaskEditor key={task.id} task={task} number={i + 1} people={people} state={stateFor(task.id)} />
            ))}
          </ol>
          {tasks.length > 0 ? <RunSheetTable tasks={tasks} className="program-print-only" /> : null}
          <Form method="post" className="spiegel-stack spiegel-card spiegel-noprint" noValidate aria-labelledby="add-task-title">
            <Heading level={3} id="add-task-title">
              {t('program.addTaskTitle')}
            </Heading>
            <input type="hidden" name="intent" value="task-add" />
            <SubmissionKey />
            <TextField idPrefix="new-task" name="title" label={t('program.taskTitle')} state={stateFor('new')} required />
            <OwnerField idPrefix="new-task" people={people} defaultValue="" state={stateFor('new')} />
            <TextField idPrefix="new-task" name="dueOn" type="date" label={t('program.taskDue')} state={stateFor('new')} required={false} />
            <Button>{t('program.addTask')}</Button>
          </Form>
        </>
      ) : tasks.length > 0 ? (
        <RunSheetTable tasks={tasks} />
      ) : null}
    </section>
  );
}
