// The whole staff catalogue, for the server only: pages render with every text, mails and files
// are written with them, and each route module brings the browser only its own (route-texts.ts).
import { en } from './en';
import { flatTexts } from './flat-texts';
import { provideTexts } from './i18n';
import { nl } from './nl';

provideTexts({ nl: flatTexts(nl), en: flatTexts(en) });

export { createTranslator } from './i18n';
