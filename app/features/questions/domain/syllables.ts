// A Dutch syllable counter, good enough for a readability score (not for hyphenation).
//
// Heuristic: every syllable has one vowel sound, so we count vowel units. Reading a word from
// left to right, at each vowel we take the longest known Dutch vowel unit that starts there:
//   three letters: eau (bureau), aai, ooi, oei, eeu, ieu (nieuw)
//   two letters:   aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, ou, au
//   one letter:    a, e, i, o, u, y
// Anything else between vowels is a consonant. A final 'e' is pronounced in Dutch (the schwa in
// "ouder-e", "mooi-e"), so it counts like any other vowel; we do not drop it as English counters do.
// A diaeresis marks a new syllable (ideeën, ruïne), so an accented vowel never joins the unit
// before it. 'y' before a vowel at the start of a word is a consonant (yoga). Words without a
// vowel (GGD, mw) count as one syllable.

const TRIPLES = ['eau', 'aai', 'ooi', 'oei', 'eeu', 'ieu'];
const PAIRS = ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au'];
const VOWELS = 'aeiouy';

type Letter = { ch: string; breakBefore: boolean };

/** Lowercase letters with accents removed; a diaeresis on a letter marks a syllable break before it. */
function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (ch === '\u0308') {
      const last = out[out.length - 1];
      if (last) last.breakBefore = true;
    } else if (/\p{L}/u.test(ch)) {
      out.push({ ch, breakBefore: false });
    }
  }
  return out;
}

export function countSyllables(word: string): number {
  const ls = letters(word);
  let count = 0;
  let i = 0;
  while (i < ls.length) {
    const ch = ls[i]!.ch;
    const isVowel = VOWELS.includes(ch) && !(ch === 'y' && i === 0 && VOWELS.includes(ls[1]?.ch ?? ''));
    if (!isVowel) {
      i++;
      continue;
    }
    // Longest unit first; a unit never crosses a diaeresis break.
    let size = 1;
    for (const [units, n] of [
      [TRIPLES, 3],
      [PAIRS, 2],
    ] as const) {
      const part = ls.slice(i, i + n);
      if (part.length === n && !part.slice(1).some((l) => l.breakBefore) && units.includes(part.map((l) => l.ch).join(''))) {
        size = n;
        break;
      }
    }
    count++;
    i += size;
  }
  return Math.max(1, count);
}
