import { describe, expect, it } from 'vitest';
import { fullName } from './names';

describe('fullName', () => {
  it('joins the first name and the surname', () => {
    expect(fullName({ name: 'Fatima', surname: 'El Amrani' })).toBe('Fatima El Amrani');
  });
  it('shows only the first name when no surname was recorded', () => {
    expect(fullName({ name: ' Fatima ', surname: '' })).toBe('Fatima');
  });
  it('shows the surname alone when only that is known', () => {
    expect(fullName({ name: '', surname: 'de Vries' })).toBe('de Vries');
  });
});
