// Form schemas of the workgroup page (S3). Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { WORKGROUP_ROLES } from './domain/workgroup-advice';

const person = z.string({ error: 'validation.choose' }).min(1, 'validation.choose').pipe(f.uuid());
const meetingFields = { heldOn: f.day(), agenda: f.text(4000), decisions: f.text(4000) };

export const ZWorkgroupAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add-role'), userId: person, role: f.choice(WORKGROUP_ROLES) }),
  z.object({ intent: z.literal('remove-role'), userId: f.uuid(), role: f.choice(WORKGROUP_ROLES) }),
  z.object({ intent: z.literal('add-meeting'), ...meetingFields }),
  z.object({ intent: z.literal('edit-meeting'), meetingId: f.uuid(), ...meetingFields }),
  z.object({ intent: z.literal('remove-meeting'), meetingId: f.uuid() }),
]);
