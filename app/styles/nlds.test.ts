// The stylesheet lists the NL Design System components Spiegel uses, one package each (issue 15,
// light pages): a component class used in the app without its stylesheet would render unstyled,
// and a listed stylesheet nobody uses is weight every page carries.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** Classes that appear in the code but need no component stylesheet of their own. */
const withoutStylesheet = new Map([
  ['utrecht-badge-status', 'styled by spiegel-badge in app.css'],
  ['utrecht-heading', 'prefix of utrecht-heading-${level} in components/ui.tsx (levels 1 to 4 are listed)'],
  ['utrecht-theme', 'the design tokens class (@utrecht/design-tokens)'],
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx?|css)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Component classes (`utrecht-button`, not `--utrecht-button-color` or a `--modifier`) used in the app. */
function usedComponents(): Set<string> {
  const used = new Set<string>();
  for (const file of sources(root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/(?<![\w-])utrecht-[a-z0-9]+(?:-[a-z0-9]+)*/g)) used.add(match[0]);
  }
  return used;
}

const listed = [...readFileSync(join(root, 'styles/nlds.css'), 'utf8').matchAll(/@import '([^']+)';/g)].map((m) => m[1]!);
const listedCss = listed.map((path) => readFileSync(require.resolve(path), 'utf8')).join('\n');

describe('the NL Design System stylesheet', () => {
  it('holds a stylesheet for every component class the app uses', () => {
    const missing = [...usedComponents()].filter((name) => !withoutStylesheet.has(name) && !listedCss.includes(`.${name}`));
    expect(missing).toEqual([]);
  });

  it('lists no component the app does not use', () => {
    const used = usedComponents();
    const unused = listed.filter((path) => {
      const component = /@utrecht\/(.+)-css\//.exec(path)?.[1];
      return !component || !used.has(`utrecht-${component}`);
    });
    // Heading 4 is reached through utrecht-heading-${level}.
    expect(unused).toEqual(['@utrecht/heading-4-css/dist/index.css']);
  });
});
