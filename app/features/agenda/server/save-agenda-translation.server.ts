import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { agendaSettings, changeAgenda, guardTexts, itemIn, saveTranslations } from './agenda-records.server';

/** Saves a person's translation of an item's plain-language text in one of the chosen languages; an empty text removes it. */
export async function saveAgendaTranslation(input: TrajectoryScope & { itemId: string; language: string; text: string }) {
  authorize(input, 'agenda.edit');
  await changeAgenda(input, async (tx, items) => {
    const item = itemIn(items, input.itemId);
    if (!(await agendaSettings(tx, input)).feedbackLanguages.includes(input.language)) throw new RuleError('agenda.languageNotChosen', 'text');
    await guardTexts(tx, input, { text: input.text });
    await saveTranslations(tx, input, item.id, { [input.language]: input.text });
  });
}
