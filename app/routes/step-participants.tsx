import { data, Form, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, FormErrorSummary, Heading, Link, Paragraph } from '#app/components/ui';
import { comparePseudonyms } from '#app/features/participants/domain/pseudonyms';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { listParticipants } from '#app/features/participants/server/list-participants.server';
import { listPseudonymousParticipants } from '#app/features/participants/server/list-pseudonymous-participants.server';
import { moveParticipant } from '#app/features/participants/server/move-participant.server';
import { needsOf, needsTotals } from '#app/features/recruitment/domain/needs';
import { allowedMoves, isCommitted, START_STATUSES } from '#app/features/recruitment/domain/pipeline';
import { isPlaceCategory, placeCounts, profileFitCounts } from '#app/features/recruitment/domain/places';
import { committedCount, statusCounts, targetWarnings } from '#app/features/recruitment/domain/targets';
import { toChanges, ZAddParticipant, ZMoveParticipant } from '#app/features/recruitment/forms';
import { statusLabel } from '#app/features/recruitment/ui/labels';
import { ParticipantFields } from '#app/features/recruitment/ui/participant-fields';
import { NeedsPanel, PipelineBoard, PlacesPanel, PseudonymList, TargetPanel } from '#app/features/recruitment/ui/recruitment-panels';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { type FormFailure, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-participants';

// Two views. Leads and parent contacts get the pipeline with names; everyone else gets
// numbers and pseudonyms, and for them the personal-data table is not even read.
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  const base = `/o/${ctx.org.slug}/t/${ctx.trajectory.id}`;
  const range = { min: ctx.trajectory.participantTargetMin, max: ctx.trajectory.participantTargetMax };
  const numbers = (rows: { status: Parameters<typeof isCommitted>[0] }[]) => {
    const counts = statusCounts(rows);
    return { counts, committed: committedCount(counts), warnings: targetWarnings(counts, range), ...range };
  };

  if (!ctx.access.canReadParticipantData) {
    const rows = await listPseudonymousParticipants(scope);
    return {
      view: 'pseudonymous' as const,
      title: ctx.trajectory.title,
      numbers: numbers(rows),
      registered: rows
        .filter((r) => isCommitted(r.status) && r.pseudonym)
        .map((r) => ({ pseudonym: r.pseudonym!, kind: r.kind, status: r.status }))
        .sort((a, b) => comparePseudonyms(a.pseudonym, b.pseudonym)),
    };
  }

  const [list, people] = await Promise.all([listParticipants(scope), listTrajectoryPeople(scope)]);
  return {
    view: 'full' as const,
    title: ctx.trajectory.title,
    base,
    numbers: numbers(list),
    places: placeCounts(list),
    fits: profileFitCounts(list),
    needs: needsTotals(list.filter((p) => isCommitted(p.status)).map((p) => p.personal)),
    people: people.map((p) => ({ userId: p.userId, name: p.name || p.email })),
    me: ctx.actor.userId,
    participants: list.map((p) => ({
      id: p.id,
      name: p.personal.name,
      pseudonym: p.pseudonym,
      kind: p.kind,
      status: p.status,
      phone: p.personal.phone,
      email: p.personal.email,
      callViaContact: p.personal.callViaContact,
      placeCategory: isPlaceCategory(p.placeCategory) ? p.placeCategory : ('' as const),
      placeName: p.placeName,
      recruitedByName: p.recruitedByName,
      profileFit: p.profileFit,
      needs: needsOf(p.personal),
      compensation: p.personal.compensation,
      compensationPaid: p.personal.compensationPaid,
      consentAt: p.personal.consentAt,
      fromSignup: p.source === 'signup',
      moves: allowedMoves(p.status),
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'participantData' });
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  const form = await request.formData();
  if (form.get('intent') === 'move') {
    const parsed = parseForm(ZMoveParticipant, form);
    if (!parsed.ok) return data(parsed, { status: 400 });
    const result = await moveParticipant({ ...scope, participantId: parsed.data.participantId, to: parsed.data.to });
    if (!result.ok) return data({ ok: false as const, moveRefused: true as const }, { status: 409 });
    return { ok: true as const, moved: { status: result.status, pseudonym: result.pseudonym } };
  }
  const parsed = parseForm(ZAddParticipant, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const changes = toChanges(parsed.data);
  await createParticipant({ ...scope, ...changes, status: parsed.data.status });
  return { ok: true as const, added: parsed.data.name };
}

export default function StepParticipants() {
  const loaded = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const t = useT();
  const failure: FormFailure | undefined = state && 'errors' in state ? state : undefined;
  const added = state && 'added' in state ? state.added : undefined;
  const moved = state && 'moved' in state ? state.moved : undefined;
  return (
    <div className="spiegel-page">
      <title>{`${t('recruitment.title')} · ${loaded.title} · Spiegel`}</title>
      <Heading level={1}>{t('recruitment.title')}</Heading>
      {loaded.view === 'pseudonymous' ? (
        <>
          <Paragraph lead>{t('recruitment.introPseudonymous')}</Paragraph>
          <TargetPanel {...loaded.numbers} />
          <PseudonymList items={loaded.registered} />
        </>
      ) : (
        <>
          <Paragraph lead>{t('recruitment.intro')}</Paragraph>
          <Paragraph>{t('recruitment.pseudonymRule')}</Paragraph>
          <Paragraph>
            <Link to="#add-participant">{t('recruitment.addJump')}</Link>
          </Paragraph>
          {added ? <Alert type="ok">{t('recruitment.added', { name: added })}</Alert> : null}
          {moved ? (
            <Alert type="ok">
              {moved.pseudonym && isCommitted(moved.status)
                ? t('recruitment.movedWithPseudonym', { status: t(statusLabel(moved.status)), pseudonym: moved.pseudonym })
                : t('recruitment.moved', { status: t(statusLabel(moved.status)) })}
            </Alert>
          ) : null}
          {state && 'moveRefused' in state ? <Alert type="error">{t('recruitment.moveRefused')}</Alert> : null}
          <TargetPanel {...loaded.numbers} />
          <PipelineBoard participants={loaded.participants} base={loaded.base} />
          <NeedsPanel totals={loaded.needs} />
          <PlacesPanel places={loaded.places} fits={loaded.fits} />
          <section aria-labelledby="add-participant" className="spiegel-stack">
            <Heading level={2} id="add-participant">
              {t('recruitment.addTitle')}
            </Heading>
            <Paragraph>{t('recruitment.addIntro')}</Paragraph>
            <FormErrorSummary state={failure} />
            {/* A new key after each added participant empties the form again. */}
            <Form method="post" className="spiegel-stack" key={loaded.participants.length} noValidate>
              <input type="hidden" name="intent" value="add" />
              <ParticipantFields
                idPrefix="add"
                state={failure}
                people={loaded.people}
                statuses={START_STATUSES}
                defaults={{ recruitedBy: loaded.people.some((p) => p.userId === loaded.me) ? loaded.me : '' }}
              />
              <Button>{t('recruitment.addButton')}</Button>
            </Form>
          </section>
        </>
      )}
    </div>
  );
}
