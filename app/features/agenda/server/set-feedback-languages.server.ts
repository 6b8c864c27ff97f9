import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { sortLanguages } from '#app/features/materials/domain/languages';
import { RuleError } from '#app/utils/rule-error';
import { FEEDBACK_LANGUAGE_CODES } from '../domain/languages';
import { changeAgenda, setAgendaSettings } from './agenda-records.server';

/** The languages (besides Dutch) the parents read the agenda in. Translations of a language taken off are kept, in case it comes back. */
export async function setFeedbackLanguages(input: TrajectoryScope & { languages: string[] }) {
  authorize(input, 'agenda.edit');
  if (input.languages.some((code) => !FEEDBACK_LANGUAGE_CODES.includes(code))) throw new RuleError('agenda.languageUnknown', 'languages');
  await changeAgenda(input, (tx) => setAgendaSettings(tx, input, { feedbackLanguages: sortLanguages([...new Set(input.languages)]) }));
}
