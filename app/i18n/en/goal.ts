import type { goal as nl } from '../nl/goal';

export const goal: Record<keyof typeof nl, string> = {
  title: 'Goal and strategy',
  intro:
    'Agree together on what you want to achieve with this mirror trajectory. Keep it short and concrete. You will look at it again now and then during the trajectory.',
  readOnly: 'You can view this step. Only the workgroup and coordinators can change it.',
  shortTermLabel: 'Short-term goal',
  shortTermHint:
    'What do you want to have achieved right after the mirror meeting? For example: parents feel heard, and professionals know better what goes on in the neighbourhood.',
  longTermLabel: 'Long-term goal',
  longTermHint:
    'What should be different in a few years? For example: the support in the neighbourhood really fits what families need and adds to their well-being.',
  horizonLabel: 'Horizon',
  horizonHint:
    'What are you ultimately working towards? For example: parents are a lasting partner in shaping policy and support, not only in this trajectory.',
  visionLabel: 'Link to an existing vision on parenting',
  visionHint: 'Does your municipality or coalition already have a vision on growing up and parenting? Enter its web address here.',
  visionOpen: 'View the vision',
  saveGoals: 'Save goals',
  goalsSaved: 'The goals have been saved.',
  reviewsTitle: 'Does the goal still fit?',
  reviewsIntro: 'Look back now and then during the trajectory: does the goal still fit, and what has changed? This keeps a record of how the goal develops.',
  reviewsEmpty: 'Nobody has looked back at the goal yet.',
  reviewOn: 'Reviewed on {date}',
  reviewBy: 'by {name}',
  reviewStillFits: 'The goal still fits',
  reviewNoLongerFits: 'The goal no longer fits',
  reviewAddTitle: 'Add a review',
  reviewDateLabel: 'Date',
  reviewFitsLabel: 'Does the goal still fit?',
  reviewWhatChangedLabel: 'What has changed?',
  reviewWhatChangedHint: 'For example: new partners, a different theme, or what the workgroup has learned.',
  reviewAdd: 'Save review',
  reviewSaved: 'The review has been saved.',
  unknownAuthor: 'unknown',
};
