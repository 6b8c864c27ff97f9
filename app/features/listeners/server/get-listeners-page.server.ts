import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { listListenerPlan } from '#app/features/theme/server/list-listener-plan.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { categoryCoverage, uncoveredPlannedCategories, yesCoverageAdvice } from '../domain/coverage';
import { composeInvitation } from '../domain/invitation';
import { rsvpCounts, rsvpOf } from '../domain/rsvp';
import { listenersSummary } from '../domain/summary';
import { listenerTargetWarnings } from '../domain/targets';
import { listListeners } from './list-listeners.server';
import { invitationContext, listenerLinkUrl } from './listener-records.server';

/** Step 5's listener page: counts against the targets, coverage against the plan of step 4, the invitation, the list. */
export async function getListenersPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const canEdit = can(scope, 'trajectory.edit');
  const [list, plan, { trajectory, ctx }] = await Promise.all([listListeners(scope), listListenerPlan(scope), invitationContext(scope)]);
  const summary = listenersSummary(list, trajectory);
  const coverage = categoryCoverage(list, plan);
  const preview = composeInvitation(ctx, { name: `[${createTranslator('nl')('listeners.previewName')}]`, email: '', link: listenerLinkUrl('…') });
  return {
    canEdit,
    summary,
    listed: list.length,
    mirror: rsvpCounts(list, 'mirror'),
    followUp: rsvpCounts(list, 'follow_up'),
    warnings: listenerTargetWarnings(summary),
    coverage,
    coverageAdvice: yesCoverageAdvice(list),
    uncovered: uncoveredPlannedCategories(coverage),
    uninvited: list.filter((l) => !l.invitedAt).length,
    meetingsReady: [ctx.meetings.mirror, ctx.meetings.follow_up].every((m) => m?.date && m.venueName),
    preview: canEdit ? preview.text : null,
    listeners: list.map((l) => ({
      id: l.id,
      name: l.name,
      organisation: l.organisation,
      category: l.category,
      email: l.email,
      invitedAt: l.invitedAt,
      rsvpMirror: rsvpOf(l, 'mirror'),
      rsvpFollowUp: rsvpOf(l, 'follow_up'),
      link: l.link,
    })),
  };
}
