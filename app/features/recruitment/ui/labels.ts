import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import type { MessageKey } from '#app/i18n/i18n';
import type { NeedKind } from '../domain/needs';
import type { ParticipantStatus } from '../domain/pipeline';
import type { PlaceCategory, ProfileFit } from '../domain/places';

export const statusLabel = (s: ParticipantStatus) => `recruitment.status_${s}` as const satisfies MessageKey;
export const kindLabel = (k: ParticipantKind) => `recruitment.kind_${k}` as const satisfies MessageKey;
export const placeLabel = (c: PlaceCategory | '') => (c ? (`recruitment.place_${c}` as const) : 'recruitment.place_unknown') satisfies MessageKey;
export const fitLabel = (f: ProfileFit) => (f ? (`recruitment.fit_${f}` as const) : 'recruitment.fit_unknown') satisfies MessageKey;
export const needLabel = (n: NeedKind) => `recruitment.need_${n}` as const satisfies MessageKey;

/** Icons next to the text, never instead of it. */
export const needIcon: Record<NeedKind, string> = {
  interpreter: '🗣',
  childcare: '🧸',
  transport: '🚗',
  diet: '🍽',
  time: '🕒',
  other: '✚',
};
