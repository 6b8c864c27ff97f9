// The length and privacy rules for what people write on the board, checked again by the operations (the forms check the length first).
import { looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { RuleError } from '#app/utils/rule-error';

/** A note, idea or pledge: 1 to 280 characters once trimmed. */
export function noteText(text: string, field = 'text'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new RuleError('board.noteRequired', field);
  if (trimmed.length > 280) throw new RuleError('board.noteTooLong', field);
  // Everyone in the room reads the board: no phone number, e-mail address, street address or
  // titled name ("mevrouw Jansen"). Participants' first names are not checked here: that would add
  // a read of personal data to every note sent from a phone.
  if (looksIdentifying(trimmed)) throw new RuleError('privacy.identifying', field);
  return trimmed;
}

export function themeName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new RuleError('board.themeNameRequired', 'name');
  if (trimmed.length > 80) throw new RuleError('board.themeNameTooLong', 'name');
  return trimmed;
}
