// The API's endpoints (I1): path, method, what they take and answer, and whether a read token may
// call them. The OpenAPI document is generated from this list; handlers.server.ts implements each.
import type { z } from 'zod';
import { ZAction, ZActionList, ZActionPatch, ZActionUpdateInput, ZAgendaItemList, ZListenerList, ZMeetingList, ZTrajectory, ZTrajectoryList } from './schemas';

export type Endpoint = {
  method: 'get' | 'patch' | 'post';
  /** Below /api/v1, with {org}, {tid} and {aid} as path parameters. */
  path: string;
  summary: string;
  description: string;
  /** read: any token; write: only a write token. The member's own permissions apply on top, as on the screens. */
  scope: 'read' | 'write';
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  /** The error statuses this endpoint may answer (401 and 429 are possible everywhere). */
  errors: readonly (400 | 403 | 404 | 409)[];
};

const T = '/orgs/{org}/trajectories/{tid}';

export const endpoints = {
  listTrajectories: {
    method: 'get',
    path: '/orgs/{org}/trajectories',
    summary: 'List trajectories',
    description: 'The organisation’s trajectories, newest change first, each with the state of its 8 steps.',
    scope: 'read',
    status: 200,
    response: ZTrajectoryList,
    errors: [404],
  },
  getTrajectory: {
    method: 'get',
    path: T,
    summary: 'Get a trajectory',
    description: 'One trajectory with the state of its 8 steps.',
    scope: 'read',
    status: 200,
    response: ZTrajectory,
    errors: [404],
  },
  listMeetings: {
    method: 'get',
    path: `${T}/meetings`,
    summary: 'List meetings and their dates',
    description: 'The mirror meeting, the follow-up session and the feedback to parents, with date, time and place as far as they are known.',
    scope: 'read',
    status: 200,
    response: ZMeetingList,
    errors: [404],
  },
  listListeners: {
    method: 'get',
    path: `${T}/listeners`,
    summary: 'List listeners',
    description: 'The professionals in the outer circle and their answers. No e-mail addresses, no personal links, nothing about parents.',
    scope: 'read',
    status: 200,
    response: ZListenerList,
    errors: [404],
  },
  listAgendaItems: {
    method: 'get',
    path: `${T}/agenda-items`,
    summary: 'List agenda items',
    description: 'The agreed agenda for the parents, in its order: the items the change agenda’s actions work on.',
    scope: 'read',
    status: 200,
    response: ZAgendaItemList,
    errors: [404],
  },
  listActions: {
    method: 'get',
    path: `${T}/actions`,
    summary: 'List actions (the change agenda)',
    description: 'Every action of the trajectory’s change agenda with its updates.',
    scope: 'read',
    status: 200,
    response: ZActionList,
    errors: [404],
  },
  getAction: {
    method: 'get',
    path: `${T}/actions/{aid}`,
    summary: 'Get an action',
    description: 'One action with its updates.',
    scope: 'read',
    status: 200,
    response: ZAction,
    errors: [404],
  },
  updateAction: {
    method: 'patch',
    path: `${T}/actions/{aid}`,
    summary: 'Change an action',
    description:
      'Changes the fields sent (status, next step, due day, …). Needs a write token of a member who may manage actions on the screens (the workgroup, leads, coordinators). Answers the action as it is now.',
    scope: 'write',
    body: ZActionPatch,
    status: 200,
    response: ZAction,
    errors: [400, 403, 404, 409],
  },
  addActionUpdate: {
    method: 'post',
    path: `${T}/actions/{aid}/updates`,
    summary: 'Add an update to an action',
    description:
      'A dated update (what happened, with evidence), which may change the status. Needs a write token, like changing an action. With an Idempotency-Key header a retry adds nothing twice. Answers the action as it is now.',
    scope: 'write',
    body: ZActionUpdateInput,
    status: 201,
    response: ZAction,
    errors: [400, 403, 404, 409],
  },
} as const satisfies Record<string, Endpoint>;

export type OperationId = keyof typeof endpoints;
export const API_BASE = '/api/v1';
