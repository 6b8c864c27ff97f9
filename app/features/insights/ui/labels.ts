// Catalogue keys for action states, so every insights screen names them the same way.
import type { ActionStatus } from '#app/db/schema';
import type { MessageKey } from '#app/i18n/i18n';

export const statusLabel: Record<ActionStatus, MessageKey> = {
  idea: 'insights.status_idea',
  planned: 'insights.status_planned',
  running: 'insights.status_running',
  done: 'insights.status_done',
  stopped: 'insights.status_stopped',
};

export const statusTone = { idea: 'neutral', planned: 'neutral', running: 'active', done: 'done', stopped: 'neutral' } as const satisfies Record<
  ActionStatus,
  'neutral' | 'active' | 'done'
>;
