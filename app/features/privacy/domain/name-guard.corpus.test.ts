import { describe, expect, it } from 'vitest';
import corpus from './name-guard.corpus.json';
import { findIdentifying, type FindingKind, identifiersOf } from './name-guard';

type Labelled = { text: string; kind: FindingKind | null };

describe('the privacy guard on the labelled corpus', () => {
  const known = identifiersOf(corpus.participants);
  const texts = corpus.texts as Labelled[];
  const results = texts.map(({ text, kind }) => ({ text, kind, found: findIdentifying(text, known) }));
  const leaking = results.filter((r) => r.kind !== null);
  const clean = results.filter((r) => r.kind === null);
  // A leaking text counts as caught when the guard finds its kind; a clean text is a false alarm when anything is found.
  const missed = leaking.filter((r) => !r.found.some((f) => f.kind === r.kind));
  const alarms = clean.filter((r) => r.found.length > 0);
  const recall = (leaking.length - missed.length) / leaking.length;
  const falseAlarms = alarms.length / clean.length;

  it('has at least 60 texts, leaking and clean, of every kind', () => {
    expect(texts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(texts.map((t) => t.kind))).toEqual(new Set(['name', 'phone', 'email', 'address', null]));
  });

  it('catches at least 95% of the leaks with at most 5% false alarms', () => {
    // Written straight to stdout: the unit project keeps console output of passing tests quiet.
    process.stdout.write(
      `privacy guard corpus: ${texts.length} texts (${leaking.length} leaking, ${clean.length} clean); recall ${recall.toFixed(3)}, false alarms ${falseAlarms.toFixed(3)}\n`,
    );
    for (const r of missed) console.info(`  missed (${r.kind}): ${r.text}`);
    for (const r of alarms) console.info(`  false alarm: ${r.text} ${JSON.stringify(r.found)}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
});
