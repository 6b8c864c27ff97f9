// The browser's preferred languages (the Accept-Language header, RFC 9110 §12.5.4), for a visitor
// who chose none: a parent opening a link without a language, a first visit to the sign-in page.

/** The language ranges of an Accept-Language header, most wanted first (q=0 means "not this one"). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const weight = params.find((p) => /^\s*q\s*=/i.test(p));
      // A weight outside 0–1 or badly written makes the range unusable, not the most wanted.
      const q = weight === undefined ? 1 : Number(/^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i.exec(weight)?.[1] ?? 0);
      return { range: range.trim().toLowerCase(), q, index };
    })
    .filter((r) => /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/.test(r.range) && r.q > 0);
  // A stable sort: equal weights keep the order the browser sent.
  return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map((r) => r.range);
}

/**
 * The first offered language the browser asks for: an exact tag or its primary language
 * ("nl-BE" → "nl", "ar-MA" → "ar"), or a more specific offer for a bare one ("pt" → "pt-BR").
 * A wildcard or nothing we offer gives undefined: the caller falls back to its own default.
 */
export function preferredLanguage<L extends string>(header: string | null | undefined, offered: readonly L[]): L | undefined {
  for (const range of parseAcceptLanguage(header)) {
    if (range === '*') continue;
    const primary = range.split('-')[0]!;
    const found =
      offered.find((o) => o.toLowerCase() === range) ??
      offered.find((o) => o.toLowerCase() === primary) ??
      offered.find((o) => o.toLowerCase().split('-')[0] === primary);
    if (found) return found;
  }
  return undefined;
}
