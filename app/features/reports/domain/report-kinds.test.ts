import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportFile, REPORT_FORMATS, REPORT_KINDS, reportKindOf } from './report-kinds';

describe('report file names', () => {
  it('reads every report in both formats, in Dutch without a language', () => {
    for (const kind of REPORT_KINDS) for (const format of REPORT_FORMATS) expect(parseReportFile(`${kind}.${format}`)).toEqual({ kind, format });
  });

  it('reads the agenda and its poster in a parents’ language', () => {
    expect(parseReportFile('agenda.ar.pdf')).toEqual({ kind: 'agenda', format: 'pdf', language: 'ar' });
    expect(parseReportFile('agenda-poster.tr.docx')).toEqual({ kind: 'agenda-poster', format: 'docx', language: 'tr' });
    expect(parseReportFile('agenda.prs.pdf')).toEqual({ kind: 'agenda', format: 'pdf', language: 'prs' });
  });

  it('refuses a language on other reports, a malformed language, an empty part and other formats', () => {
    for (const file of [
      'minutes.ar.pdf',
      'follow-up.tr.docx',
      'trajectory.pl.pdf',
      'agenda.xx1.pdf',
      'agenda..pdf',
      'agenda.ar.txt',
      'agenda.AR.pdf',
      'agenda.a.pdf',
      'agenda.arab.pdf',
      'agenda.ar-ma.pdf',
      'agenda.ar.pdf.pdf',
      'agenda.txt',
      'nothing.pdf',
      '.pdf',
      'agenda.ar.',
    ])
      expect([file, parseReportFile(file)]).toEqual([file, null]);
  });

  it('gives a language only as two or three small letters, and only for the agenda and its poster', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORT_KINDS),
        fc.oneof(fc.stringMatching(/^[a-z]{2,3}$/), fc.string({ maxLength: 5 })),
        fc.constantFrom(...REPORT_FORMATS),
        (kind, language, format) => {
          const parsed = parseReportFile(`${kind}.${language}.${format}`);
          const valid = /^[a-z]{2,3}$/.test(language) && (kind === 'agenda' || kind === 'agenda-poster');
          expect(parsed).toEqual(valid ? { kind, format, language } : null);
        },
      ),
    );
  });

  it('finds the report a page is for from its address', () => {
    expect(reportKindOf('/o/demo/t/1/reports/agenda-poster/')).toBe('agenda-poster');
    expect(reportKindOf('/o/demo/t/1/reports/agenda.ar')).toBeNull();
  });
});
