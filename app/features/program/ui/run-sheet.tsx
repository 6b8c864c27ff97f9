import { Form } from 'react-router';
import { Button, ButtonGroup, CheckboxField, type FormState, SelectField, TextField } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';

export type TaskView = {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  done: boolean;
};
export type PersonOption = { value: string; label: string };

/** One run-sheet task with its own form: owner, due date and done. */
export function TaskEditor({ task, number, people, state }: { task: TaskView; number: number; people: PersonOption[]; state: FormState }) {
  const { t } = useI18n();
  const prefix = `task-${task.id}`;
  return (
    <li className="spiegel-card program-block-card" data-testid="task-card">
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="taskId" value={task.id} />
        <fieldset className="spiegel-stack">
          <legend>{t('program.taskLegend', { number, title: task.title })}</legend>
          <TextField idPrefix={prefix} name="title" label={t('program.taskTitle')} defaultValue={task.title} state={state} required />
          <SelectField
            idPrefix={prefix}
            name="ownerId"
            label={t('program.taskOwner')}
            defaultValue={task.ownerId ?? ''}
            state={state}
            options={[{ value: '', label: t('program.noOwner') }, ...people]}
          />
          <TextField idPrefix={prefix} name="dueOn" type="date" label={t('program.taskDue')} defaultValue={task.dueOn ?? ''} state={state} required={false} />
          <CheckboxField idPrefix={prefix} name="done" label={t('program.taskDone')} defaultChecked={task.done} state={state} />
        </fieldset>
        <ButtonGroup>
          <Button name="intent" value="task-save">
            {t('program.saveTask')}
          </Button>
          <Button appearance="danger" name="intent" value="task-remove">
            {t('program.removeTask')}
          </Button>
        </ButtonGroup>
      </Form>
    </li>
  );
}

/** The run sheet read-only: on screen for those who cannot edit, and on paper for everyone. */
export function RunSheetTable({ tasks, className }: { tasks: TaskView[]; className?: string }) {
  const { t, locale } = useI18n();
  return (
    <div className={['utrecht-table-container', className].filter(Boolean).join(' ')} role="region" aria-label={t('program.runSheetCaption')} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table" data-testid="run-sheet-table">
        <caption className="utrecht-table__caption">{t('program.runSheetCaption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colTask')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colOwner')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colDue')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colDone')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {tasks.map((task) => (
            <tr className="utrecht-table__row" key={task.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {task.title}
              </th>
              <td className="utrecht-table__cell">{task.ownerName ?? t('program.noOwner')}</td>
              <td className="utrecht-table__cell">{task.dueOn ? formatDate(task.dueOn, locale) : t('program.noDue')}</td>
              <td className="utrecht-table__cell">{task.done ? t('program.statusDone') : t('program.statusOpen')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
