// The Dutch flyer's starting text (B1, "u"). It is data the workgroup edits, not interface
// text, so it lives here rather than in the message catalogue. Other languages start empty:
// the workgroup writes those itself (no machine translation).

export type FlyerContent = { title: string; whatHappens: string; whatYouGet: string; contactName: string; contactPhone: string };

const MAX_TITLE_THEME = 90;

function cleanTheme(theme: string): string {
  return theme.trim().replace(/\s+/g, ' ').replace(/[.]+$/, '');
}

/** A short, inviting title built from the theme of step 4. */
export function defaultFlyerTitle(theme: string): string {
  const t = cleanTheme(theme);
  if (!t || t.length > MAX_TITLE_THEME) return 'Praat mee! Uw ervaring telt';
  return `Praat mee! ${t}`;
}

export function defaultWhatHappens(theme: string): string {
  const t = cleanTheme(theme);
  return [
    'Wij nodigen ouders uit voor een gesprek in een kleine groep.',
    t ? `Het gesprek gaat over: ${t}.` : 'Het gesprek gaat over opgroeien en opvoeden in uw wijk.',
    'Een gespreksleider stelt de vragen. U vertelt wat u zelf heeft meegemaakt.',
    'Om de groep heen zitten mensen die werken voor gezinnen, bijvoorbeeld van het consultatiebureau, de school en de gemeente. Zij luisteren alleen. Zo leren zij wat ouders echt nodig hebben.',
    'U hoeft niets voor te bereiden. Uw naam komt niet in het verslag.',
  ].join('\n');
}

export const DEFAULT_WHAT_YOU_GET = [
  'Eten en drinken.',
  'Een vergoeding als dank voor uw tijd.',
  'Opvang voor uw kinderen.',
  'Een tolk, als u dat wilt.',
  'Hulp bij vervoer, als dat nodig is.',
].join('\n');

/** The Dutch flyer as it first appears, filled from the trajectory. */
export function defaultDutchFlyer({ theme, contactName }: { theme: string; contactName: string }): FlyerContent {
  return {
    title: defaultFlyerTitle(theme),
    whatHappens: defaultWhatHappens(theme),
    whatYouGet: DEFAULT_WHAT_YOU_GET,
    contactName,
    contactPhone: '',
  };
}
