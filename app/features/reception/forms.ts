// The welcome desk's small forms: every action is its own form, so the desk works without JavaScript.
import { z } from 'zod';
import { f } from '#app/utils/forms';

const yesNo = f.choice(['yes', 'no'] as const).transform((v) => v === 'yes');

export const ZReceptionForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('checkin'), participantId: f.uuid(), present: yesNo }),
  z.object({ intent: z.literal('consent'), participantId: f.uuid(), minutes: yesNo, photos: yesNo }),
  z.object({ intent: z.literal('interpreter'), participantId: f.uuid(), language: f.text(100), interpreter: f.text(100) }),
  z.object({ intent: z.literal('confidentiality'), agreed: yesNo }),
  z.object({ intent: z.literal('listener'), listenerId: f.uuid(), present: yesNo }),
]);
