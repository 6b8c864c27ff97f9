import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { endOtherSessions, endSession, listSessions, requireUser } from '#app/auth/session.server';
import { Alert, Button, CopyableLink, FormErrorSummary, Heading, Paragraph, SelectField, TextField, Page } from '#app/components/ui';
import { getCalendarFeedStatus } from '#app/features/calendar/server/get-calendar-feed-status.server';
import { renewCalendarFeed } from '#app/features/calendar/server/renew-calendar-feed.server';
import { updateProfile } from '#app/features/organisations/server/update-profile.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { config } from '#app/utils/config.server';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/account';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const sessions = await listSessions(user.id);
  return {
    user: { name: user.name, email: user.email, locale: user.locale },
    calendarFeed: await getCalendarFeedStatus({ userId: user.id }),
    sessions: sessions.map((s) => ({ ...s, current: s.id === user.sessionId })),
  };
}

const ZProfile = z.object({ intent: z.literal('profile'), name: f.text(100), locale: f.choice(['nl', 'en']) });
const ZEnd = z.object({ intent: z.literal('end'), sessionId: f.uuid() });
const ZEndOthers = z.object({ intent: z.literal('end-others') });
const ZCalendarFeed = z.object({ intent: z.literal('calendar-feed') });

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const parsed = parseForm(z.discriminatedUnion('intent', [ZProfile, ZEnd, ZEndOthers, ZCalendarFeed]), form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  if (input.intent === 'profile') await updateProfile({ userId: user.id, name: input.name, locale: input.locale });
  if (input.intent === 'end') await endSession({ userId: user.id, sessionId: input.sessionId });
  if (input.intent === 'end-others') await endOtherSessions({ userId: user.id, keepSessionId: user.sessionId });
  // The link is shown once, now: only its hash is kept.
  if (input.intent === 'calendar-feed')
    return { ok: true as const, saved: input.intent, feedUrl: `${config.appUrl}/calendar/${await renewCalendarFeed({ userId: user.id })}.ics` };
  return { ok: true as const, saved: input.intent };
}

export default function Account() {
  const { user, sessions, calendarFeed } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const formState = state && 'errors' in state ? state : undefined;
  const feedUrl = state && 'feedUrl' in state ? state.feedUrl : undefined;
  return (
    <Page title={t('auth.accountTitle')} intro={user.email} lead={false}>
      {state && 'saved' in state && state.saved === 'profile' ? <Alert type="ok">{t('common.saved')}</Alert> : null}
      <FormErrorSummary state={formState} />
      <Form method="post" className="spiegel-stack">
        <input type="hidden" name="intent" value="profile" />
        <TextField name="name" label={t('auth.nameLabel')} description={t('auth.nameHint')} defaultValue={user.name} state={formState} autoComplete="name" />
        <SelectField
          name="locale"
          label={t('auth.preferredLanguage')}
          defaultValue={user.locale}
          state={formState}
          options={[
            { value: 'nl', label: t('common.languageNl') },
            { value: 'en', label: t('common.languageEn') },
          ]}
        />
        <Button>{t('common.save')}</Button>
      </Form>
      <Heading level={2}>{t('calendar.feedTitle')}</Heading>
      <Paragraph>{t('calendar.feedIntro')}</Paragraph>
      {feedUrl ? (
        <CopyableLink id="calendar-feed-url" label={t('calendar.feedLinkLabel')} description={t('calendar.feedLinkHint')} value={feedUrl} />
      ) : calendarFeed.hasFeed ? (
        <Paragraph>{t('calendar.feedHasLink')}</Paragraph>
      ) : null}
      <Form method="post">
        <input type="hidden" name="intent" value="calendar-feed" />
        <Button appearance="secondary">{calendarFeed.hasFeed || feedUrl ? t('calendar.feedRenew') : t('calendar.feedCreate')}</Button>
      </Form>
      <Heading level={2}>{t('auth.sessionsTitle')}</Heading>
      <Paragraph>{t('auth.sessionsIntro')}</Paragraph>
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {sessions.map((s) => (
          <li key={s.id} className="spiegel-card" data-testid="session">
            <Paragraph>
              <strong>{s.current ? t('auth.thisDevice') : s.userAgent || t('auth.unknownDevice')}</strong>
            </Paragraph>
            <Paragraph>{t('auth.signedInSince', { when: formatDate(s.createdAt, locale, true) })}</Paragraph>
            <Paragraph>{t('auth.lastSeen', { when: formatDate(s.lastSeenAt, locale, true) })}</Paragraph>
            {s.current ? null : (
              <Form method="post">
                <input type="hidden" name="intent" value="end" />
                <input type="hidden" name="sessionId" value={s.id} />
                <Button appearance="secondary">{t('auth.endSession')}</Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {sessions.length > 1 ? (
        <Form method="post">
          <input type="hidden" name="intent" value="end-others" />
          <Button appearance="secondary">{t('auth.endOtherSessions')}</Button>
        </Form>
      ) : null}
    </Page>
  );
}
