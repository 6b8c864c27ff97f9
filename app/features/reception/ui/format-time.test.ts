import { describe, expect, it } from 'vitest';
import { formatTime } from './format-time';

describe('formatTime', () => {
  it('shows the clock time in Amsterdam, summer and winter', () => {
    expect(formatTime('2025-06-10T12:05:00Z', 'nl')).toBe('14:05');
    expect(formatTime(new Date('2025-01-10T13:05:00Z'), 'en')).toBe('14:05');
  });
});
