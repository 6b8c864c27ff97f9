import { useActionData, useLoaderData } from 'react-router';
import { Alert, Page } from '#app/components/ui';
import { ZListenerForms } from '#app/features/listeners/forms';
import { addListeners } from '#app/features/listeners/server/add-listeners.server';
import { getListenersPage } from '#app/features/listeners/server/get-listeners-page.server';
import { inviteListeners } from '#app/features/listeners/server/invite-listeners.server';
import { removeListener } from '#app/features/listeners/server/remove-listener.server';
import { updateListener } from '#app/features/listeners/server/update-listener.server';
import { AddListenerSection, CountsSection, CoverageSection, ImportSection, InviteSection, ListenerList } from '#app/features/listeners/ui/listeners-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-listeners';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  return getListenersPage(scope);
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZListenerForms, async (input) => {
    const done = { invite: null, imported: 0 };
    switch (input.intent) {
      case 'add':
        await addListeners({ ...scope, rows: [input] });
        return done;
      case 'edit':
        await updateListener({ ...scope, ...input });
        return done;
      case 'remove':
        await removeListener({ ...scope, ...input });
        return done;
      case 'invite':
        return { ...done, invite: await inviteListeners({ ...scope, listenerId: input.listenerId }) };
      case 'invite-all':
        return { ...done, invite: await inviteListeners(scope) };
      case 'import':
        await addListeners({ ...scope, rows: input.lines });
        return { ...done, imported: input.lines.length };
    }
  });
}

export default function StepListeners() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('listeners.title')} intro={t('listeners.intro')}>
      {page.canEdit ? null : <Alert type="info">{t('listeners.readOnly')}</Alert>}
      <CountsSection page={page} />
      <CoverageSection page={page} />
      {page.canEdit ? <InviteSection page={page} result={result} /> : null}
      <ListenerList page={page} result={result} />
      {page.canEdit ? (
        <>
          <AddListenerSection page={page} result={result} />
          <ImportSection page={page} result={result} />
        </>
      ) : null}
    </Page>
  );
}
