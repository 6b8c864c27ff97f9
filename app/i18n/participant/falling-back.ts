// Participant texts a language does not have yet: they are shown in Dutch. The catalogue test keeps
// this list exact, so a new Dutch text without its translations is a decision, not an accident.
// `npm run translations -- missing` prints the same from the catalogues.
import type { ParticipantKey } from './types';

export const fallingBack: Partial<Record<string, ParticipantKey[]>> = {};
