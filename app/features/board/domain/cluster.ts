// Suggested themes by meaning. Each note becomes weighted Dutch terms (theme-terms.ts: lemmas,
// compound parts, synonym groups of this field), then a TF-IDF vector (text-similarity.ts),
// optionally joined with an embedding from the organisation's own service; notes are grouped by
// agglomerative clustering on cluster centroids. Existing themes are fixed starting clusters that
// unassigned notes may join; two existing themes are never merged, notes that people already
// grouped are never suggested, and a note that is not clearly like anything stays out.
import { centroid, cosine, weigh, type Vector } from './text-similarity';
import { groupsOfStem, isGroupTerm, noteTerms, noteWords, vocabulary } from './theme-terms';
import type { ThemeSuggestion } from './types';

export type ClusterNote = { id: string; text: string; themeId: string | null };
export type ClusterTheme = { id: string; name: string };
export type ClusterOptions = {
  /**
   * Embeddings by note id and theme id (from an OpenAI-compatible service). Used only when every
   * note and theme has one of the same length; otherwise the words alone decide.
   */
  embeddings?: ReadonlyMap<string, readonly number[]>;
};

/** How alike (cosine of centroids, 0..1) unassigned notes must be to an existing theme to be suggested for it. */
export const JOIN_THEME_THRESHOLD = 0.2;
/** How alike unassigned notes must be to each other to be suggested as a new theme together. */
export const NEW_THEME_THRESHOLD = 0.2;
/** Share of the similarity that comes from embeddings when they are given (the rest from the words). */
export const EMBEDDING_SHARE = 0.5;

type Cluster = {
  /** Sort key for deterministic tie-breaks: the theme id, or the smallest note id. */
  key: string;
  themeId: string | null;
  /** Vectors of everything in the cluster: a theme's notes and name, plus the unassigned notes that joined. */
  vectors: Vector[];
  noteIds: string[];
  vector: Vector;
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Suggestions for the unassigned notes only: join an existing theme when similar enough to its
 * notes, or form a new theme with other unassigned notes; a note that fits nowhere stays out.
 * Deterministic: the same input gives the same output.
 */
export function suggestThemes(notes: readonly ClusterNote[], themes: readonly ClusterTheme[], options: ClusterOptions = {}): ThemeSuggestion[] {
  // Work in id order, so the result does not depend on the order of the input.
  const sortedNotes = [...notes].sort((a, b) => byText(a.id, b.id));
  const sortedThemes = [...themes].sort((a, b) => byText(a.id, b.id));
  const noteTexts = sortedNotes.map((n) => n.text);
  const nearby = vocabulary([...noteTexts, ...sortedThemes.map((t) => t.name)]);
  const noteCounts = noteTexts.map((text) => noteTerms(text, nearby));
  // IDF counts over the notes; theme names only add to the vocabulary.
  const lexical = weigh([...noteCounts, ...sortedThemes.map((t) => noteTerms(t.name, nearby))], noteCounts);
  const vectors = withEmbeddings(lexical, [...sortedNotes.map((n) => n.id), ...sortedThemes.map((t) => t.id)], options.embeddings);
  const noteVector = new Map(sortedNotes.map((n, i) => [n.id, vectors[i]!]));

  const clusters: Cluster[] = sortedThemes.map((theme, i) => {
    const members = [...sortedNotes.filter((n) => n.themeId === theme.id).map((n) => noteVector.get(n.id)!), vectors[noteTexts.length + i]!];
    return { key: theme.id, themeId: theme.id, vectors: members, noteIds: [], vector: centroid(members) };
  });
  for (const note of sortedNotes) {
    // A note whose theme no longer exists counts as grouped all the same: suggestions never move it.
    if (note.themeId !== null) continue;
    const vector = noteVector.get(note.id)!;
    if (vector.size === 0) continue;
    clusters.push({ key: note.id, themeId: null, vectors: [vector], noteIds: [note.id], vector });
  }

  mergeClusters(clusters);

  const suggestions: ThemeSuggestion[] = [];
  const byThemeId = new Map(clusters.filter((c) => c.themeId !== null).map((c) => [c.themeId!, c]));
  for (const theme of themes) {
    const cluster = byThemeId.get(theme.id);
    if (cluster && cluster.noteIds.length > 0) suggestions.push({ themeId: theme.id, name: theme.name, noteIds: [...cluster.noteIds].sort(byText) });
  }
  const fresh = clusters
    .filter((c) => c.themeId === null && c.noteIds.length >= 2)
    .map((c) => ({ ...c, noteIds: [...c.noteIds].sort(byText) }))
    .sort((a, b) => b.noteIds.length - a.noteIds.length || byText(a.noteIds[0]!, b.noteIds[0]!));
  for (const cluster of fresh) {
    const texts = cluster.noteIds.map((id) => sortedNotes.find((n) => n.id === id)!.text);
    suggestions.push({ themeId: null, name: themeName(texts, cluster.vectors, cluster.vector, nearby), noteIds: cluster.noteIds });
  }
  return suggestions;
}

/** Whether two clusters may merge, and from which similarity on. */
function thresholdFor(a: Cluster, b: Cluster): number | null {
  if (a.themeId !== null && b.themeId !== null) return null;
  return a.themeId !== null || b.themeId !== null ? JOIN_THEME_THRESHOLD : NEW_THEME_THRESHOLD;
}

/** Merge the most similar allowed pair until no pair reaches its threshold (centroid linkage). Changes `clusters` in place. */
function mergeClusters(clusters: Cluster[]): void {
  const similarity = clusters.map((a) => clusters.map((b) => cosine(a.vector, b.vector)));
  for (;;) {
    let best: { i: number; j: number; score: number } | null = null;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const threshold = thresholdFor(clusters[i]!, clusters[j]!);
        const score = similarity[i]![j]!;
        if (threshold === null || score < threshold) continue;
        if (!best || score > best.score || (score === best.score && pairKey(clusters, i, j) < pairKey(clusters, best.i, best.j))) best = { i, j, score };
      }
    }
    if (!best) return;
    // Keep the theme (if any) as the surviving cluster.
    const [keep, drop] = clusters[best.j]!.themeId !== null ? [best.j, best.i] : [best.i, best.j];
    const a = clusters[keep]!;
    const b = clusters[drop]!;
    const vectors = [...a.vectors, ...b.vectors];
    clusters[keep] = {
      key: a.themeId ?? (a.key < b.key ? a.key : b.key),
      themeId: a.themeId,
      vectors,
      noteIds: [...a.noteIds, ...b.noteIds],
      vector: centroid(vectors),
    };
    clusters.splice(drop, 1);
    similarity.splice(drop, 1);
    for (const row of similarity) row.splice(drop, 1);
    const k = keep > drop ? keep - 1 : keep;
    for (let m = 0; m < clusters.length; m++) {
      const score = cosine(clusters[k]!.vector, clusters[m]!.vector);
      similarity[k]![m] = score;
      similarity[m]![k] = score;
    }
  }
}

