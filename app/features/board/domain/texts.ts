// The length and privacy rules for what people write on the board, checked again by the operations (the forms check the length first).
import { type KnownIdentifiers, looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { RuleError } from '#app/utils/rule-error';

/**
 * A note, idea or pledge: 1 to 280 characters once trimmed. Everyone in the room reads the board:
 * no phone number, e-mail address, street address or titled name ("mevrouw Jansen"), and none of
 * the trajectory's participants' names or contact data (`known`). The refusal says what kind of
 * thing in general, never which name it found.
 */
export function noteText(text: string, known: KnownIdentifiers, field = 'text'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new RuleError('board.noteRequired', field);
  if (trimmed.length > 280) throw new RuleError('board.noteTooLong', field);
  if (looksIdentifying(trimmed, known)) throw new RuleError('privacy.identifying', field);
  return trimmed;
}

/** A theme's name: 1 to 80 characters, and like a note nothing that identifies a participant. */
export function themeName(name: string, known: KnownIdentifiers): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new RuleError('board.themeNameRequired', 'name');
  if (trimmed.length > 80) throw new RuleError('board.themeNameTooLong', 'name');
  if (looksIdentifying(trimmed, known)) throw new RuleError('privacy.identifying', 'name');
  return trimmed;
}
