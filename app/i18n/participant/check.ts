// Whether a translation can stand in for its Dutch source: the same placeholders, and every plural
// form the language needs (Intl.PluralRules). Used by the catalogue test and the PO import.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

type Argument = { kind: 'value' | 'plural' | 'select'; options: string[] };

function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Argument>()): Map<string, Argument> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      if (!found.has(element.value)) found.set(element.value, { kind: 'value', options: [] });
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.set(element.value, { kind: element.type === TYPE.plural ? 'plural' : 'select', options: Object.keys(element.options) });
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

/** The plural categories a language needs ("one", "few", "many", "other" for Ukrainian). */
export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** What is wrong with a translation of a Dutch message, in plain words; empty when nothing is. */
export function translationProblems(dutch: string, translation: string, language: string): string[] {
  let source: Map<string, Argument>;
  let target: Map<string, Argument>;
  try {
    source = argumentsOf(parse(dutch, { ignoreTag: true }));
  } catch {
    return ['the Dutch text is not a valid message'];
  }
  try {
    target = argumentsOf(parse(translation, { ignoreTag: true }));
  } catch (error) {
    return [`not a valid message (${error instanceof Error ? error.message : 'parse error'}): check the { } and apostrophes`];
  }
  const problems: string[] = [];
  for (const [name, argument] of source) {
    const found = target.get(name);
    if (!found) {
      problems.push(`{${name}} is missing`);
      continue;
    }
    if (argument.kind !== found.kind) problems.push(`{${name}} must be a ${argument.kind}`);
    else if (argument.kind === 'plural') {
      const missing = pluralCategories(language).filter((category) => !found.options.includes(category));
      if (missing.length > 0) problems.push(`{${name}} needs the plural forms ${missing.join(', ')}`);
    } else if (argument.kind === 'select') {
      const missing = argument.options.filter((option) => !found.options.includes(option));
      if (missing.length > 0) problems.push(`{${name}} needs the choices ${missing.join(', ')}`);
    }
  }
  for (const name of target.keys()) if (!source.has(name)) problems.push(`{${name}} is not in the Dutch text`);
  return problems;
}
