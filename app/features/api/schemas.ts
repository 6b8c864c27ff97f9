// The JSON API's contract (I1): what each endpoint takes and answers, as Zod schemas. The OpenAPI
// document (/api/openapi.json) is generated from these; the handlers build their answers as
// z.input of them, and the contract test checks every answer against the document.
import { z } from 'zod';
import { ACTION_STATUSES, LISTENER_RSVP, MEETING_KINDS } from '#app/db/schema';
import { STEP_STATES } from '#app/features/trajectory/domain/step-overview';
import { variants } from '#app/features/trajectory/domain/variants';

export const STEP_NAMES = ['goal', 'partners', 'workgroup', 'theme', 'preparation', 'mirrorMeeting', 'followUp', 'feedback'] as const;

const dateTime = z.iso.datetime().meta({ description: 'A moment in time (ISO 8601, UTC).' });
const day = z.iso.date().meta({ description: 'A calendar day (YYYY-MM-DD).' });

export const ZTrajectory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    theme: z.string(),
    variant: z.enum(variants),
    kind: z.enum(['trajectory', 'reflection']).meta({ description: 'A trajectory of 8 steps, or an organisation-wide reflection session.' }),
    stepsDone: z.int().min(0).max(8),
    steps: z
      .array(z.object({ step: z.int().min(1).max(8), name: z.enum(STEP_NAMES), state: z.enum(STEP_STATES) }))
      .meta({ description: 'The 8 steps of the method in order, each with its state.' }),
    updatedAt: dateTime,
  })
  .meta({ description: 'A spiegeltraject (or reflection session) and the state of its steps.' });

export const ZTrajectoryList = z.object({ items: z.array(ZTrajectory) });

export const ZMeeting = z
  .object({
    id: z.uuid(),
    kind: z.enum(MEETING_KINDS).meta({ description: 'mirror: the mirror meeting; follow_up: the follow-up session; feedback: the feedback to parents.' }),
    date: day.nullable(),
    startTime: z.string().meta({ description: 'HH:MM in Europe/Amsterdam, or empty when not chosen.' }),
    form: z.string().meta({ description: 'For the feedback: its form (meeting, home visit, letter, …); empty otherwise.' }),
    venueName: z.string(),
    venueAddress: z.string(),
  })
  .meta({ description: 'A meeting of the trajectory with its date. Only meetings for which something was saved are listed.' });

export const ZMeetingList = z.object({ items: z.array(ZMeeting) });

const rsvp = z.enum(LISTENER_RSVP).meta({ description: "'' (no answer yet), yes, no or maybe." });
export const ZListener = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisation: z.string(),
    category: z.string().meta({ description: 'The field the listener works in (education, youth care, …).' }),
    invited: z.boolean(),
    rsvpMirror: rsvp,
    rsvpFollowUp: rsvp,
  })
  .meta({ description: 'A professional in the outer circle. Their e-mail address and personal link are not part of the API.' });

export const ZListenerList = z.object({ items: z.array(ZListener) });

export const ZAgendaItem = z
  .object({ id: z.uuid(), title: z.string(), plainText: z.string().meta({ description: 'The item in plain words, as parents read it.' }) })
  .meta({ description: 'An item of the agreed agenda for the parents (step 8), in the agenda’s order. Drafts are not part of the API.' });

export const ZAgendaItemList = z.object({ items: z.array(ZAgendaItem) });

const actionStatus = z.enum(ACTION_STATUSES).meta({ description: 'idea → planned → running → done, or stopped (with a reason).' });

export const ZActionUpdate = z.object({
  id: z.uuid(),
  text: z.string(),
  evidence: z.string(),
  status: actionStatus,
  createdAt: dateTime,
  author: z.string().nullable().meta({ description: 'Who wrote it: a member of the workgroup, or the partner through its link.' }),
});

export const ZAction = z
  .object({
    id: z.uuid(),
    agendaItemId: z.uuid().nullable(),
    title: z.string(),
    partnerId: z.uuid().nullable(),
    partnerName: z.string().nullable(),
    ownerName: z.string(),
    status: actionStatus,
    stopReason: z.string(),
    dueOn: day.nullable(),
    nextStep: z.string(),
    overdue: z.boolean().meta({ description: 'The due day has passed (Europe/Amsterdam) and the action is not done or stopped.' }),
    lastUpdateAt: dateTime.nullable(),
    createdAt: dateTime,
    updates: z.array(ZActionUpdate).meta({ description: 'Newest first.' }),
  })
  .meta({ description: 'An action on the change agenda (veranderagenda): what is done with an agenda item, by which partner, by when.' });

export const ZActionList = z.object({ items: z.array(ZAction) });

const text = (max: number) => z.string().trim().max(max);

/** PATCH an action: only the fields sent change. */
export const ZActionPatch = z
  .strictObject({
    title: text(200).min(1).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    stopReason: text(1000).optional().meta({ description: 'Required when the status is stopped.' }),
    ownerName: text(200).optional(),
    dueOn: day.nullable().optional(),
    nextStep: text(1000).optional(),
    partnerId: z.uuid().nullable().optional(),
    agendaItemId: z.uuid().nullable().optional(),
  })
  .meta({ description: 'The fields to change; the others stay as they are.' });

/** POST an update (progress) to an action. */
export const ZActionUpdateInput = z
  .strictObject({
    text: text(2000).min(1).meta({ description: 'What happened.' }),
    evidence: text(1000).optional().meta({ description: 'Where to see it (a link, a document).' }),
    status: z.enum(ACTION_STATUSES).optional().meta({ description: 'The new status; the current one when left out.' }),
    stopReason: text(1000).optional().meta({ description: 'Required when the status is stopped.' }),
  })
  .meta({ description: 'A dated update by the token’s member. Send an Idempotency-Key header to make a retry safe.' });

export const API_ERROR_CODES = ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'too_many_requests'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ZApiError = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      field: z.string().optional().meta({ description: 'For a conflict: the field it is about.' }),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'For bad_request: what is wrong with the body or the query.' }),
    }),
  })
  .meta({ description: 'Every error answers this shape.' });
