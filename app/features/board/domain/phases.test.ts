import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BoardAction, columnsFor, nextPhase, PHASES, phaseAllows, previousPhase } from './phases';

const actions: BoardAction[] = ['note', 'cluster', 'idea', 'vote', 'pledge', 'paperVotes'];
const allowedIn = (phase: (typeof PHASES)[number]) => actions.filter((action) => phaseAllows(phase, action));

describe('phase rules', () => {
  it('follows the order of the method, ending closed', () => {
    expect(PHASES).toEqual(['touched', 'heard', 'themes', 'ideas', 'vote', 'tomorrow', 'closed']);
  });

  it('lets people do something in every phase except closed, where nothing is allowed', () => {
    for (const phase of PHASES) expect(allowedIn(phase).length > 0).toBe(phase !== 'closed');
  });

  it('takes notes only before the ideas phase, ideas only in the ideas phase, dots only in the vote phase, pledges only tomorrow', () => {
    expect(PHASES.filter((p) => phaseAllows(p, 'note'))).toEqual(['touched', 'heard', 'themes']);
    expect(PHASES.filter((p) => phaseAllows(p, 'idea'))).toEqual(['ideas']);
    expect(PHASES.filter((p) => phaseAllows(p, 'vote'))).toEqual(['vote']);
    expect(PHASES.filter((p) => phaseAllows(p, 'pledge'))).toEqual(['tomorrow']);
  });

  it('lets the facilitator cluster from heard up to ideas and enter paper votes from the vote on, until closing', () => {
    expect(PHASES.filter((p) => phaseAllows(p, 'cluster'))).toEqual(['heard', 'themes', 'ideas']);
    expect(PHASES.filter((p) => phaseAllows(p, 'paperVotes'))).toEqual(['vote', 'tomorrow']);
  });

  it('has a note column exactly where notes are allowed: "touched" first, then the two columns', () => {
    for (const phase of PHASES) expect(columnsFor(phase).length > 0).toBe(phaseAllows(phase, 'note'));
    expect(columnsFor('touched')).toEqual(['touched']);
    expect(columnsFor('heard')).toEqual(['goes_well', 'difficult']);
    expect(columnsFor('themes')).toEqual(['goes_well', 'difficult']);
  });
});

describe('moving between phases', () => {
  it('walks the whole order forwards and backwards', () => {
    const forward = [];
    for (let p: (typeof PHASES)[number] | null = 'touched'; p; p = nextPhase(p)) forward.push(p);
    expect(forward).toEqual([...PHASES]);
    const backward = [];
    for (let p: (typeof PHASES)[number] | null = 'closed'; p; p = previousPhase(p)) backward.push(p);
    expect(backward).toEqual([...PHASES].reverse());
  });

  it('has nothing after closed and nothing before touched', () => {
    expect(nextPhase('closed')).toBeNull();
    expect(previousPhase('touched')).toBeNull();
  });

  it('undoes a step: previous of next is the phase itself, and the other way round', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PHASES), (phase) => {
        const next = nextPhase(phase);
        if (next) expect(previousPhase(next)).toBe(phase);
        const previous = previousPhase(phase);
        if (previous) expect(nextPhase(previous)).toBe(phase);
      }),
    );
  });
});
