// The change agenda followed up (S8b): per agreed agenda item its actions, owners, status and dated updates.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, Page } from '#app/components/ui';
import { ZActionForms } from '#app/features/actions/forms';
import { addActionUpdate } from '#app/features/actions/server/add-action-update.server';
import { addAction } from '#app/features/actions/server/add-action.server';
import { getActionsPage } from '#app/features/actions/server/get-actions-page.server';
import { removeAction } from '#app/features/actions/server/remove-action.server';
import { updateAction } from '#app/features/actions/server/update-action.server';
import { ActionGroups, AddActionSection, Saved } from '#app/features/actions/ui/actions-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-actions';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  return getActionsPage(scope);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZActionForms, async (input) => {
    switch (input.intent) {
      case 'add-action':
        await addAction({ ...scope, ...input });
        break;
      case 'edit-action':
        await updateAction({ ...scope, ...input });
        break;
      case 'remove-action':
        await removeAction({ ...scope, ...input });
        break;
      case 'add-update':
        await addActionUpdate({ ...scope, ...input });
        break;
    }
    return null;
  });
}

export default function StepActions() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const count = page.withoutItem.length + page.groups.reduce((n, g) => n + g.actions.length, 0);
  return (
    <Page title={t('actions.title')} intro={t('actions.intro')}>
      {page.canManage ? null : <Alert type="info">{t('actions.readOnly')}</Alert>}
      <Saved result={result} intents={['remove-action']} />
      <ActionGroups page={page} result={result} />
      {page.canManage ? <AddActionSection page={page} count={count} result={result} /> : null}
    </Page>
  );
}
