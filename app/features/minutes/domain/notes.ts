// Pure rules for minute notes: tags, quotes and how the list is grouped.
export const NOTE_KINDS = ['answer', 'outer_circle', 'general'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A few tags the minute-taker can tick; kept as stable keys, shown in the reader's language. */
export const NOTE_TAGS = ['goesWell', 'difficult', 'tip', 'idea', 'needsFollowUp'] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

/** One quote per line; surrounding quotation marks are dropped (the page adds its own). */
export function parseQuotes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^["'“”„‘’]+|["'“”„‘’]+$/g, '')
        .trim(),
    )
    .filter(Boolean);
}

export type NoteForList = {
  id: string;
  questionKey: string;
  questionText: string;
  createdAt: Date | string;
};
export type NoteGroup<N> = {
  questionKey: string;
  questionText: string;
  notes: N[];
};

/** Newest first, grouped by question; the group of the newest note comes first. */
export function groupNotes<N extends NoteForList>(notes: readonly N[]): NoteGroup<N>[] {
  const sorted = [...notes].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
  const groups: NoteGroup<N>[] = [];
  for (const note of sorted) {
    const group = groups.find((g) => g.questionKey === note.questionKey);
    if (group) group.notes.push(note);
    else
      groups.push({
        questionKey: note.questionKey,
        questionText: note.questionText,
        notes: [note],
      });
  }
  return groups;
}

export type VoiceOfNote = { id: string; kind: 'contribution' | 'conversation'; consent?: 'form' | 'verbal' | 'paper' };
export type VoiceGroup<N> = { voice: VoiceOfNote; notes: N[] };

/**
 * The minutes' two kinds of source apart: the group conversation's notes, and per contribution or
 * individual conversation (X1) its answers in the order given; the oldest source first.
 */
export function splitBySource<N extends NoteForList & { voice: VoiceOfNote | null }>(notes: readonly N[]): { meeting: N[]; voices: VoiceGroup<N>[] } {
  const meeting: N[] = [];
  const voices: VoiceGroup<N>[] = [];
  const time = (note: N) => new Date(note.createdAt).getTime();
  for (const note of [...notes].sort((a, b) => time(a) - time(b))) {
    if (!note.voice) meeting.push(note);
    else {
      const group = voices.find((g) => g.voice.id === note.voice!.id);
      if (group) group.notes.push(note);
      else voices.push({ voice: note.voice, notes: [note] });
    }
  }
  return { meeting, voices };
}
