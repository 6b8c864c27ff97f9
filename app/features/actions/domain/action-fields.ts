// What an action and an update say: the fields of the add, edit and update forms, as the operations take them.
import type { ActionStatus } from './statuses';

export type ActionInput = {
  title: string;
  agendaItemId: string | null;
  partnerId: string | null;
  ownerName: string;
  status: ActionStatus;
  stopReason: string;
  dueOn: string | null;
  nextStep: string;
};

export type UpdateInput = { text: string; evidence: string; status: ActionStatus; stopReason: string };
