// How an action's status is named and coloured, on every screen that shows one (actions, insights).
import type { ActionStatus } from '#app/db/schema';
import type { MessageKey } from '#app/i18n/i18n';

export const statusLabel: Record<ActionStatus, MessageKey> = {
  idea: 'actions.status_idea',
  planned: 'actions.status_planned',
  running: 'actions.status_running',
  done: 'actions.status_done',
  stopped: 'actions.status_stopped',
};

export const statusTone: Record<ActionStatus, 'neutral' | 'active' | 'done'> = {
  idea: 'neutral',
  planned: 'neutral',
  running: 'active',
  done: 'done',
  stopped: 'neutral',
};
