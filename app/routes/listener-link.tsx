// The listener's own page, reached through the personal link in the invitation: no account, no JavaScript needed.
import { useActionData, useLoaderData } from 'react-router';
import { Paragraph, Page } from '#app/components/ui';
import { ZListenerLinkForms } from '#app/features/listeners/forms';
import { answerRsvp } from '#app/features/listeners/server/answer-rsvp.server';
import { findListenerByToken } from '#app/features/listeners/server/find-listener-by-token.server';
import { getListenerLinkPage } from '#app/features/listeners/server/get-listener-link-page.server';
import { handInQuestion } from '#app/features/listeners/server/hand-in-question.server';
import { MeetingsSection, QuestionsSection, RulesSection, SelfCheckIn } from '#app/features/listeners/ui/listener-link-sections';
import { checkInListenerByLink, getListenerCheckIn } from '#app/features/reception/server/check-in-listener-by-link.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/listener-link';

// A public page for listeners on their phones: plain HTML forms, no JavaScript download.
export const handle = { hydrate: false };

export async function loader({ params }: Route.LoaderArgs) {
  const listener = await findListenerByToken(params.token);
  const [page, checkIn] = await Promise.all([getListenerLinkPage({ listener }), getListenerCheckIn({ listener })]);
  return { ...page, checkIn };
}

export async function action({ request, params }: Route.ActionArgs) {
  // The link is the authorisation: an unknown token is a 404, also for a badly filled-in form.
  const listener = await findListenerByToken(params.token);
  return handleForm(await request.formData(), ZListenerLinkForms, async (input) => {
    switch (input.intent) {
      case 'checkin':
        // Self check-in at the mirror meeting (S6a), on its day only: the welcome desk sees it live.
        await checkInListenerByLink({ listener });
        return null;
      case 'rsvp':
        await answerRsvp({ listener, ...input });
        return input.meeting;
      case 'question':
        await handInQuestion({ listener, ...input });
        return null;
    }
  });
}

export default function ListenerLink() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <Page title={t('listeners.publicTitle')} context={page.trajectoryTitle} noindex intro={t('listeners.publicGreeting', { name: page.listener.name })}>
      <Paragraph>{t('listeners.publicIntro', { trajectory: page.trajectoryTitle, org: page.orgName })}</Paragraph>
      {page.checkIn.window.state === 'open' ? <SelfCheckIn {...page.checkIn} result={result} /> : null}
      <RulesSection />
      <MeetingsSection meetings={page.meetings} current={{ mirror: page.listener.rsvpMirror, follow_up: page.listener.rsvpFollowUp }} result={result} />
      <QuestionsSection questions={page.questions} result={result} />
      {page.checkIn.window.state === 'open' ? null : <SelfCheckIn {...page.checkIn} result={result} />}
    </Page>
  );
}
