import { data, Form, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Button, DataList, FormErrorSummary, type FormState, Heading, Paragraph, TextAreaField } from '#app/components/ui';
import { MultilineText } from '#app/features/goal/ui/multiline-text';
import { categoryCoverage, uncoveredPlannedCategories, yesCoverageAdvice } from '#app/features/listeners/domain/coverage';
import { parseListenerLines, type ImportProblem } from '#app/features/listeners/domain/paste-import';
import { rsvpCounts, rsvpOf } from '#app/features/listeners/domain/rsvp';
import { listenersSummary } from '#app/features/listeners/domain/summary';
import { listenerTargetWarnings } from '#app/features/listeners/domain/targets';
import { addListeners, type ListenerInput } from '#app/features/listeners/server/add-listeners.server';
import { composeInvitation } from '#app/features/listeners/server/compose-invitation.server';
import { inviteListeners, type InviteOutcome } from '#app/features/listeners/server/invite-listeners.server';
import { listListenerMeetings } from '#app/features/listeners/server/list-listener-meetings.server';
import { listListeners } from '#app/features/listeners/server/list-listeners.server';
import { listenerLinkUrl } from '#app/features/listeners/server/listener-link-url.server';
import { removeListener } from '#app/features/listeners/server/remove-listener.server';
import { updateListener } from '#app/features/listeners/server/update-listener.server';
import { CoverageTable } from '#app/features/listeners/ui/coverage-table';
import { ListenerFields } from '#app/features/listeners/ui/listener-fields';
import { CopyableLink } from '#app/features/partners/ui/copyable-link';
import { FORMAL_CATEGORIES, INFORMAL_CATEGORIES, LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { listListenerPlan } from '#app/features/theme/server/list-listener-plan.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { type FormFailure, f, formValues, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-listeners';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { orgId, actor, org, user, trajectory, access } = await requireTrajectory(request, params);
  const at = { orgId, actor, trajectoryId: trajectory.id };
  const [list, plan, meetings] = await Promise.all([listListeners(at), listListenerPlan(at), listListenerMeetings(at)]);
  const summary = listenersSummary(list, trajectory);
  const coverage = categoryCoverage(list, plan);
  const preview = composeInvitation(
    { orgName: org.name, trajectoryTitle: trajectory.title, sender: user.name || user.email, meetings },
    { name: `[${createTranslator('nl')('listeners.previewName')}]`, email: '', link: listenerLinkUrl('…') },
  );
  return {
    canEdit: access.canEdit,
    summary,
    listed: list.length,
    mirror: rsvpCounts(list, 'mirror'),
    followUp: rsvpCounts(list, 'follow_up'),
    warnings: listenerTargetWarnings(summary),
    coverage,
    coverageAdvice: yesCoverageAdvice(list),
    uncovered: uncoveredPlannedCategories(coverage),
    uninvited: list.filter((l) => !l.invitedAt).length,
    meetingsReady: [meetings.mirror, meetings.follow_up].every((m) => m?.date && m.venueName),
    preview: access.canEdit ? preview.text : null,
    // Personal links let anyone answer for the listener: only people who may edit see them.
    listeners: list.map((l) => ({
      id: l.id,
      name: l.name,
      organisation: l.organisation,
      category: l.category,
      email: l.email,
      invitedAt: l.invitedAt,
      rsvpMirror: rsvpOf(l, 'mirror'),
      rsvpFollowUp: rsvpOf(l, 'follow_up'),
      link: access.canEdit ? l.link : null,
    })),
  };
}

const CATEGORY_CHOICES = [...INFORMAL_CATEGORIES, ...FORMAL_CATEGORIES] as const;
const listenerFields = { name: f.required(200), organisation: f.text(200), category: f.choice(CATEGORY_CHOICES), email: f.optionalEmail() };
const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add'), ...listenerFields }),
  z.object({ intent: z.literal('edit'), listenerId: f.uuid(), ...listenerFields }),
  z.object({ intent: z.literal('remove'), listenerId: f.uuid() }),
  z.object({ intent: z.literal('invite'), listenerId: f.uuid() }),
  z.object({ intent: z.literal('invite-all') }),
  z.object({ intent: z.literal('import'), lines: z.string().max(50_000, 'validation.tooLong') }),
]);
type Intent = z.infer<typeof ZAction>['intent'];

