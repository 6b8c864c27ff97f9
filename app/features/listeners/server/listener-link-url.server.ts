import { config } from '#app/utils/config.server';

/** The listener's personal page: answer per meeting and hand in questions, without an account. */
export const listenerLinkUrl = (linkToken: string) => `${config.appUrl}/p/listener/${linkToken}`;
