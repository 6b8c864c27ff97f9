import { randomBytes } from 'node:crypto';
import { minSecondsFrom } from '../domain/signup-guard';

// SESSION_SECRET keeps timestamps valid across restarts and instances; without it a random
// secret per process is enough (at worst someone is asked to press the button once more).
const secret = process.env.SESSION_SECRET || randomBytes(32).toString('hex');

export function signupSecret(): string {
  return secret;
}

/** Seconds a person needs at least to fill the form (SIGNUP_MIN_SECONDS, default 3). */
export function signupMinSeconds(): number {
  return minSecondsFrom(process.env.SIGNUP_MIN_SECONDS);
}
