// Build time (Node), for vite.config.ts: each route module brings the browser the texts its code can
// show, in nl and en, and no others (issue 15; docs/decisions/0027-texts-per-route.md). The texts are
// found by reading the route's import graph for keys ("area.name"; a key built as `area.prefix_${…}`
// takes every key with that prefix). Server modules count too: their rule errors reach the page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { flatTexts } from './flat-texts.ts';
import type { Catalogue } from './i18n';

// Runtime imports and re-exports (not `import type`), and dynamic imports.
const IMPORT = /\b(?:import|export)\s+(?!type\s)(?:[^'";]*?\bfrom\s*)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;
const KEY = /['"`]([a-z][A-Za-z]*)\.([A-Za-z0-9_]*)(['"`]|\$\{)/g;

export type KeyIndex = { keys: ReadonlySet<string>; byArea: ReadonlyMap<string, readonly string[]> };

export function keyIndex(keys: Iterable<string>): KeyIndex {
  const byArea = new Map<string, string[]>();
  for (const key of keys) {
    const area = key.slice(0, key.indexOf('.'));
    byArea.set(area, [...(byArea.get(area) ?? []), key]);
  }
  return { keys: new Set(keys), byArea };
}

/** The keys a source text names: whole keys that exist, and every key under a prefix it builds on. */
export function keysIn(source: string, index: KeyIndex): string[] {
  const found: string[] = [];
  for (const [, area, name, end] of source.matchAll(KEY)) {
    if (end === '${') found.push(...(index.byArea.get(area!) ?? []).filter((key) => key.startsWith(`${area}.${name}`)));
    else if (index.keys.has(`${area}.${name}`)) found.push(`${area}.${name}`);
  }
  return found;
}

function resolve(spec: string, from: string, appDir: string): string | null {
  const bare = spec.split('?')[0]!;
  const base = bare.startsWith('#app/') ? path.join(appDir, bare.slice(5)) : bare.startsWith('.') ? path.resolve(path.dirname(from), bare) : null;
  if (!base) return null;
  for (const file of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

/** Every key the module and what it imports (within the app) can use. */
export function graphKeys(entry: string, appDir: string, index: KeyIndex, cache = new Map<string, { keys: string[]; imports: string[] }>()): Set<string> {
  const catalogues = [path.join(appDir, 'i18n', 'nl'), path.join(appDir, 'i18n', 'en')];
  const seen = new Set<string>();
  const keys = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || catalogues.some((dir) => file.startsWith(dir + path.sep))) continue;
    seen.add(file);
    let read = cache.get(file);
    if (!read) {
      const source = readFileSync(file, 'utf8');
      const imports = [...source.matchAll(IMPORT)].map((m) => resolve((m[1] ?? m[2])!, file, appDir)).filter((f): f is string => f !== null);
      read = { keys: keysIn(source, index), imports };
      cache.set(file, read);
    }
    for (const key of read.keys) keys.add(key);
    queue.push(...read.imports);
  }
  return keys;
}

const PREFIX = 'virtual:spiegel-texts/';

/**
 * The Vite plugin: in the browser build each route module (and the root) imports a small module
 * that provides its texts before it renders; the root's texts are not repeated in the routes'.
 */
export function routeTexts(appDir: string): Plugin {
  // The catalogues are TypeScript: loaded through Vite itself, not bundled into the config.
  const catalogue = async (locale: 'nl' | 'en') =>
    flatTexts((await runnerImport<Record<string, Catalogue>>(path.join(appDir, 'i18n', locale, 'index.ts'), { configFile: false })).module[locale]!);
  let texts: Record<'nl' | 'en', Record<string, string>> = { nl: {}, en: {} };
  let index = keyIndex([]);
  const root = path.join(appDir, 'root.tsx');
  const routes = path.join(appDir, 'routes') + path.sep;
  let cache = new Map<string, { keys: string[]; imports: string[] }>();
  // The root's texts, read once per build: every route leaves them out.
  let rootKeys: Set<string> | undefined;
  return {
    name: 'spiegel-route-texts',
    async buildStart() {
      cache = new Map();
      rootKeys = undefined;
      texts = { nl: await catalogue('nl'), en: await catalogue('en') };
      index = keyIndex(Object.keys(texts.nl));
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const file = path.join(appDir, id.slice(PREFIX.length + 1));
      const keys = graphKeys(file, appDir, index, cache);
      rootKeys ??= graphKeys(root, appDir, index, cache);
      if (file !== root) for (const key of rootKeys) keys.delete(key);
      const pick = (all: Record<string, string>) => Object.fromEntries([...keys].sort().map((key) => [key, all[key]!]));
      return `import { provideTexts } from ${JSON.stringify(path.join(appDir, 'i18n', 'i18n.ts'))};\nprovideTexts(${JSON.stringify({ nl: pick(texts.nl), en: pick(texts.en) })});\n`;
    },
    transform(code, id, options) {
      const file = id.split('?')[0]!;
      if (options?.ssr || (file !== root && !file.startsWith(routes)) || !/\.tsx?$/.test(file)) return null;
      return { code: `${code}\nimport ${JSON.stringify(PREFIX + path.relative(appDir, file))};\n`, map: null };
    },
  };
}
