import { useActionData, useLoaderData, useParams } from 'react-router';
import { can } from '#app/auth/permissions';
import { Alert, FormErrorSummary, Heading, Paragraph, Page } from '#app/components/ui';
import { ZProgramAction } from '#app/features/program/forms';
import { addProgramBlock } from '#app/features/program/server/add-program-block.server';
import { addRunSheetTask } from '#app/features/program/server/add-run-sheet-task.server';
import { createProgramFromTemplate } from '#app/features/program/server/create-program-from-template.server';
import { getProgramPage } from '#app/features/program/server/get-program-page.server';
import { moveProgramBlock } from '#app/features/program/server/move-program-block.server';
import { prefillRunSheet } from '#app/features/program/server/prefill-run-sheet.server';
import { removeProgramBlock } from '#app/features/program/server/remove-program-block.server';
import { removeRunSheetTask } from '#app/features/program/server/remove-run-sheet-task.server';
import { updateProgramBlock } from '#app/features/program/server/update-program-block.server';
import { updateRunSheetTask } from '#app/features/program/server/update-run-sheet-task.server';
import printCss from '#app/features/program/ui/print.css?url';
import { ProgramSection } from '#app/features/program/ui/program-section';
import { RunSheetSection } from '#app/features/program/ui/run-sheet';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, type MessageKey, useI18n } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/step-program';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: printCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory, user } = await requireTrajectory(request, params);
  if (can(scope, 'trajectory.edit')) {
    // The first visit of someone from the workgroup fills the run sheet with the usual tasks.
    const t = createTranslator(await localeFor(request, user.locale));
    await prefillRunSheet({ ...scope, titleFor: (key) => t(`program.task_${key}`) });
  }
  return { trajectoryTitle: trajectory.title, ...(await getProgramPage(scope)) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope, user } = await requireTrajectory(request, params);
  const form = await request.formData();
  return handleForm(form, ZProgramAction, async (input): Promise<MessageKey> => {
    switch (input.intent) {
      case 'template': {
        const t = createTranslator(await localeFor(request, user.locale));
        await createProgramFromTemplate({ ...scope, kind: input.kind, titleFor: (key) => t(`program.block_${key}`) });
        return 'program.programCreated';
      }
      case 'block-add':
        await addProgramBlock({ ...scope, ...input });
        return 'program.blockAdded';
      case 'block-save':
        await updateProgramBlock({ ...scope, ...input });
        return 'program.blockSaved';
      case 'block-up':
      case 'block-down':
        await moveProgramBlock({ ...scope, blockId: input.blockId, direction: input.intent === 'block-up' ? 'up' : 'down' });
        return 'program.blockMoved';
      case 'block-remove':
        await removeProgramBlock({ ...scope, ...input });
        return 'program.blockRemoved';
      case 'task-add':
        await addRunSheetTask({ ...scope, ...input });
        return 'program.taskAdded';
      case 'task-save':
        await updateRunSheetTask({ ...scope, ...input });
        return 'program.taskSaved';
      case 'task-remove':
        await removeRunSheetTask({ ...scope, ...input });
        return 'program.taskRemoved';
    }
  });
}

export default function StepProgram() {
  const { trajectoryTitle, canEdit, programs, tasks, summary, people } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const params = useParams();
  const failure = result && !result.ok ? result : undefined;
  /** A row's failed form by its id; `new` is the "add" form (of this meeting kind, for blocks). */
  const formState = (saveIntent: string, addIntent: string, kind?: string) => (id: string) =>
    id === 'new' ? (failure?.intent === addIntent && (!kind || failure.values.kind === kind) ? failure : undefined) : stateFor(result, saveIntent, id);

  return (
    <Page title={t('program.title')} intro={t('program.intro')}>
      {/* The trajectory header is not printed; the title is. */}
      <p className="utrecht-paragraph program-print-only">
        <strong>{trajectoryTitle}</strong>
      </p>
      <div className="spiegel-stack spiegel-noprint">
        {canEdit ? null : <Alert type="info">{t('program.readOnly')}</Alert>}
        {result?.ok ? <Alert type="ok">{t(result.value)}</Alert> : null}
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

      {programs.map((p) => (
        <ProgramSection key={p.kind} program={p} canEdit={canEdit} stateFor={formState('block-save', 'block-add', p.kind)} />
      ))}
      <RunSheetSection tasks={tasks} summary={summary} people={people} canEdit={canEdit} stateFor={formState('task-save', 'task-add')} />
    </Page>
  );
}
