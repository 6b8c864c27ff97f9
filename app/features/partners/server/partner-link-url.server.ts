import { config } from '#app/utils/config.server';

/** The partner's personal page: sign the statement of intent and react to statements, without an account. */
export const partnerLinkUrl = (linkToken: string) => `${config.appUrl}/p/partner/${linkToken}`;
