// Where participants were met: the method's place categories plus a named place ("De Regenboog").
// Counting them shows where recruiting works. Pure.

/** Places parents already come to, from the method (step 5). */
export const PLACE_CATEGORIES = [
  'school',
  'allotment',
  'social_media',
  'sports_club',
  'playground',
  'swimming_pool',
  'football_pitch',
  'child_health_clinic',
  'childcare',
  'church',
  'mosque',
  'temple',
  'migrant_organisation',
  'library',
  'language_class',
  'community_centre',
  'other',
] as const;
export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];

export const isPlaceCategory = (value: string): value is PlaceCategory => (PLACE_CATEGORIES as readonly string[]).includes(value);

export type PlaceCount = { category: PlaceCategory | ''; count: number; places: { name: string; count: number }[] };

/**
 * Counts per category and, inside it, per named place. Names are grouped without regard to
 * case or extra spaces; the first spelling seen is shown. Busiest first, then in the
 * method's order. An empty category ('') collects those whose place was not noted.
 */
export function placeCounts(rows: readonly { placeCategory: string; placeName: string }[]): PlaceCount[] {
  const byCategory = new Map<PlaceCategory | '', { count: number; places: Map<string, { name: string; count: number }> }>();
  for (const row of rows) {
    const category = isPlaceCategory(row.placeCategory) ? row.placeCategory : row.placeCategory ? 'other' : '';
    const entry = byCategory.get(category) ?? { count: 0, places: new Map() };
    entry.count++;
    const name = row.placeName.trim().replace(/\s+/g, ' ');
    if (name) {
      const key = name.toLocaleLowerCase('nl');
      const place = entry.places.get(key) ?? { name, count: 0 };
      place.count++;
      entry.places.set(key, place);
    }
    byCategory.set(category, entry);
  }
  const order = (c: PlaceCategory | '') => (c === '' ? PLACE_CATEGORIES.length : PLACE_CATEGORIES.indexOf(c));
  return [...byCategory.entries()]
    .map(([category, { count, places }]) => ({
      category,
      count,
      places: [...places.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl')),
    }))
    .sort((a, b) => b.count - a.count || order(a.category) - order(b.category));
}

export const PROFILE_FITS = ['fits', 'partly', 'not'] as const;
export type ProfileFit = (typeof PROFILE_FITS)[number] | '';

/** How many fit the profile from step 4: fits, partly, not, and not judged yet (''). */
export function profileFitCounts(rows: readonly { profileFit: ProfileFit }[]): Record<ProfileFit, number> {
  const counts: Record<ProfileFit, number> = { fits: 0, partly: 0, not: 0, '': 0 };
  for (const row of rows) counts[row.profileFit]++;
  return counts;
}
