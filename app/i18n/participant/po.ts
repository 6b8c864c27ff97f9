// The participant texts as gettext PO files, the format translators' tools (Poedit, Weblate, Crowdin)
// read: each entry's context is the key, its msgid the Dutch source, its msgstr the translation (an
// ICU message: placeholders in { }, plural forms as {count, plural, one {…} other {…}}).
import { po, type GetTextTranslation } from 'gettext-parser';
import { pluralCategories, translationProblems } from './check';
import { isParticipantLanguage, ownText, PARTICIPANT_KEYS, type ParticipantKey } from './index';

const english = (key: ParticipantKey) => ownText('en', key);

/** A PO file of every participant text for a language, with what is already translated filled in. */
export function exportPo(language: string): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = { '': { '': { msgid: '', msgstr: [''] } } };
  const own = (key: ParticipantKey) => (isParticipantLanguage(language) ? ownText(language, key) : undefined);
  for (const key of PARTICIPANT_KEYS) {
    const dutch = ownText('nl', key)!;
    const notes = [
      language !== 'en' && english(key) ? `English: ${english(key)}` : '',
      /\bplural\b/.test(dutch) ? `Plural forms this language needs: ${pluralCategories(language).join(', ')}` : '',
      /\{\w+[},]/.test(dutch) ? 'Keep the words in { } as they are: they are filled in by the app.' : '',
    ].filter(Boolean);
    translations[key] = {
      [dutch]: { msgctxt: key, msgid: dutch, msgstr: [own(key) ?? ''], comments: notes.length ? { extracted: notes.join('\n') } : undefined },
    };
  }
  return po
    .compile({
      charset: 'utf-8',
      headers: {
        'Project-Id-Version': 'Spiegel participant texts',
        Language: language,
        'MIME-Version': '1.0',
        'Content-Type': 'text/plain; charset=UTF-8',
        'Content-Transfer-Encoding': '8bit',
        'X-Source-Language': 'nl',
      },
      translations,
    })
    .toString('utf8');
}

export type ImportResult = { texts: Map<ParticipantKey, string>; problems: string[] };

/** The translations of a PO file, checked against the Dutch texts; nothing counts when there are problems. */
export function importPo(language: string, file: string | Buffer): ImportResult {
  const problems: string[] = [];
  const texts = new Map<ParticipantKey, string>();
  let parsed;
  try {
    parsed = po.parse(file, { validation: true });
  } catch (error) {
    return { texts, problems: [`not a PO file: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const declared = parsed.headers.Language ?? parsed.headers.language;
  if (declared && declared.toLowerCase().replace('_', '-').split('-')[0] !== language)
    problems.push(`the file is for language "${declared}", not "${language}"`);
  const keys = new Set<string>(PARTICIPANT_KEYS);
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (!entry.msgid) continue;
      if (!keys.has(context)) {
        problems.push(`${context || entry.msgid}: no such text (any more)`);
        continue;
      }
      const key = context as ParticipantKey;
      const translation = entry.msgstr[0]?.trim() ?? '';
      if (!translation || entry.comments?.flag?.includes('fuzzy')) continue;
      const dutch = ownText('nl', key)!;
      if (entry.msgid !== dutch) {
        problems.push(`${key}: the Dutch text changed after this file was made; translate the new text: "${dutch}"`);
        continue;
      }
      for (const problem of translationProblems(dutch, translation, language)) problems.push(`${key}: ${problem}`);
      texts.set(key, translation);
    }
  }
  return { texts, problems };
}

/** The catalogue file of a language (app/i18n/participant/<language>.ts), areas and keys in the Dutch order. */
export function catalogueSource(language: string, texts: ReadonlyMap<ParticipantKey, string>): string {
  const areas = new Map<string, string[]>();
  for (const key of PARTICIPANT_KEYS) {
    const text = texts.get(key);
    if (text === undefined) continue;
    const [area, name] = key.split('.') as [string, string];
    areas.set(area, [...(areas.get(area) ?? []), `    ${name}: ${JSON.stringify(text)},`]);
  }
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  const body = [...areas].map(([area, lines]) => `  ${area}: {\n${lines.join('\n')}\n  },`).join('\n');
  return `// Texts parents and young people read (their page, letters, flyers), in ${name}.\n// Imported from a translator's PO file: npm run translations -- import ${language} <file>.\nimport type { ParticipantTexts } from './types';\n\nexport const ${identifier(language)} = {\n${body}\n} satisfies ParticipantTexts;\n`;
}

/** The exported name of a language's catalogue ("pt-BR" → "ptBR"). */
export function identifier(language: string): string {
  return language.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
