// Participant texts for translators (issue 15):
//   npm run translations -- missing [language…]      texts a language shows in Dutch for now
//   npm run translations -- export <language> [file]  a PO file to send to a translator
//   npm run translations -- import <language> <file>  checks the PO file, then writes app/i18n/participant/<language>.ts
// A new language is one new file; the import also registers it in app/i18n/participant/index.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { isParticipantLanguage, missingTexts, PARTICIPANT_LANGUAGES } from '#app/i18n/participant';
import { catalogueSource, exportPo, identifier, importPo } from '#app/i18n/participant/po';

const folder = join(import.meta.dirname, '../app/i18n/participant');
const [command, language, file] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function checkLanguage(code: string | undefined): string {
  if (!code || !/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(code)) fail('Give a language code such as "uk" or "pt-BR".');
  return code;
}

async function formatted(path: string, source: string): Promise<string> {
  return format(source, { ...(await resolveConfig(path)), filepath: path });
}

if (command === 'missing') {
  const languages = process.argv.slice(3).length ? process.argv.slice(3) : PARTICIPANT_LANGUAGES;
  for (const code of languages) {
    if (!isParticipantLanguage(code)) fail(`"${code}" has no participant texts yet.`);
    const missing = missingTexts(code);
    console.info(`${code}: ${missing.length === 0 ? 'complete' : `${missing.length} in Dutch for now`}`);
    for (const key of missing) console.info(`  ${key}`);
  }
} else if (command === 'export') {
  const code = checkLanguage(language);
  const text = exportPo(code);
  if (file) {
    writeFileSync(file, text);
    console.info(`Wrote ${file}.`);
  } else process.stdout.write(text);
} else if (command === 'import') {
  const code = checkLanguage(language);
  if (code === 'nl') fail('Dutch is the source: change app/i18n/participant/nl.ts itself.');
  if (!file || !existsSync(file)) fail('Give the PO file to import.');
  const { texts, problems } = importPo(code, readFileSync(file));
  if (problems.length > 0) fail(`Nothing imported; fix these first:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const path = join(folder, `${code}.ts`);
  writeFileSync(path, await formatted(path, catalogueSource(code, texts)));
  if (!isParticipantLanguage(code)) {
    const indexPath = join(folder, 'index.ts');
    const name = identifier(code);
    const index = readFileSync(indexPath, 'utf8')
      .replace("import { nl } from './nl';", `import { nl } from './nl';\nimport { ${name} } from './${code}';`)
      .replace(/const catalogues = \{ ([^}]+) \}/, (_, list: string) => `const catalogues = { ${list}, ${code === name ? name : `'${code}': ${name}`} }`);
    writeFileSync(indexPath, await formatted(indexPath, index));
  }
  console.info(`Imported ${texts.size} texts into ${path}.`);
} else {
  fail('Use: npm run translations -- missing [language…] | export <language> [file] | import <language> <file>');
}
