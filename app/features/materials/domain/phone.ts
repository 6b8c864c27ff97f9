/** A phone number as people type it: digits with spaces, dashes, dots, brackets and a leading +; 8 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  const v = value.trim();
  if (!/^\+?[\d\s\-.()/]+$/.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
}
