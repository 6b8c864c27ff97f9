import { RuleError } from '#app/utils/rule-error';
import { checkFormTime, isHoneypotFilled } from '../domain/signup-guard';
import { registerSignup, type SignupInput, signupMinSeconds, signupSecret } from './signup-records.server';

/**
 * A checked sign-up from the public page, authorised by the code on the flyer (404 for an
 * unknown one), not by a role. A filled honeypot is ignored quietly (the sender sees the
 * thank-you page, nothing is saved); a form sent too fast or without a valid timestamp is a
 * RuleError with a friendly message. Only then is the sign-up saved.
 */
export async function submitSignup({
  code,
  input,
  honeypot,
  startedAt,
  language = 'nl',
  now = Date.now(),
}: {
  code: string;
  /** The language the page (and its consent text) was shown in. */
  language?: string;
  input: SignupInput;
  honeypot: unknown;
  startedAt: string;
  now?: number;
}): Promise<'saved' | 'ignored'> {
  if (isHoneypotFilled(honeypot)) return 'ignored';
  const time = checkFormTime(startedAt, now, signupSecret(), signupMinSeconds());
  if (time === 'too-fast') throw new RuleError('materials.signupTooFast');
  if (time === 'invalid') throw new RuleError('materials.signupExpired');
  await registerSignup({ code, input, language, now: new Date(now) });
  return 'saved';
}
