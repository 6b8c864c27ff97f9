// The one privacy guard (R2): finds what makes a text identifying (a participant's name, a phone
// number, an e-mail address, a street address) and says WHERE and WHAT KIND only. It never names
// the participant or pseudonym that matched, so asking it teaches nothing about who is who.
// Pure: the caller passes the trajectory's known identifiers (read on the server, never sent out).

export type FindingKind = 'name' | 'phone' | 'email' | 'address';
/** A place in the ORIGINAL text (UTF-16 offsets, end exclusive) that looks identifying. */
export type Finding = { start: number; end: number; kind: FindingKind };

export type KnownIdentifiers = {
  firstNames: readonly string[];
  surnames: readonly string[];
  phones: readonly string[];
  emails: readonly string[];
  addresses: readonly string[];
};
export const NO_IDENTIFIERS: KnownIdentifiers = { firstNames: [], surnames: [], phones: [], emails: [], addresses: [] };

// Look-alike letters from Cyrillic and Greek, and letters without a decomposition.
const LOOKALIKE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  ү: 'y',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ү: 'Y',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
};

/** The text as the guard reads it, with for every character the span of the original it came from. */
export type Normalised = { text: string; from: number[]; to: number[] };

/**
 * NFKC-like compatibility folding, accents removed, invisible and format characters dropped
 * (zero-width space, soft hyphen, joiners, direction marks), look-alike letters folded to Latin.
 * Case is kept: the patterns that need it (a capital after "mevrouw") ask for it.
 */
export function normalise(original: string): Normalised {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const char of original) {
    const end = i + char.length;
    const decomposed = char.normalize('NFKD').replace(/[\p{M}\p{Cf}\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]/gu, '');
    for (const part of decomposed) {
      const out = LOOKALIKE[part] ?? part;
      for (const c of out) {
        text += c;
        from.push(i);
        to.push(end);
      }
    }
    i = end;
  }
  return { text, from, to };
}

/** Lower case without accents or look-alikes: "Zoë", "ZOE" and "Zое" (Cyrillic) are the same word. */
export function fold(text: string): string {
  return normalise(text).text.toLowerCase();
}

// ── Names ────────────────────────────────────────────────────────────────────────────────────

const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  't',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'el',
  'al',
  'von',
  'zu',
  'bin',
  'ben',
  'ibn',
]);
// Surnames that are also ordinary Dutch words: they count only after a title, initials or "familie".
const ORDINARY = new Set(
  'bakker visser smit smid mulder boer koster schipper kok schilder molenaar timmerman kramer brouwer dekker wit groot klein lange jong bos berg dijk meer beek haan vos wolf koning prins hoek kuiper bouwman meijer meyer graaf bruin zwart rood groen vries winter zomer koopman schouten post veen hout water steen bloem roos vink kraai das hert leeuw storm hagen haas'.split(
    ' ',
  ),
);
const TITLE = String.raw`(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|mnr\.?|de\s+heer|dhr\.?|hr\.?|familie|fam\.?|juffrouw|dr\.?|drs\.?|ir\.?|mr\.?|ing\.?)`;
const INITIALS = String.raw`(?:\p{L}\.\s?){1,4}`;
const PARTICLE_WORDS = String.raw`(?:(?:van|de|der|den|het|'t|ter|ten|te|in|op|la|le|du|da|el|al)\s+)*`;
// A title or initials, then a capitalised word: "mevrouw de Vries", "de familie Yılmaz", "J. Bakker".
// Case-insensitive for the title; the name itself must start with a capital (checked after matching).
const TITLED_NAME = new RegExp(String.raw`(?<![\p{L}])(?:(?:${TITLE})\s+(?:${INITIALS})?|${INITIALS})${PARTICLE_WORDS}(\p{L}[\p{L}'-]+)`, 'giu');
// Words before a single capital that make it a label, not an initial ("Ouder B", "groep B").
const LABELS = new Set([
  'ouder',
  'jongere',
  'opvoeder',
  'toehoorder',
  'deelnemer',
  'groep',
  'stap',
  'fase',
  'bijlage',
  'vraag',
  'thema',
  'plan',
  'optie',
  'klas',
  'punt',
]);
// Words that start a sentence rather than end a name.
const STARTERS = new Set(
  'de het een zij hij ze ik we wij jij je u dan toen ook en maar er die dat dit deze haar zijn volgens in op bij met na voor daarna daarom verder later wel niet nog alle iedereen niemand wat wie waar hoe waarom want omdat als'.split(
    ' ',
  ),
);
// Capitalised words after a title that are a role or an organisation: "mevrouw van het Wijkteam", "meneer Ouder".
const NOT_NAMES = new Set([
  ...LABELS,
  ...STARTERS,
  ...'gemeente school wijkteam jeugdgezondheidszorg jgz ggd consultatiebureau huisarts ziekenhuis kinderopvang peuterspeelzaal bibliotheek buurtteam jeugdzorg veilig thuis politie directeur juf meester dokter'.split(
    ' ',
  ),
]);
const INITIALS_ONLY = new RegExp(String.raw`^${INITIALS}`, 'u');

