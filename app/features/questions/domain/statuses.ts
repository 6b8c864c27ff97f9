// Where a handed-in question stands in the workgroup's curation.
export const QUESTION_STATUSES = ['submitted', 'chosen', 'merged', 'set_aside'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
