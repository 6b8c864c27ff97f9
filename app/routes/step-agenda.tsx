// Step 8 (S8a): the workgroup turns the board's draft into the agenda for the parents.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, Link, Page, Paragraph } from '#app/components/ui';
import { ZAgendaForms } from '#app/features/agenda/forms';
import { addAgendaItem } from '#app/features/agenda/server/add-agenda-item.server';
import { adoptDraftAgenda } from '#app/features/agenda/server/adopt-draft-agenda.server';
import { getAgendaPage } from '#app/features/agenda/server/get-agenda-page.server';
import { mergeAgendaItems } from '#app/features/agenda/server/merge-agenda-items.server';
import { moveAgendaItem } from '#app/features/agenda/server/move-agenda-item.server';
import { publishAgendaPage } from '#app/features/agenda/server/publish-agenda-page.server';
import { removeAgendaItem } from '#app/features/agenda/server/remove-agenda-item.server';
import { saveAgendaTranslation } from '#app/features/agenda/server/save-agenda-translation.server';
import { setFeedbackLanguages } from '#app/features/agenda/server/set-feedback-languages.server';
import { shareAgenda } from '#app/features/agenda/server/share-agenda.server';
import { splitAgendaItem } from '#app/features/agenda/server/split-agenda-item.server';
import { updateAgendaItem } from '#app/features/agenda/server/update-agenda-item.server';
import { AgendaSection } from '#app/features/agenda/ui/agenda-section';
import agendaCss from '#app/features/agenda/ui/agenda.css?url';
import { DraftSection } from '#app/features/agenda/ui/draft-section';
import { LanguagesSection } from '#app/features/agenda/ui/languages-section';
import { PublicPageSection, ShareSection } from '#app/features/agenda/ui/share-section';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/step-agenda';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: agendaCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  const base = `/o/${org.slug}/t/${trajectory.id}`;
  return {
    ...(await getAgendaPage(scope)),
    trajectoryTitle: trajectory.title,
    boardUrl: `${base}/board`,
    posterUrl: `${base}/agenda/poster`,
    reportUrl: `${base}/reports/agenda`,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZAgendaForms, async (input): Promise<unknown> => {
    switch (input.intent) {
      case 'adopt':
        return adoptDraftAgenda({ ...scope, ...input });
      case 'edit':
        return updateAgendaItem({ ...scope, ...input });
      case 'add':
        return addAgendaItem({ ...scope, ...input });
      case 'merge':
        return mergeAgendaItems({ ...scope, ...input });
      case 'split':
        return splitAgendaItem({ ...scope, ...input });
      case 'remove':
        return removeAgendaItem({ ...scope, ...input });
      case 'move':
        return moveAgendaItem({ ...scope, ...input });
      case 'languages':
        return setFeedbackLanguages({ ...scope, ...input });
      case 'translation':
        return saveAgendaTranslation({ ...scope, ...input });
      case 'share':
        return shareAgenda(scope);
      case 'publish':
        return publishAgendaPage({ ...scope, ...input });
    }
  });
}

export default function StepAgenda() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { canEdit, items } = page;
  const draft = <DraftSection draft={page.draft} agendaIsEmpty={items.length === 0} boardUrl={page.boardUrl} canEdit={canEdit} result={result} />;
  return (
    <Page title={t('agenda.title')} context={page.trajectoryTitle} intro={t('agenda.intro')}>
      {canEdit ? null : <Alert type="info">{t('agenda.readOnly')}</Alert>}
      {items.length > 0 ? (
        <Paragraph>
          <Link to={page.reportUrl}>{t('reports.agendaLink')}</Link>
          {' · '}
          <Link to={`${page.reportUrl}-poster.pdf`} reloadDocument>
            {t('reports.agendaPosterLink')}
          </Link>
        </Paragraph>
      ) : null}
      {items.length === 0 ? draft : null}
      <AgendaSection items={items} canEdit={canEdit} result={result} />
      {items.length > 0 ? draft : null}
      <LanguagesSection page={page} canEdit={canEdit} result={result} />
      <ShareSection page={page} canEdit={canEdit} result={result} />
      <PublicPageSection page={page} canEdit={canEdit} result={result} posterUrl={page.posterUrl} />
    </Page>
  );
}
