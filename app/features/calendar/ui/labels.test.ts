import { describe, expect, it } from 'vitest';
import { createTranslator } from '#app/i18n/i18n';
import { schoolHolidayName } from './labels';

describe('schoolHolidayName', () => {
  it('names the official school holidays in the page’s language, others as typed', () => {
    const en = createTranslator('en');
    expect(schoolHolidayName('Herfstvakantie', en)).toBe('Autumn half-term');
    expect(schoolHolidayName(' zomervakantie ', en)).toBe('Summer holidays');
    expect(schoolHolidayName('Herfstvakantie', createTranslator('nl'))).toBe('Herfstvakantie');
    expect(schoolHolidayName('Studiedag De Regenboog', en)).toBe('Studiedag De Regenboog');
  });
});
