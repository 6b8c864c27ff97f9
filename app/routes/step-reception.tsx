// The welcome desk of the mirror meeting (S6a), for leads and parent contacts on a tablet.
import { data, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Heading, Paragraph } from '#app/components/ui';
import { presentWithoutMinutesAnswer, presentWithoutMinutesConsent, receptionCounts } from '#app/features/reception/domain/rules';
import { agreeConfidentiality } from '#app/features/reception/server/agree-confidentiality.server';
import { checkInListener } from '#app/features/reception/server/check-in-listener.server';
import { checkInParticipant } from '#app/features/reception/server/check-in-participant.server';
import { getReception } from '#app/features/reception/server/get-reception.server';
import { recordConsent } from '#app/features/reception/server/record-consent.server';
import { recordInterpreter } from '#app/features/reception/server/record-interpreter.server';
import receptionCss from '#app/features/reception/ui/reception.css?url';
import { ConfidentialityPanel, CountsPanel, ListenerQr, ListenerRow, ParticipantCard } from '#app/features/reception/ui/reception-panels';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { channelFor } from '#app/realtime/channels';
import { useLive } from '#app/realtime/use-live';
import { f, type FormFailure, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-reception';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: receptionCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const qr = new URL(request.url).searchParams.get('qr') ?? undefined;
  // getReception answers 403 for anyone but leads and parent contacts: the desk shows names.
  const desk = await getReception({
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
    qrFor: qr,
  });
  return {
    ...desk,
    base: `/o/${ctx.org.slug}/t/${ctx.trajectory.id}/reception`,
  };
}

const yesNo = f.choice(['yes', 'no'] as const);
const ZAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('checkin'),
    participantId: f.uuid(),
    present: yesNo,
  }),
  z.object({
    intent: z.literal('consent'),
    participantId: f.uuid(),
    minutes: yesNo,
    photos: yesNo,
  }),
  z.object({
    intent: z.literal('interpreter'),
    participantId: f.uuid(),
    language: f.text(100),
    interpreter: f.text(100),
  }),
  z.object({ intent: z.literal('confidentiality'), agreed: yesNo }),
  z.object({
    intent: z.literal('listener'),
    listenerId: f.uuid(),
    present: yesNo,
  }),
]);

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, {
    need: 'participantData',
  });
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  switch (input.intent) {
    case 'checkin': {
      const result = await checkInParticipant({
        ...scope,
        participantId: input.participantId,
        present: input.present === 'yes',
      });
      if (!result.ok) return data({ ok: false as const, refused: input.participantId }, { status: 409 });
      break;
    }
    case 'consent':
      await recordConsent({
        ...scope,
        participantId: input.participantId,
        minutes: input.minutes === 'yes',
        photos: input.photos === 'yes',
      });
      break;
    case 'interpreter':
      await recordInterpreter({
        ...scope,
        participantId: input.participantId,
        language: input.language,
        interpreter: input.interpreter,
      });
      break;
    case 'confidentiality':
      await agreeConfidentiality({ ...scope, agreed: input.agreed === 'yes' });
      break;
    case 'listener':
      await checkInListener({
        ...scope,
        listenerId: input.listenerId,
        present: input.present === 'yes',
      });
      break;
  }
  return {
    ok: true as const,
    intent: input.intent,
    participantId: 'participantId' in input ? input.participantId : null,
  };
}

export default function StepReception() {
  const desk = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const live = useLive([channelFor(desk.trajectory.id, 'reception')]);
  const failure: FormFailure | undefined = result && 'errors' in result ? result : undefined;
  const savedFor = result && 'intent' in result && (result.intent === 'consent' || result.intent === 'interpreter') ? result.participantId : null;
  const refusedFor = result && 'refused' in result ? result.refused : null;
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

      <section aria-labelledby="desk-participants" className="spiegel-stack">
        <Heading level={2} id="desk-participants">
          {t('reception.participantsTitle')}
        </Heading>
        {rows.length === 0 ? <Paragraph>{t('reception.participantsEmpty')}</Paragraph> : null}
        <ul className="spiegel-reception__list">
          {rows.map((row) => (
            <ParticipantCard
              key={row.participantId}
              row={row}
              state={failure?.values.participantId === row.participantId ? failure : undefined}
              saved={savedFor === row.participantId}
              refused={refusedFor === row.participantId}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="desk-listeners" className="spiegel-stack">
        <Heading level={2} id="desk-listeners">
          {t('reception.listenersTitle')}
        </Heading>
        <Paragraph>{t('reception.listenersIntro')}</Paragraph>
        {desk.qr ? <ListenerQr name={desk.qr.name} svg={desk.qr.svg} closeHref={`${desk.base}#listener-${desk.qr.listenerId}`} /> : null}
        {desk.listeners.length === 0 ? <Paragraph>{t('reception.listenersEmpty')}</Paragraph> : null}
        <ul className="spiegel-reception__list">
          {desk.listeners.map((l) => (
            <ListenerRow key={l.id} listener={l} qrHref={`${desk.base}?qr=${l.id}#desk-listeners`} />
          ))}
        </ul>
      </section>
    </div>
  );
}
