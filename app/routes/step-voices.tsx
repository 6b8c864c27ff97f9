// Other voices (X1): the anonymous contribution link (on, off, renewed) with its QR code, and
// individual conversations recorded by the workgroup; both feed the minutes.
import { useActionData, useLoaderData } from 'react-router';
import { Link, Page, Paragraph } from '#app/components/ui';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { ZConversation, ZLinkForm } from '#app/features/voices/forms';
import { getVoicesPage } from '#app/features/voices/server/get-voices-page.server';
import { recordConversation } from '#app/features/voices/server/record-conversation.server';
import { setContributionLink } from '#app/features/voices/server/set-contribution-link.server';
import { ContributionLinkPanel, ConversationForm } from '#app/features/voices/ui/voices-sections';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-voices';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const page = await getVoicesPage(scope);
  return { ...page, minutesUrl: `/o/${org.slug}/t/${scope.trajectoryId}/minutes` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  const form = await request.formData();
  if (form.get('intent') === 'conversation') return handleForm(form, ZConversation, (input) => recordConversation({ ...scope, ...input }));
  return handleForm(form, ZLinkForm, (input) => setContributionLink({ ...scope, ...input }));
}

const linkMessages = { 'link-open': 'linkOpened', 'link-close': 'linkClosed', 'link-renew': 'linkRenewed' } as const;

export default function StepVoices() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const linkDone = (Object.keys(linkMessages) as (keyof typeof linkMessages)[]).find((intent) => succeeded(result, intent));
  return (
    <Page title={t('voices.title')} intro={t('voices.intro')}>
      <Paragraph>
        <span data-testid="voice-counts">{t('voices.counts', { contributions: page.contributions, conversations: page.conversations })}</span>{' '}
        <Link to={page.minutesUrl}>{t('voices.minutesLink')}</Link>
      </Paragraph>
      {page.minutesFinal ? <Paragraph>{t('voices.minutesFinal')}</Paragraph> : null}
      <ContributionLinkPanel link={page.link} canEdit={page.canEditLink} message={linkDone ? linkMessages[linkDone] : undefined} />
      {page.canRecord ? (
        <ConversationForm questions={page.questions} state={stateFor(result, 'conversation')} saved={succeeded(result, 'conversation')} />
      ) : !page.minutesFinal ? (
        <Paragraph>{t('voices.conversationReadOnly')}</Paragraph>
      ) : null}
    </Page>
  );
}
