import { config } from '#app/utils/config.server';

/** The address printed on flyers and behind the QR code. */
export function signupUrl(code: string): string {
  return `${config.appUrl}/p/signup/${code}`;
}
