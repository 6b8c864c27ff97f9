// Evaluates theme suggestions on the labelled Dutch set app/features/board/domain/theme-eval.nl.json:
// adjusted Rand index (ARI) against the labels and the share of notes left unassigned, for the
// engine as it was before the Dutch word list and synonyms (taken from git history) and as it is now.
// Two runs each: notes only (no themes yet), and the labelled theme names given as existing, empty themes.
// Usage: npm run eval:themes
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

/** The commit whose engine is "before": the last one with the surface-word engine. */
const BEFORE = 'e49d3fb';
const root = fileURLToPath(new URL('..', import.meta.url));
const domain = (file) => new URL(`../app/features/board/domain/${file}`, import.meta.url).href;

const { default: set } = await tsImport(domain('theme-eval.nl.json'), import.meta.url);
const { evaluate } = await tsImport(domain('theme-eval.ts'), import.meta.url);
const now = await tsImport(domain('cluster.ts'), import.meta.url);
const before = await loadBefore();

const notes = set.notes.map((n) => ({ id: n.id, text: n.text, themeId: null }));
const labels = set.notes.map((n) => ({ id: n.id, theme: n.theme }));
const goldThemes = set.themes.map((t) => ({ id: t.id, name: t.name }));

const percent = (x) => (x === null ? '–' : `${Math.round(x * 100)}%`);
const rows = [];
for (const [engine, suggest] of [...(before ? [['before', before.suggestThemes]] : []), ['now', now.suggestThemes]]) {
  for (const [mode, themes] of [
    ['notes only', []],
    ['theme names given', goldThemes],
  ]) {
    const started = performance.now();
    const figures = evaluate(labels, suggest(notes, themes));
    const ms = performance.now() - started;
    rows.push({
      engine,
      mode,
      'ARI assigned': figures.ariAssigned.toFixed(2),
      'ARI all': figures.ariAll.toFixed(2),
      unassigned: percent(figures.unassigned),
      groups: figures.groups,
      'right theme': percent(figures.rightTheme),
      ms: Math.round(ms),
    });
  }
}

console.log(`Theme suggestions on ${set.notes.length} labelled notes, ${set.themes.length} themes (theme-eval.nl.json).`);
console.log('ARI assigned: over the notes a suggestion holds; ARI all: over all notes, each unassigned note a group of its own.');
console.log(
  'right theme: of the notes suggested for a given theme, the share labelled with it. ms: this machine, first call includes loading the word list.\n',
);
console.table(rows);

// A full board: 200 notes (the set plus 40 again under new ids), timed after the word list is loaded.
const board = [...notes, ...notes.slice(0, 40).map((n) => ({ ...n, id: `x${n.id}` }))];
const started = performance.now();
now.suggestThemes(board, []);
console.log(`\nA board of ${board.length} notes: ${Math.round(performance.now() - started)} ms (word list already loaded).`);

/** The engine as of BEFORE, or null (with a note) where git history is not at hand. */
async function loadBefore() {
  try {
    return await tsImport(baselineFile(), import.meta.url);
  } catch (error) {
    console.log(`(The engine of ${BEFORE} is not at hand: ${error.message.split('\n')[0]}. Showing the current engine only.)`);
    return null;
  }
}

/** The engine as of BEFORE, copied out of git into a scratch folder inside node_modules (so its packages resolve). */
function baselineFile() {
  const folder = `${root}node_modules/.cache/eval-themes-before`;
  mkdirSync(folder, { recursive: true });
  for (const file of ['cluster.ts', 'text-similarity.ts', 'types.ts']) {
    const source = execFileSync('git', ['show', `${BEFORE}:app/features/board/domain/${file}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    writeFileSync(`${folder}/${file}`, source);
  }
  return `${folder}/cluster.ts`;
}
