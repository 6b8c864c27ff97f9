import { describe, expect, it } from 'vitest';
import { feedbackParents } from './parents';

describe('feedbackParents', () => {
  it('takes those who attended, and those who already have a link', () => {
    const list = [
      { id: 1, status: 'attended' as const, hasLink: false },
      { id: 2, status: 'confirmed' as const, hasLink: false },
      { id: 3, status: 'cancelled' as const, hasLink: true },
    ];
    expect(feedbackParents(list).map((p) => p.id)).toEqual([1, 3]);
  });

  it('takes those who confirmed while nobody is marked as attended', () => {
    const list = [
      { id: 1, status: 'confirmed' as const, hasLink: false },
      { id: 2, status: 'registered' as const, hasLink: false },
    ];
    expect(feedbackParents(list).map((p) => p.id)).toEqual([1]);
  });
});