const SUFFIXES = ["'tje", 'tje', "'je", 'je', "'s", 's', "'"];

function stems(word: string): string[] {
  const out = [word];
  for (const suffix of SUFFIXES) if (word.length > suffix.length + 1 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length));
  return out;
}

/** At most one letter added, dropped, changed or two letters swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, k) => (c === b[k] ? [] : [k]));
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}

function isName(word: string, names: readonly string[]): boolean {
  for (const stem of stems(word)) {
    for (const name of names) {
      if (stem === name) return true;
      if (name.length >= 5 && stem.length >= 4 && oneSlip(stem, name)) return true;
    }
  }
  return false;
}

type Token = { word: string; start: number; end: number };

/** Words of the normalised text, plus letters written apart ("F e n n a", "F-e-n-n-a") joined into one. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\p{L}+(?:'\p{L}+)*/gu)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/(?<!\p{L})\p{L}(?:[\s.\-_*]{1,2}\p{L}(?!\p{L})){2,}(?:'?\p{L}{1,3}(?!\p{L}))?/gu)) {
    out.push({ word: m[0].replace(/[\s.\-_*]/g, '').toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// ── Phones ───────────────────────────────────────────────────────────────────────────────────

/** Digits only, with +31 / 0031 (and a "(0)" after it) written as the national 0. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  const international = /^\s*(\+|00)/.test(text);
  if (international && digits.startsWith('0031')) return `0${digits.slice(4).replace(/^0/, '')}`;
  if (international && digits.startsWith('31')) return `0${digits.slice(2).replace(/^0/, '')}`;
  return digits;
}

function isPhone(candidate: string, known: readonly string[]): boolean {
  const national = phoneDigits(candidate);
  if (/^0[1-9]\d{8}$/.test(national) || /^0[89]00\d{4,7}$/.test(national)) return true;
  if (/^\s*(\+|00)/.test(candidate) && national.length >= 10 && national.length <= 14) return true;
  return national.length >= 8 && known.some((k) => k.length >= 8 && (k === national || k.slice(-9) === national.slice(-9)));
}

function findPhones(text: string, known: readonly string[], add: (s: number, e: number, kind: FindingKind) => void) {
  // Digit groups that belong together: separated by spaces, dots, dashes, slashes or "(0)".
  for (const run of text.matchAll(/(?:\+|(?<!\d)00)?\(?\d[\d\s().\-/]*\d/g)) {
    const groups = [...run[0].matchAll(/\+?\d+/g)].map((g) => ({ start: run.index + g.index, end: run.index + g.index + g[0].length }));
    // The longest stretch of groups, from the left, that reads as a phone number.
    for (let a = 0; a < groups.length; a++) {
      let hit = -1;
      for (let b = groups.length - 1; b >= a && hit < 0; b--) {
        const lead = a === 0 && /^\+|^00/.test(run[0]) ? run.index : groups[a]!.start;
        if (isPhone(text.slice(lead, groups[b]!.end), known)) hit = b;
      }
      if (hit >= 0) {
        add(a === 0 ? run.index : groups[a]!.start, groups[hit]!.end, 'phone');
        a = hit;
      }
    }
  }
  // A mobile number in fragments, with a few words between: "06 1234 en dan 5678". Only whole
  // numbers count (not digits inside a code like "d0684ef9"), and a line or a "·" ends the run.
  const groups = [...text.matchAll(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu)].map((g) => ({ digits: g[0], start: g.index, end: g.index + g[0].length }));
  for (let a = 0; a < groups.length; a++) {
    if (!groups[a]!.digits.startsWith('06')) continue;
    let digits = groups[a]!.digits;
    for (let b = a + 1; b < groups.length && b <= a + 5 && digits.length < 10; b++) {
      const gap = text.slice(groups[b - 1]!.end, groups[b]!.start);
      if (gap.length > 16 || /[.!?;:\n·•|]/.test(gap)) break;
      digits += groups[b]!.digits;
      if (/^06\d{8}$/.test(digits)) add(groups[a]!.start, groups[b]!.end, 'phone');
    }
  }
}

// ── E-mail and addresses ─────────────────────────────────────────────────────────────────────

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const TLD = '(?:nl|com|org|net|be|eu|nu|info|de|fr|uk|io|me|tk|live|online)';
const AT = String.raw`(?:\s*[[(<{]\s*(?:at|apenstaartje|@)\s*[\])>}]\s*|\s+(?:at|apenstaartje|@)\s+)`;
const DOT = String.raw`(?:\s*[[(<{]\s*(?:dot|punt|\.)\s*[\])>}]\s*|\s+(?:dot|punt)\s+|\.)`;
const SPELLED_EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*?${DOT}${TLD}(?![\p{L}])`, 'giu');

const STREET_END =
  'straat|str\\.|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|plantsoen|erf|baan|ring|wal|veld|plaats|haven|dam|zijde|akker|hoven|oord|donk|horst|hoeve|pier|boulevard|allee|dreef|stede|poort|berg|kamp|zoom|lei|hage|burcht';
const UNITS = 'keer|jaar|jaren|uur|kinderen|kind|minuten|min|weken|dagen|maanden|procent|euro|ouders|mensen|personen|kilometer|km|meter|m';
// A capitalised street name ending like a street, then a house number with its addition: "Dorpsstraat 12a", "Kerkweg 3-II".
const STREET = new RegExp(
  String.raw`(?<![\p{L}])\p{Lu}[\p{L}'-]*(?:${STREET_END})\s+\d{1,5}(?:\s?[a-zA-Z](?![\p{L}])|-(?:[0-9]{1,4}|[IVX]{1,4}|[a-z]{1,3}|hs|bis)(?![\p{L}\d])|\s(?:hs|bis|[IVX]{1,3})(?![\p{L}]))?(?!\s*(?:${UNITS})(?![\p{L}]))(?![\d%])`,
  'gu',
);
const POSTCODE = /(?<![\p{L}\d])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu;

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ── The guard ────────────────────────────────────────────────────────────────────────────────

/** The guard's lists from participants' personal data (name, phone, e-mail, address). */
export function identifiersOf(people: readonly { name?: string; surname?: string; phone?: string; email?: string; address?: string }[]): KnownIdentifiers {
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  for (const p of people) {
    const words = fold(p.name ?? '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const [first = '', ...rest] = words;
    for (const part of first.split(/[^\p{L}]+/u)) if (part.length >= 2) firstNames.add(part);
    if (first.includes('-')) firstNames.add(first.replace(/[^\p{L}]/gu, ''));
    for (const word of [...rest, ...fold(p.surname ?? '').split(/\s+/)]) {
      const bare = word.replace(/[^\p{L}']/gu, '');
      if (bare.length >= 2 && !PARTICLES.has(bare)) surnames.add(bare);
    }
  }
  return {
    firstNames: [...firstNames],
    surnames: [...surnames],
    phones: people.map((p) => phoneDigits(p.phone ?? '')).filter((d) => d.length >= 8),
    emails: people.map((p) => fold(p.email ?? '').trim()).filter(Boolean),
    addresses: people.map((p) => fold(p.address ?? '').trim()).filter(Boolean),
  };
}

/**
 * Where the text looks identifying and what kind, in the original text's offsets. Generic
 * patterns (phone, e-mail, address, a title or initials before a capitalised name) always apply;
 * names, surnames and known contact data come from `known`.
 */
export function findIdentifying(original: string, known: KnownIdentifiers = NO_IDENTIFIERS): Finding[] {
  if (!original.trim()) return [];
  const { text, from, to } = normalise(original);
  const lower = text.toLowerCase();
  const found: Finding[] = [];
  const add = (s: number, e: number, kind: FindingKind) => {
    if (e > s) found.push({ start: from[s]!, end: to[e - 1]!, kind });
  };

  for (const m of text.matchAll(EMAIL)) add(m.index, m.index + m[0].length, 'email');
  for (const m of text.matchAll(SPELLED_EMAIL)) add(m.index, m.index + m[0].length, 'email');
  for (const email of known.emails) {
    const at = email.length >= 6 ? lower.indexOf(email) : -1;
    if (at >= 0) add(at, at + email.length, 'email');
  }
  findPhones(text, known.phones, add);
  for (const m of text.matchAll(STREET)) add(m.index, m.index + m[0].length, 'address');
  for (const m of text.matchAll(POSTCODE)) add(m.index, m.index + m[0].length, 'address');
  for (const address of known.addresses) {
    const street = /^([^\d,]{3,}?)\s*(\d{1,5}\s?[a-z]?)/.exec(address);
    if (!street) continue;
    const re = new RegExp(String.raw`${escape(street[1]!.trim()).replace(/\s+/g, '\\s+')}\s+${escape(street[2]!.replace(/\s/g, ''))}(?![\d])`, 'g');
    for (const m of lower.matchAll(re)) add(m.index, m.index + m[0].length, 'address');
  }

  for (const m of text.matchAll(TITLED_NAME)) {
    const name = m[1]!;
    // "mevrouw van de gemeente" is no name; initials must be capitals ("J. Bakker", not "o.a. Bakker").
    if (name[0] !== name[0]!.toUpperCase() || name[0] === name[0]!.toLowerCase() || NOT_NAMES.has(name.toLowerCase())) continue;
    const initials = INITIALS_ONLY.exec(m[0])?.[0];
    if (initials && initials !== initials.toUpperCase()) continue;
    // One initial alone is often a sentence ending in a letter: "Ouder B. Zij vertelt".
    if (initials && initials.replace(/[^.]/g, '').length === 1 && !known.surnames.includes(name.toLowerCase())) {
      const before = /(\p{L}+)\s*$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase() ?? '';
      if (LABELS.has(before) || STARTERS.has(name.toLowerCase())) continue;
    }
    add(m.index, m.index + m[0].length, 'name');
  }
  const plainSurnames = known.surnames.filter((s) => !ORDINARY.has(s));
  for (const token of tokens(text)) {
    if (isName(token.word, known.firstNames) || isName(token.word, plainSurnames)) add(token.start, token.end, 'name');
  }
  return merge(found);
}

/** Sorted by place; a finding inside another one is left out. */
function merge(found: Finding[]): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start >= last.start && f.end <= last.end) continue;
    out.push(f);
  }
  return out;
}

/** Whether the text holds anything identifying. */
export const looksIdentifying = (text: string, known: KnownIdentifiers = NO_IDENTIFIERS) => findIdentifying(text, known).length > 0;

/** A finding in one of several texts (0 = the first), with the piece of that text it covers: for the writer's own screen. */
export type TextFinding = Finding & { text: number; found: string };

/** The findings in each text, each identical piece once. */
export function findingsIn(texts: readonly string[], known: KnownIdentifiers = NO_IDENTIFIERS): TextFinding[] {
  const all = texts.flatMap((text, index) => findIdentifying(text, known).map((f) => ({ ...f, text: index, found: text.slice(f.start, f.end) })));
  return all.filter((f, i) => all.findIndex((g) => g.kind === f.kind && fold(g.found) === fold(f.found)) === i);
}
