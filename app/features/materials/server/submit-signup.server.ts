import { checkFormTime, isHoneypotFilled } from '../domain/signup-guard';
import { registerSignup, type SignupInput } from './register-signup.server';
import { signupMinSeconds, signupSecret } from './signup-guard.server';

export type SignupOutcome = 'saved' | 'ignored' | 'too-fast' | 'invalid-time';

/**
 * A checked sign-up from the public page. A filled honeypot is ignored quietly (the sender sees
 * the thank-you page, nothing is saved); a form sent too fast or without a valid timestamp is
 * sent back with a friendly message. Only then is the sign-up saved.
 */
export async function submitSignup({
  code,
  input,
  honeypot,
  startedAt,
  now = Date.now(),
}: {
  code: string;
  input: SignupInput;
  honeypot: unknown;
  startedAt: string;
  now?: number;
}): Promise<SignupOutcome> {
  if (isHoneypotFilled(honeypot)) return 'ignored';
  const time = checkFormTime(startedAt, now, signupSecret(), signupMinSeconds());
  if (time === 'too-fast') return 'too-fast';
  if (time === 'invalid') return 'invalid-time';
  await registerSignup({ code, input, now: new Date(now) });
  return 'saved';
}
