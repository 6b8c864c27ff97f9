// Form schemas of the goal page (S1). Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';

export const ZGoals = z.object({
  intent: z.literal('goals'),
  shortTermGoal: f.text(2000),
  longTermGoal: f.text(2000),
  horizonGoal: f.text(2000),
  visionLink: f.optionalUrl(),
});

export const ZReview = z.object({
  intent: z.literal('review'),
  reviewedOn: f.day(),
  stillFits: f.choice(['yes', 'no']),
  whatChanged: f.text(2000),
});

export const ZGoalForms = z.discriminatedUnion('intent', [ZGoals, ZReview]);
