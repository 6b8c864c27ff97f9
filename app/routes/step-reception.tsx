// The welcome desk of the mirror meeting (S6a), for leads and parent contacts on a tablet.
import { useActionData, useLoaderData } from 'react-router';
import { Alert, Heading, Paragraph, Section } from '#app/components/ui';
import { presentWithoutMinutesAnswer, presentWithoutMinutesConsent, receptionCounts } from '#app/features/reception/domain/rules';
import { agreeConfidentiality } from '#app/features/reception/server/agree-confidentiality.server';
import { checkInListener } from '#app/features/reception/server/check-in-listener.server';
import { checkInParticipant } from '#app/features/reception/server/check-in-participant.server';
import { ZReceptionForm } from '#app/features/reception/forms';
import { getReception } from '#app/features/reception/server/get-reception.server';
import { recordConsent } from '#app/features/reception/server/record-consent.server';
import { recordInterpreter } from '#app/features/reception/server/record-interpreter.server';
import receptionCss from '#app/features/reception/ui/reception.css?url';
import { ConfidentialityPanel, CountsPanel, ListenerQr, ListenerRow, ParticipantCard } from '#app/features/reception/ui/reception-panels';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/step-reception';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: receptionCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const qrFor = new URL(request.url).searchParams.get('qr') ?? undefined;
  // The desk shows names: getReception answers 403 for anyone but leads and parent contacts.
  return { ...(await getReception({ ...scope, qrFor })), base: `/o/${org.slug}/t/${scope.trajectoryId}/reception` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZReceptionForm, (input) => {
    switch (input.intent) {
      case 'checkin':
        return checkInParticipant({ ...scope, ...input });
      case 'consent':
        return recordConsent({ ...scope, ...input });
      case 'interpreter':
        return recordInterpreter({ ...scope, ...input });
      case 'confidentiality':
        return agreeConfidentiality({ ...scope, ...input });
      case 'listener':
        return checkInListener({ ...scope, ...input });
    }
  });
}

/** A check-in the desk could not do, said on the participant's card. */
const refusalOf = (key: string | undefined) => (key === 'reception.notExpected' || key === 'reception.signupNeedsConsent' ? key : undefined);

export default function StepReception() {
  const desk = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const live = useLive([channelFor(desk.trajectory.id, 'reception')]);
  const failure = result?.ok === false ? result : undefined;
  const saved = (participantId: string) => succeeded(result, 'consent', participantId) || succeeded(result, 'interpreter', participantId);
  const rows = desk.participants;
  const counts = receptionCounts(rows, desk.listeners, desk.listenersPresent);
  const label = (p: (typeof rows)[number]) => p.pseudonym ?? p.name;

  return (
    <div className="spiegel-page spiegel-reception">
      <title>{`${t('reception.title')} · ${desk.trajectory.title} · Spiegel`}</title>
      <Heading level={1}>{t('reception.title')}</Heading>
      <Paragraph lead>{t('reception.intro')}</Paragraph>
      <Paragraph>
        {desk.mirror?.date
          ? t('reception.meetingOn', {
              date: formatDate(desk.mirror.date, locale),
            })
          : t('reception.meetingUnknown')}
      </Paragraph>
      <p className="utrecht-paragraph" role="status" data-testid="live-state">
        {t(`reception.live_${live}`)}
      </p>

      {/* A failure without a participant (a tampered desk or listener form) has no field to sit next to. */}
      {failure && !failure.values.participantId ? <Alert type="error">{t('common.formHasErrors')}</Alert> : null}
      <CountsPanel counts={counts} noAnswer={presentWithoutMinutesAnswer(rows).map(label)} noConsent={presentWithoutMinutesConsent(rows).map(label)} />
      <ConfidentialityPanel agreedAt={desk.confidentialityAgreedAt} />

      <Section id="desk-participants" title={t('reception.participantsTitle')}>
        {rows.length === 0 ? <Paragraph>{t('reception.participantsEmpty')}</Paragraph> : null}
        <ul className="spiegel-reception__list">
          {rows.map((row) => (
            <ParticipantCard
              key={row.participantId}
              row={row}
              state={failure?.values.participantId === row.participantId ? failure : undefined}
              saved={saved(row.participantId)}
              refusal={refusalOf(stateFor(result, 'checkin', row.participantId)?.errors.participantId)}
            />
          ))}
        </ul>
      </Section>

      <Section id="desk-listeners" title={t('reception.listenersTitle')} intro={t('reception.listenersIntro')}>
        {desk.qr ? <ListenerQr name={desk.qr.name} svg={desk.qr.svg} closeHref={`${desk.base}#listener-${desk.qr.listenerId}`} /> : null}
        {desk.listeners.length === 0 ? <Paragraph>{t('reception.listenersEmpty')}</Paragraph> : null}
        <ul className="spiegel-reception__list">
          {desk.listeners.map((l) => (
            <ListenerRow key={l.id} listener={l} qrHref={`${desk.base}?qr=${l.id}#desk-listeners`} />
          ))}
        </ul>
      </Section>
    </div>
  );
}
