import type { Catalogue } from './i18n';

/** A catalogue as texts by key ("area.name"). */
export function flatTexts(catalogue: Catalogue): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalogue).flatMap(([area, texts]) => Object.entries(texts as Record<string, string>).map(([name, text]) => [`${area}.${name}`, text])),
  );
}
