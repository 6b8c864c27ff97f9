// What each API endpoint does: the same operations and readers as the screens, so the same
// permission checks (authorize) and tenant scoping apply. Answers are built as the schemas say.
import type { z } from 'zod';
import { trajectoryScope } from '#app/features/trajectory/server/require-trajectory.server';
import { listTrajectories } from '#app/features/trajectory/server/list-trajectories.server';
import { listMeetings } from '#app/features/calendar/server/list-meetings.server';
import { listListeners } from '#app/features/listeners/server/list-listeners.server';
import { getActionsPage } from '#app/features/actions/server/get-actions-page.server';
import { updateAction } from '#app/features/actions/server/update-action.server';
import { addActionUpdate } from '#app/features/actions/server/add-action-update.server';
import { isOverdue } from '#app/features/actions/domain/statuses';
import { notFound } from '#app/utils/http.server';
import type { ApiCaller } from './server/authenticate-api-token.server';
import type { OperationId } from './endpoints';
import { endpoints } from './endpoints';
import { STEP_NAMES, type ZAction, type ZTrajectory } from './schemas';

export type ApiContext = { caller: ApiCaller; params: Record<string, string>; body: unknown };
type Answer<Id extends OperationId> = z.input<(typeof endpoints)[Id]['response']>;
type Handlers = { [Id in OperationId]: (ctx: ApiContext) => Promise<Answer<Id>> };

const iso = (moment: Date) => moment.toISOString();
const isoOrNull = (moment: Date | null) => (moment ? iso(moment) : null);

const orgScope = ({ caller }: ApiContext) => ({ orgId: caller.orgId, actor: caller.actor });
/** The token's member in the trajectory of the path, with their roles there: 404 when it is not in the token's organisation. */
const scopeOf = async (ctx: ApiContext) => (await trajectoryScope({ ...orgScope(ctx), trajectoryId: ctx.params.tid ?? '' })).scope;

type TrajectoryItem = Awaited<ReturnType<typeof listTrajectories>>['items'][number];
const trajectoryOf = (t: TrajectoryItem): z.input<typeof ZTrajectory> => ({
  id: t.id,
  title: t.title,
  theme: t.theme,
  variant: t.variant,
  kind: t.kind,
  stepsDone: t.stepsDone,
  steps: t.steps.map((state, i) => ({ step: i + 1, name: STEP_NAMES[i]!, state })),
  updatedAt: iso(t.updatedAt),
});

type ActionItem = Awaited<ReturnType<typeof getActionsPage>>['withoutItem'][number];
const actionOf = (a: ActionItem, today: string): z.input<typeof ZAction> => ({
  id: a.id,
  agendaItemId: a.agendaItemId,
  title: a.title,
  partnerId: a.partnerId,
  partnerName: a.partnerName,
  ownerName: a.ownerName,
  status: a.status,
  stopReason: a.stopReason,
  dueOn: a.dueOn,
  nextStep: a.nextStep,
  overdue: isOverdue(a, today),
  lastUpdateAt: isoOrNull(a.lastUpdateAt),
  createdAt: iso(a.createdAt),
  updates: a.updates.map((u) => ({
    id: u.id,
    text: u.text,
    evidence: u.evidence,
    status: u.status,
    createdAt: iso(u.createdAt),
    author: u.partnerName ?? u.authorName,
  })),
});

/** Every action of the trajectory, agreed items' actions in the agenda's order first. */
async function actionsIn(scope: Awaited<ReturnType<typeof scopeOf>>) {
  const page = await getActionsPage(scope);
  return { today: page.today, all: [...page.groups.flatMap((g) => g.actions), ...page.withoutItem] };
}

async function theAction(scope: Awaited<ReturnType<typeof scopeOf>>, actionId: string | undefined) {
  const { today, all } = await actionsIn(scope);
  const action = all.find((a) => a.id === actionId);
  if (!action) notFound();
  return { today, action };
}

async function freshAction(scope: Awaited<ReturnType<typeof scopeOf>>, actionId: string) {
  const { today, action } = await theAction(scope, actionId);
  return actionOf(action, today);
}

export const handlers: Handlers = {
  async listTrajectories(ctx) {
    const { items } = await listTrajectories(orgScope(ctx));
    return { items: items.map(trajectoryOf) };
  },
  async getTrajectory(ctx) {
    const scope = await scopeOf(ctx);
    const { items } = await listTrajectories(orgScope(ctx));
    const found = items.find((t) => t.id === scope.trajectoryId);
    if (!found) notFound();
    return trajectoryOf(found);
  },
  async listMeetings(ctx) {
    const rows = await listMeetings(await scopeOf(ctx));
    return {
      items: rows.map((m) => ({
        id: m.id,
        kind: m.kind,
        date: m.date,
        startTime: m.startTime,
        form: m.form,
        venueName: m.venueName,
        venueAddress: m.venueAddress,
      })),
    };
  },
  async listListeners(ctx) {
    const rows = await listListeners(await scopeOf(ctx));
    return {
      items: rows.map((l) => ({
        id: l.id,
        name: l.name,
        organisation: l.organisation,
        category: l.category,
        invited: !!l.invitedAt,
        rsvpMirror: l.rsvpMirror,
        rsvpFollowUp: l.rsvpFollowUp,
      })),
    };
  },
  async listAgendaItems(ctx) {
    const page = await getActionsPage(await scopeOf(ctx));
    return { items: page.items.map((i) => ({ id: i.id, title: i.title, plainText: i.plainText })) };
  },
  async listActions(ctx) {
    const { today, all } = await actionsIn(await scopeOf(ctx));
    return { items: all.map((a) => actionOf(a, today)) };
  },
  async getAction(ctx) {
    return freshAction(await scopeOf(ctx), ctx.params.aid ?? '');
  },
  async updateAction(ctx) {
    const scope = await scopeOf(ctx);
    const { action } = await theAction(scope, ctx.params.aid);
    const patch = endpoints.updateAction.body.parse(ctx.body);
    const status = patch.status ?? action.status;
    await updateAction({
      ...scope,
      actionId: action.id,
      title: patch.title ?? action.title,
      agendaItemId: patch.agendaItemId === undefined ? action.agendaItemId : patch.agendaItemId,
      partnerId: patch.partnerId === undefined ? action.partnerId : patch.partnerId,
      ownerName: patch.ownerName ?? action.ownerName,
      status,
      stopReason: patch.stopReason ?? (status === 'stopped' ? action.stopReason : ''),
      dueOn: patch.dueOn === undefined ? action.dueOn : patch.dueOn,
      nextStep: patch.nextStep ?? action.nextStep,
    });
    return freshAction(scope, action.id);
  },
  async addActionUpdate(ctx) {
    const scope = await scopeOf(ctx);
    const { action } = await theAction(scope, ctx.params.aid);
    const input = endpoints.addActionUpdate.body.parse(ctx.body);
    const status = input.status ?? action.status;
    await addActionUpdate({
      ...scope,
      actionId: action.id,
      text: input.text,
      evidence: input.evidence ?? '',
      status,
      stopReason: input.stopReason ?? (status === 'stopped' ? action.stopReason : ''),
    });
    return freshAction(scope, action.id);
  },
};