/** Category names as people type them, in both languages, for the paste import. */
function categoryLabels() {
  return (['nl', 'en'] as const).flatMap((locale) => {
    const t = createTranslator(locale);
    return LISTENER_CATEGORIES.map((category) => ({ category, label: t(`theme.category_${category}`) }));
  });
}

const listenerInput = ({ name, organisation, category, email }: ListenerInput) => ({ name, organisation, category, email });

type Done = { ok: true; saved: Intent; invite: InviteOutcome | null; imported: number };

export async function action({ request, params }: Route.ActionArgs) {
  const { orgId, actor, trajectory } = await requireTrajectory(request, params, { need: 'edit' });
  const formData = await request.formData();
  const parsed = parseForm(ZAction, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const at = { orgId, actor, trajectoryId: trajectory.id };
  const done = (extra: Partial<Done> = {}): Done => ({ ok: true, saved: input.intent, invite: null, imported: 0, ...extra });
  switch (input.intent) {
    case 'add':
      await addListeners({ ...at, rows: [listenerInput(input)] });
      return done();
    case 'edit':
      await updateListener({ ...at, listenerId: input.listenerId, ...listenerInput(input) });
      return done();
    case 'remove':
      await removeListener({ ...at, listenerId: input.listenerId });
      return done();
    case 'invite':
      return done({ invite: await inviteListeners({ ...at, listenerId: input.listenerId }) });
    case 'invite-all':
      return done({ invite: await inviteListeners(at) });
    case 'import': {
      const result = parseListenerLines(input.lines, categoryLabels());
      if (!result.ok) {
        const message: MessageKey = result.empty ? 'listeners.importEmpty' : result.tooMany ? 'listeners.importTooMany' : 'listeners.importHasProblems';
        const failure: FormFailure & { problems: ImportProblem[] } = {
          ok: false,
          errors: { lines: message },
          values: formValues(formData),
          problems: result.problems,
        };
        return data(failure, { status: 400 });
      }
      await addListeners({ ...at, rows: result.rows });
      return done({ imported: result.rows.length });
    }
  }
}

const savedMessage: Partial<Record<Intent, MessageKey>> = {
  add: 'listeners.listenerAdded',
  edit: 'listeners.listenerSaved',
  remove: 'listeners.listenerRemoved',
};

export default function StepListeners() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const { canEdit, summary } = page;

  // Many forms on one page: errors belong to the form that was sent (by intent and listener).
  const stateFor = (intent: Intent, listenerId?: string): FormState =>
    result && 'errors' in result && result.values.intent === intent && (!listenerId || result.values.listenerId === listenerId) ? result : undefined;
  const done = result && 'saved' in result ? result : undefined;
  const problems = result && 'problems' in result ? (result.problems as ImportProblem[]) : [];
  const saved = (intents: Intent[]) => {
    if (!done || !intents.includes(done.saved)) return null;
    if (done.invite) {
      const { sent, noEmail, failed } = done.invite;
      return (
        <div className="spiegel-stack" data-testid="invite-result">
          <Alert type={sent > 0 ? 'ok' : 'info'}>{t('listeners.inviteSent', { count: sent })}</Alert>
          {noEmail > 0 ? <Alert type="warning">{t('listeners.inviteNoEmail', { count: noEmail })}</Alert> : null}
          {failed > 0 ? <Alert type="error">{t('listeners.inviteFailed', { count: failed })}</Alert> : null}
        </div>
      );
    }
    if (done.saved === 'import') return <Alert type="ok">{t('listeners.importDone', { count: done.imported })}</Alert>;
    const key = savedMessage[done.saved];
    return key ? <Alert type="ok">{t(key)}</Alert> : null;
  };
  const rsvpLabel = (value: string) =>
    t(value === 'yes' ? 'listeners.rsvp_yes' : value === 'no' ? 'listeners.rsvp_no' : value === 'maybe' ? 'listeners.rsvp_maybe' : 'listeners.rsvp_none');

  return (
    <div className="spiegel-page">
      <title>{`${t('listeners.title')} · Spiegel`}</title>
      <Heading level={1}>{t('listeners.title')}</Heading>
      <Paragraph lead>{t('listeners.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('listeners.readOnly')}</Alert>}

      {/* ── Counts against the targets ── */}
      <section className="spiegel-stack" aria-labelledby="counts">
        <Heading level={2} id="counts">
          {t('listeners.countsTitle')}
        </Heading>
        <div data-testid="listener-counts">
          <DataList
            items={[
              { key: t('listeners.listedCount'), value: page.listed },
              { key: t('listeners.invitedCount'), value: summary.invited },
              {
                key: t('listeners.meeting_mirror'),
                value: (
                  <>
                    <strong data-testid="yes-mirror">{t('listeners.yesAgainstTarget', { yes: summary.yesMirror, target: summary.targetMirror })}</strong>
                    <br />
                    {t('listeners.rsvpCounts', page.mirror)}
                  </>
                ),
              },
              {
                key: t('listeners.meeting_follow_up'),
                value: (
                  <>
                    <strong data-testid="yes-follow-up">{t('listeners.yesAgainstTarget', { yes: summary.yesFollowUp, target: summary.targetFollowUp })}</strong>
                    <br />
                    {t('listeners.rsvpCounts', page.followUp)}
                  </>
                ),
              },
            ]}
          />
        </div>
        {page.warnings.length > 0 ? (
          <Alert type="warning">
            <ul className="spiegel-stack" data-testid="target-warnings">
              {page.warnings.map((w) => (
                <li key={w}>
                  {t(`listeners.warning_${w}`, {
                    invited: summary.invited,
                    target: summary.targetMirror,
                    yes: w.startsWith('followUp') ? summary.yesFollowUp : summary.yesMirror,
                  })}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </section>

      {/* ── Category coverage against the plan of step 4 ── */}
      <section className="spiegel-stack" aria-labelledby="coverage">
        <Heading level={2} id="coverage">
          {t('listeners.coverageTitle')}
        </Heading>
        <Paragraph>{t('listeners.coverageIntro')}</Paragraph>
        {page.coverage.length > 0 ? <CoverageTable rows={page.coverage} /> : <Paragraph>{t('listeners.coverageEmpty')}</Paragraph>}
        {page.coverageAdvice.length > 0 || page.uncovered.length > 0 ? (
          <Alert type="warning">
            <ul className="spiegel-stack" data-testid="coverage-advice">
              {page.coverageAdvice.map((a) => (
                <li key={a}>{t(`listeners.coverageAdvice_${a}`)}</li>
              ))}
              {page.uncovered.length > 0 ? (
                <li>{t('listeners.uncoveredPlanned', { categories: page.uncovered.map((c) => t(`theme.category_${c}`)).join(', ') })}</li>
              ) : null}
            </ul>
          </Alert>
        ) : null}
      </section>

      {/* ── Inviting ── */}
      {canEdit ? (
        <section className="spiegel-stack" aria-labelledby="invite">
          <Heading level={2} id="invite">
            {t('listeners.inviteTitle')}
          </Heading>
          <Paragraph>{t('listeners.inviteIntro')}</Paragraph>
          {page.meetingsReady ? null : <Alert type="info">{t('listeners.meetingsNotReady')}</Alert>}
          {saved(['invite-all'])}
          {page.uninvited > 0 ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="invite-all" />
              <Button>{t('listeners.inviteAll', { count: page.uninvited })}</Button>
            </Form>
          ) : page.listed > 0 ? (
            <Paragraph>{t('listeners.nothingToInvite')}</Paragraph>
          ) : null}
          {page.preview ? (
            <details>
              <summary>{t('listeners.invitePreview')}</summary>
              <div className="spiegel-card">
                <MultilineText>{page.preview}</MultilineText>
              </div>
            </details>
          ) : null}
        </section>
      ) : null}

      {/* ── The list ── */}
      <section className="spiegel-stack" aria-labelledby="list">
        <Heading level={2} id="list">
          {t('listeners.listTitle')}
        </Heading>
        {saved(['edit', 'remove', 'invite'])}
        {page.listeners.length === 0 ? <Paragraph>{t('listeners.listEmpty')}</Paragraph> : null}
        <ul className="spiegel-cards">
          {page.listeners.map((l) => {
            const editState = stateFor('edit', l.id);
            return (
              <li key={l.id} className="spiegel-card spiegel-stack" data-testid="listener">
                <Heading level={3}>{l.name}</Heading>
                <DataList
                  items={[
                    { key: t('listeners.organisationLabel'), value: l.organisation || t('common.none') },
                    {
                      key: t('listeners.categoryLabel'),
                      value: t(
                        `theme.category_${(LISTENER_CATEGORIES as readonly string[]).includes(l.category) ? (l.category as (typeof CATEGORY_CHOICES)[number]) : 'other'}`,
                      ),
                    },
                    { key: t('listeners.emailLabel'), value: l.email || t('common.none') },
                    {
                      key: t('listeners.invitationLabel'),
                      value: l.invitedAt ? t('listeners.invitedOn', { date: formatDate(l.invitedAt, locale) }) : t('listeners.notInvited'),
                    },
                    { key: t('listeners.meeting_mirror'), value: rsvpLabel(l.rsvpMirror) },
                    { key: t('listeners.meeting_follow_up'), value: rsvpLabel(l.rsvpFollowUp) },
                  ]}
                />
                {canEdit ? (
                  <>
                    {l.email ? (
                      <Form method="post" preventScrollReset>
                        <input type="hidden" name="intent" value="invite" />
                        <input type="hidden" name="listenerId" value={l.id} />
                        <Button
                          appearance="secondary"
                          aria-label={t(l.invitedAt ? 'listeners.inviteListenerAgain' : 'listeners.inviteListener', { name: l.name })}
                        >
                          {t(l.invitedAt ? 'listeners.inviteAgain' : 'listeners.invite')}
                        </Button>
                      </Form>
                    ) : (
                      <Paragraph>{t('listeners.noEmail')}</Paragraph>
                    )}
                    {l.link ? (
                      <CopyableLink
                        id={`link-${l.id}`}
                        label={t('listeners.linkLabel', { name: l.name })}
                        description={t('listeners.linkHint')}
                        value={l.link}
                      />
                    ) : null}
                    <details open={!!editState}>
                      <summary>{t('listeners.editListener', { name: l.name })}</summary>
                      <FormErrorSummary state={editState} />
                      <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
                        <input type="hidden" name="intent" value="edit" />
                        <input type="hidden" name="listenerId" value={l.id} />
                        <ListenerFields state={editState} idPrefix={`listener-${l.id}`} listener={l} />
                        <Button>{t('listeners.saveListener')}</Button>
                      </Form>
                      <Form method="post" className="spiegel-stack" preventScrollReset>
                        <input type="hidden" name="intent" value="remove" />
                        <input type="hidden" name="listenerId" value={l.id} />
                        <Paragraph>{t('listeners.removeHint')}</Paragraph>
                        <Button appearance="danger">{t('listeners.removeListener')}</Button>
                      </Form>
                    </details>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {canEdit ? (
        <>
          <section className="spiegel-stack" aria-labelledby="listener-add">
            <Heading level={2} id="listener-add">
              {t('listeners.addTitle')}
            </Heading>
            {saved(['add'])}
            <FormErrorSummary state={stateFor('add')} />
            <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={`add-${page.listed}`}>
              <input type="hidden" name="intent" value="add" />
              <ListenerFields state={stateFor('add')} idPrefix="listener-new" />
              <Button>{t('listeners.addListener')}</Button>
            </Form>
          </section>

          <section className="spiegel-stack" aria-labelledby="listener-import">
            <Heading level={2} id="listener-import">
              {t('listeners.importTitle')}
            </Heading>
            <Paragraph>{t('listeners.importIntro')}</Paragraph>
            {saved(['import'])}
            <FormErrorSummary state={stateFor('import')} />
            {problems.length > 0 ? (
              <Alert type="error">
                <ul data-testid="import-problems">
                  {problems.map((p) => (
                    <li key={`${p.line}-${p.problem}`}>{t(`listeners.importProblem_${p.problem}`, { line: p.line })}</li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={`import-${page.listed}`}>
              <input type="hidden" name="intent" value="import" />
              <TextAreaField
                name="lines"
                label={t('listeners.importLabel')}
                description={t('listeners.importHint', { list: LISTENER_CATEGORIES.map((c) => t(`theme.category_${c}`).toLowerCase()).join(', ') })}
                state={stateFor('import')}
                idPrefix="listener-import"
                rows={6}
              />
              <Button>{t('listeners.importButton')}</Button>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