function pairKey(clusters: readonly Cluster[], i: number, j: number): string {
  const [a, b] = [clusters[i]!.key, clusters[j]!.key].sort(byText);
  return `${a}\u0000${b}`;
}

/**
 * A proposed name: the most characteristic term of the cluster (weight in its centroid times the
 * number of notes that carry it, also inside a compound): a word written in the notes, or a synonym
 * group shown as its member that most of the notes use; in its most frequent form, capitalised. A
 * second written word is added when it is almost as characteristic and not of the same group.
 */
function themeName(texts: readonly string[], noteVectors: readonly Vector[], vector: Vector, nearby: ReadonlyMap<string, number>): string {
  const surfaces = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const word of noteWords(text, nearby)) {
      const forms = surfaces.get(word.stem) ?? new Map<string, number>();
      forms.set(word.surface, (forms.get(word.surface) ?? 0) + 1);
      surfaces.set(word.stem, forms);
    }
  }
  const notesWith = (term: string) => noteVectors.filter((v) => v.has(term)).length;
  const score = (term: string) => (vector.get(term) ?? 0) * notesWith(term);
  const uses = (stem: string) => [...surfaces.get(stem)!.values()].reduce((sum, n) => sum + n, 0);
  const memberOf = (group: string) =>
    [...surfaces.keys()]
      .filter((stem) => groupsOfStem(stem).includes(group))
      .sort((a, b) => notesWith(b) - notesWith(a) || uses(b) - uses(a) || byText(a, b))[0];
  const candidates = [
    ...[...surfaces.keys()].map((stem) => ({ key: stem, stem, score: score(stem) })),
    ...[...vector.keys()].filter(isGroupTerm).map((group) => ({ key: group, stem: memberOf(group), score: score(group) })),
  ]
    .filter((c): c is { key: string; stem: string; score: number } => c.stem !== undefined)
    .sort((a, b) => b.score - a.score || byText(a.key, b.key));
  const first = candidates[0];
  if (!first) return '';
  const related = (stem: string) => stem === first.stem || groupsOfStem(stem).some((g) => groupsOfStem(first.stem).includes(g));
  const second = candidates.find((c) => !isGroupTerm(c.key) && !related(c.stem));
  const surfaceOf = (stem: string) => [...surfaces.get(stem)!.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byText(a[0], b[0]))[0]![0];
  const name = surfaceOf(first.stem);
  const capitalised = name.charAt(0).toLocaleUpperCase('nl-NL') + name.slice(1);
  return second && second.score >= 0.8 * first.score ? `${capitalised}, ${surfaceOf(second.stem)}` : capitalised;
}

/**
 * The lexical vectors joined with the embeddings, when every item has one: each embedding is
 * centred on the mean of them all (so unrelated texts score about 0, as with words) and scaled to
 * unit length; the joined vector's cosine is then (1 − EMBEDDING_SHARE) × words + EMBEDDING_SHARE × embedding.
 */
function withEmbeddings(lexical: readonly Vector[], ids: readonly string[], embeddings: ClusterOptions['embeddings']): Vector[] {
  const given = embeddings ? ids.map((id) => embeddings.get(id)) : [];
  const size = given[0]?.length ?? 0;
  if (!embeddings || size === 0 || given.some((e) => !e || e.length !== size || e.some((x) => !Number.isFinite(x)))) return [...lexical];
  const mean = Array.from({ length: size }, (_, d) => given.reduce((sum, e) => sum + e![d]!, 0) / given.length);
  const wordScale = Math.sqrt(1 - EMBEDDING_SHARE);
  const embeddingScale = Math.sqrt(EMBEDDING_SHARE);
  return lexical.map((vector, i) => {
    const centred = given[i]!.map((x, d) => x - mean[d]!);
    const length = Math.sqrt(centred.reduce((sum, x) => sum + x * x, 0));
    const joined = new Map<string, number>();
    for (const [term, weight] of vector) joined.set(term, weight * wordScale);
    // Dimensions as terms that no word can be ("#0", "#1", …).
    if (length > 0) centred.forEach((x, d) => joined.set(`#${d}`, (x / length) * embeddingScale));
    return joined;
  });
}
