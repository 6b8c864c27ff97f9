import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatTexts } from './flat-texts';
import { nl } from './nl';
import { graphKeys, keyIndex, keysIn } from './route-texts';

const app = fileURLToPath(new URL('..', import.meta.url));
const index = keyIndex(Object.keys(flatTexts(nl)));
const route = (file: string) => graphKeys(path.join(app, file), app, index);

describe('the texts a route brings to the browser', () => {
  it('finds whole keys, and every key under a prefix a template builds on', () => {
    expect(keysIn(`t('common.save'); t("auth.lastSeen")`, index)).toEqual(['common.save', 'auth.lastSeen']);
    const built = keysIn('t(`board.phase_${phase}`)', index);
    expect(built.length).toBeGreaterThan(2);
    expect(built.every((key) => key.startsWith('board.phase_'))).toBe(true);
    // Not keys: unknown areas and names, a file name, a sentence.
    expect(keysIn(`'common.nope' 'styles.css' "Zie common.save hier" 'nl-NL'`, index)).toEqual([]);
  });

  it('follows the route through its imports, server modules included (their rule errors reach the page)', () => {
    const login = route('routes/login.tsx');
    expect(login.has('auth.sendLink')).toBe(true);
    expect(login.has('board.phase_notes')).toBe(false);
    // The report page: "the place has changed" comes from a server module.
    expect(route('routes/report-page.tsx').has('reports.placeChanged')).toBe(true);
    expect(route('root.tsx').has('common.skipToContent')).toBe(true);
  });

  it('sends a staff page a small part of the catalogue', () => {
    const all = index.keys.size;
    for (const file of ['routes/login.tsx', 'routes/trajectory-overview.tsx', 'routes/step-board.tsx']) {
      expect(route(file).size, file).toBeLessThan(all / 3);
    }
  });
});
