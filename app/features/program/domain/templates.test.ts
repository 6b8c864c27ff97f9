import { describe, expect, it } from 'vitest';
import { nl } from '#app/i18n/nl';
import { en } from '#app/i18n/en';
import { conversationMinutes, programAdvice } from './advice';
import { BLOCK_KEYS, programTemplate, templateMinutes } from './templates';

const titled = (kind: 'mirror' | 'follow_up', variant: 'coalition' | 'care') =>
  programTemplate(kind, variant).map((b) => ({
    title: nl.program[`block_${b.key}`],
    minutes: b.minutes,
  }));

describe('programTemplate', () => {
  it('gives a mirror meeting of 3.5–4 hours with a conversation of 90 minutes', () => {
    const blocks = programTemplate('mirror', 'coalition');
    expect(blocks.map((b) => b.key)).toEqual(['parentsWelcome', 'listenersWalkIn', 'opening', 'conversation', 'firstReactions', 'whatNext', 'informal']);
    expect(templateMinutes(blocks)).toBeGreaterThanOrEqual(210);
    expect(templateMinutes(blocks)).toBeLessThanOrEqual(240);
    expect(conversationMinutes(titled('mirror', 'coalition'))).toBe(90);
    expect(programAdvice('mirror', titled('mirror', 'coalition'))).toEqual([]);
  });

  it('adds the outer-circle round after the first round in the care variant, still within 4 hours', () => {
    const keys = programTemplate('mirror', 'care').map((b) => b.key);
    expect(keys.slice(3, 6)).toEqual(['conversationFirstRound', 'outerCircleRound', 'conversationContinued']);
    expect(keys).not.toContain('conversation');
    expect(templateMinutes(programTemplate('mirror', 'care'))).toBe(240);
    expect(conversationMinutes(titled('mirror', 'care'))).toBe(90);
    expect(programAdvice('mirror', titled('mirror', 'care'))).toEqual([]);
  });

  it("follows the method's follow-up session minute by minute", () => {
    for (const variant of ['coalition', 'care'] as const) {
      expect(programTemplate('follow_up', variant).map((b) => b.minutes)).toEqual([30, 15, 20, 10, 25, 15, 5]);
    }
    expect(programAdvice('follow_up', titled('follow_up', 'coalition'))).toEqual([]);
  });

  it('hands out copies, so changing one does not change the template', () => {
    programTemplate('mirror', 'coalition')[0]!.minutes = 1;
    expect(programTemplate('mirror', 'coalition')[0]!.minutes).toBe(45);
  });

  it('has a title for every block in Dutch and English', () => {
    for (const key of BLOCK_KEYS) {
      expect(nl.program[`block_${key}`]).toBeTruthy();
      expect(en.program[`block_${key}`]).toBeTruthy();
    }
  });
});

describe('programAdvice', () => {
  const block = (title: string, minutes: number) => ({ title, minutes });
  it('warns for a conversation over 90 minutes and a meeting outside 3.5–4 hours', () => {
    expect(programAdvice('mirror', [block('Het spiegelgesprek', 91), block('Ontvangst', 130)])).toEqual(['conversationLong']);
    expect(programAdvice('mirror', [block('Het spiegelgesprek', 90), block('Ontvangst', 119)])).toEqual(['mirrorShort']);
    expect(programAdvice('mirror', [block('Het spiegelgesprek', 90), block('Ontvangst', 120)])).toEqual([]);
    expect(programAdvice('mirror', [block('Het spiegelgesprek', 90), block('Ontvangst', 150)])).toEqual([]);
    expect(programAdvice('mirror', [block('The mirror conversation', 100), block('x', 151)])).toEqual(['conversationLong', 'mirrorLong']);
    // Split conversation blocks count together.
    expect(
      programAdvice('mirror', [block('Spiegelgesprek: deel 1', 50), block('Buitenring', 15), block('Spiegelgesprek: deel 2', 50), block('x', 120)]),
    ).toEqual(['conversationLong']);
  });

  it('checks the follow-up session against 90–120 minutes and says nothing about an empty program', () => {
    expect(programAdvice('follow_up', [block('a', 89)])).toEqual(['followUpShort']);
    expect(programAdvice('follow_up', [block('a', 121)])).toEqual(['followUpLong']);
    expect(programAdvice('follow_up', [block('Het spiegelgesprek', 100)])).toEqual([]);
    expect(programAdvice('mirror', [])).toEqual([]);
  });
});
