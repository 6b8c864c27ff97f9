// Form schemas of the dates page (S5) and the school holidays page. Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { FEEDBACK_FORMS, MEETING_KINDS, normaliseTime } from './domain/meetings';
import { SCHOOL_REGIONS } from './domain/school-holidays-nl';

const optionalDay = z
  .string()
  .trim()
  .refine((v) => v === '' || f.day().safeParse(v).success, 'validation.date');
const optionalTime = z
  .string()
  .trim()
  .refine((v) => v === '' || normaliseTime(v) !== null, 'calendar.timeInvalid')
  .transform((v) => (v === '' ? '' : normaliseTime(v)!));

export const ZDatesAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('save'),
    mirrorDate: optionalDay,
    mirrorTime: optionalTime,
    followUpDate: optionalDay,
    followUpTime: optionalTime,
    feedbackDate: optionalDay,
    feedbackTime: optionalTime,
    feedbackForm: z.union([z.literal(''), f.choice(FEEDBACK_FORMS)], { error: 'validation.choose' }),
  }),
  z.object({ intent: z.literal('invite'), kind: f.choice(MEETING_KINDS) }),
]);

const holidayFields = {
  name: f.required(100),
  region: f.choice(['all', ...SCHOOL_REGIONS]),
  startsOn: f.day(),
  endsOn: f.day(),
};

export const ZHolidaysAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('region'), region: f.choice(SCHOOL_REGIONS) }),
  z.object({ intent: z.literal('add'), ...holidayFields }),
  z.object({ intent: z.literal('edit'), holidayId: f.uuid(), ...holidayFields }),
  z.object({ intent: z.literal('remove'), holidayId: f.uuid() }),
  // The file itself is read by the route: a form schema sees text only.
  z.object({ intent: z.literal('import') }),
]);
