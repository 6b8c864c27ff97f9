/** Normalises a sign-up code as typed from paper ("abcd 2345" → "ABCD2345"); null when it cannot be one. */
export function normaliseSignupCode(code: string): string | null {
  const clean = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z2-9]{4,16}$/.test(clean) ? clean : null;
}
