import type { nl } from './nl';

/** The texts participants read, by area; Dutch (`nl.ts`) is the source of every key. */
export type ParticipantCatalogue = typeof nl;
export type ParticipantArea = keyof ParticipantCatalogue;
export type ParticipantKey = { [A in ParticipantArea]: `${A}.${keyof ParticipantCatalogue[A] & string}` }[ParticipantArea];

/** Another language: the same areas and keys, each one optional (a missing text falls back to Dutch). */
export type ParticipantTexts = { [A in ParticipantArea]?: { [K in keyof ParticipantCatalogue[A]]?: string } };
