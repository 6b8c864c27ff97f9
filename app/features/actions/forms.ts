// The actions' form fields (route contract): the trajectory's change agenda, the partner's page, the organisation's overview.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { ACTION_STATUSES } from './domain/statuses';

/** '' (none chosen) or the id of a row on the page. */
const optionalId = z
  .union([z.literal(''), z.uuid()], { error: 'validation.choose' })
  .default('')
  .transform((v) => v || null);

const optionalDay = z
  .union([z.literal(''), f.day()], { error: 'validation.date' })
  .default('')
  .transform((v) => v || null);

/** The stop reason is checked by the operation (stopped needs one), so it comes back next to its field. */
const statusFields = { status: f.choice(ACTION_STATUSES), stopReason: f.text(1000) };

const actionFields = {
  title: f.required(200),
  agendaItemId: optionalId,
  partnerId: optionalId,
  ownerName: f.text(200),
  ...statusFields,
  dueOn: optionalDay,
  nextStep: f.text(1000),
};

const updateFields = { text: f.required(2000), evidence: f.text(1000), ...statusFields };

export const ZActionForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add-action'), ...actionFields }),
  z.object({ intent: z.literal('edit-action'), actionId: f.uuid(), ...actionFields }),
  z.object({ intent: z.literal('remove-action'), actionId: f.uuid() }),
  z.object({ intent: z.literal('add-update'), actionId: f.uuid(), ...updateFields }),
]);
export type ActionIntent = z.infer<typeof ZActionForms>['intent'];

/** An update through the partner's personal link. */
export const PARTNER_UPDATE_INTENT = 'action-update';
export const ZPartnerActionUpdate = z.object({ intent: z.literal(PARTNER_UPDATE_INTENT), actionId: f.uuid(), ...updateFields });

// Filters come from a GET form or a shared link: anything odd is simply ignored.
export const ZOrgActionFilters = z.object({
  status: z.enum(ACTION_STATUSES).or(z.literal('')).catch('').default(''),
  partner: z.string().trim().max(200).catch('').default(''),
  trajectory: z.uuid().or(z.literal('')).catch('').default(''),
  overdue: z
    .literal('on')
    .or(z.literal(''))
    .catch('')
    .default('')
    .transform((v) => v === 'on'),
});
export type OrgActionFilterValues = z.infer<typeof ZOrgActionFilters>;

/** The overview's filters from its address (the page and its download share them), and as listOrgActions takes them. */
export function orgActionFiltersFrom(url: URL) {
  const filters = ZOrgActionFilters.parse(Object.fromEntries(url.searchParams));
  return {
    filters,
    query: {
      status: filters.status || undefined,
      partner: filters.partner || undefined,
      trajectoryId: filters.trajectory || undefined,
      overdue: filters.overdue,
    },
  };
}
