// An action's status: idea → planned → running → done, or stopped (with a reason). Pure.
import { ACTION_STATUSES, type ActionStatus } from '#app/db/schema';
import { todayInAmsterdam } from '#app/i18n/i18n';

export { ACTION_STATUSES, type ActionStatus };

/** Done and stopped actions are finished: no reminders, never "te laat". */
export const CLOSED_STATUSES = ['done', 'stopped'] as const satisfies readonly ActionStatus[];
export const isClosed = (status: ActionStatus) => (CLOSED_STATUSES as readonly ActionStatus[]).includes(status);

/** Stopping an action needs a reason (parents read why); any other status keeps no reason. */
export function stopReasonFor(status: ActionStatus, reason: string): { ok: true; stopReason: string } | { ok: false } {
  const trimmed = reason.trim();
  if (status !== 'stopped') return { ok: true, stopReason: '' };
  return trimmed ? { ok: true, stopReason: trimmed } : { ok: false };
}

/** Overdue ("te laat"): the due day is before today in Amsterdam, and the action is not finished. */
export function isOverdue(action: { status: ActionStatus; dueOn: string | null }, today: string = todayInAmsterdam()): boolean {
  return !!action.dueOn && action.dueOn < today && !isClosed(action.status);
}
