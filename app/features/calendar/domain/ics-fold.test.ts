import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldIcs, foldLine, unfoldIcs } from './ics-fold';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
// Text of every width in UTF-8: ASCII, Latin (Ü), Arabic, CJK and emoji (4 octets).
const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom('a', ' ', 'Ü', 'é', 'ش', 'م', '中', '😀', ';', ','), fc.string({ unit: 'grapheme', maxLength: 1 })),
  maxLength: 400,
  // Long lines too: fast-check's default size would keep them short.
  size: 'max',
});

describe('foldLine', () => {
  it('keeps every line at 75 octets or less, unfolds to the original, and never splits a character', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldLine(line);
        const lines = folded.split('\r\n');
        for (const [i, l] of lines.entries()) {
          expect(octets(l)).toBeLessThanOrEqual(75);
          if (i > 0) expect(l.startsWith(' ')).toBe(true);
          // A split UTF-8 sequence would show as a lone surrogate or U+FFFD after a round trip through bytes.
          expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
        }
        expect(unfoldIcs(folded)).toBe(line);
      }),
    );
  });

  it('folds multi-byte text by octets, not characters', () => {
    const line = `SUMMARY:${'Ü'.repeat(80)}`;
    const lines = foldLine(line).split('\r\n');
    // 8 octets of "SUMMARY:" and 33 Ü (66 octets) make 74; a 34th would make 76.
    expect(lines[0]).toBe(`SUMMARY:${'Ü'.repeat(33)}`);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    const arabic = foldLine(`LOCATION:${'مركز الحي '.repeat(20)}`).split('\r\n');
    expect(arabic.every((l) => octets(l) <= 75)).toBe(true);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('UID:abc@spiegel')).toBe('UID:abc@spiegel');
  });
});

describe('foldIcs', () => {
  it('refolds text folded by characters (with a tab) and keeps the final line break', () => {
    const byCharacters = `BEGIN:VCALENDAR\r\nSUMMARY:${'Ü'.repeat(67)}\r\n\t${'Ü'.repeat(13)}\r\nEND:VCALENDAR\r\n`;
    const folded = foldIcs(byCharacters);
    expect(folded.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(folded.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(unfoldIcs(folded)).toBe(`BEGIN:VCALENDAR\r\nSUMMARY:${'Ü'.repeat(80)}\r\nEND:VCALENDAR\r\n`);
  });
});
