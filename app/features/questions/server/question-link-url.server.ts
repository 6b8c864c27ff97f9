import { config } from '#app/utils/config.server';

/** The open question link: anyone with it hands in a question, no account needed. */
export const questionLinkUrl = (code: string) => `${config.appUrl}/p/questions/${code}`;
