// The board's phone pages speak the phone's language (issue 15): every board text they can show
// must be in the participant catalogue's board area, which their loader sends (the same keys as the
// staff catalogue, so the components keep asking useT).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl as staff } from '#app/i18n/nl';
import { ownText, type ParticipantKey } from '#app/i18n/participant';

const app = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(app, path), 'utf8');

/** The phone's own files, and the parts of board-ui.tsx the phone renders. */
function phoneSource(): string {
  const shared = read('features/board/ui/board-ui.tsx');
  const used = ['BoardForm', 'Panel', 'Prompts', 'PhaseBadge', 'LiveStatus', 'NoteMarks', 'NotesBoard', 'TouchedNotes', 'TopList', 'criterionLabel'];
  const parts = used.map((name) => {
    const start = shared.search(new RegExp(`export (function|const) ${name}\\b`));
    expect(start, name).toBeGreaterThanOrEqual(0);
    const end = shared.indexOf('\n}\n', start);
    return shared.slice(start, end < 0 ? undefined : end);
  });
  const files = [
    'routes/board-participant.tsx',
    'features/board/ui/phone-page.tsx',
    'features/board/ui/participant-panels.tsx',
    'features/board/ui/vote-control.tsx',
  ];
  return [...files.map(read), ...parts].join('\n');
}

describe('the board phone’s texts', () => {
  it('are all in the participant catalogue, also the families built from a phase or criterion', () => {
    const source = phoneSource();
    const literal = [...source.matchAll(/'(board\.[A-Za-z0-9_]+)'/g)].map((m) => m[1]!);
    const families = [...source.matchAll(/`(board\.[A-Za-z_]+)\$\{/g)].map((m) => m[1]!);
    const fromFamilies = Object.keys(staff.board)
      .map((name) => `board.${name}`)
      .filter((key) => families.some((prefix) => key.startsWith(prefix)));
    expect(literal.length).toBeGreaterThan(40);
    expect(fromFamilies.length).toBeGreaterThan(10);
    const missing = [...new Set([...literal, ...fromFamilies])].filter((key) => ownText('nl', key as ParticipantKey) === undefined);
    expect(missing).toEqual([]);
  });

  it('keep the staff catalogue’s Dutch wording', () => {
    for (const [name, text] of Object.entries(staff.board)) {
      const own = ownText('nl', `board.${name}` as ParticipantKey);
      if (own !== undefined) expect(own, name).toBe(text);
    }
  });
});
