// The agenda for the parents in their own language (R1): agenda.ar.pdf, agenda.ar.docx and the poster,
// only in a language the workgroup chose; right to left in Arabic; a name only in a translation
// blocks that version (shown on the report's page with its language) while the Dutch one downloads.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { agendaItems, agendaItemTranslations } from '#app/db/schema';
import { feedbackFixture } from '#app/features/feedback/server/feedback-fixture';
import { loader as fileLoader } from '#app/routes/report-file';
import { loader as pageLoader } from '#app/routes/report-page';
import { docxParagraphs, lettersOf, pdfText, readZipEntry } from '#tests/files';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, getAs, statusOf } from '#tests/http';
import type { LeakPlace } from '../domain/report-guard';
import { getReportPage } from './get-report-page.server';
import { replaceAgendaLeak } from './replace-agenda-leak.server';

const ARABIC = 'شخص واحد ثابت يمكنكم الاتصال به.';
const ARABIC_TITLE = 'ما قاله الأهالي وما نفعله به';

async function setup() {
  const s = await feedbackFixture();
  const base = `/o/${s.org.slug}/t/${s.trajectory.id}/reports`;
  const params = { org: s.org.slug, tid: s.trajectory.id };
  const lead = s.people.lead.actor.userId;
  const file = async (name: string, userId = lead) => callRoute(fileLoader, await getAs(userId, `${base}/${name}`), { ...params, file: name });
  const download = async (name: string, userId = lead) => {
    const response = await file(name, userId);
    if (!(response instanceof Response) || response.status !== 200) throw new Error(`${name}: ${await statusOf(response)}`);
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const page = async (kind: string) =>
    answerOf<{ ready: boolean; languages: string[]; places: LeakPlace[] }>(await callRoute(pageLoader, await getAs(lead, `${base}/${kind}`), params));
  return { ...s, base, params, lead, file, download, page };
}

describe('the agenda in a parents’ language', () => {
  it('downloads as a PDF with the Arabic title and translation, and the Dutch where there is none', async () => {
    const s = await setup();
    const { response, body } = await s.download('agenda.ar.pdf', s.people.viewer.actor.userId);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="agenda-traject-ar.pdf"');
    const text = await pdfText(body);
    // Arabic is compared by its letters in order (see lettersOf).
    for (const arabic of [ARABIC_TITLE, ARABIC, 'النقطة 1', 'النقطة 2', 'ما قاله الأهالي']) expect(lettersOf(text)).toContain(lettersOf(arabic));
    // The item without a translation, and the parents' own words, as they were written.
    expect(text).toContain('Brieven in gewone taal');
    expect(text).toContain('Ik wil één persoon die ik kan bellen.');
    // Not the Dutch agenda: no Dutch title, no Dutch plain words where the translation is.
    expect(text).not.toContain('Agenda voor de ouders');
    expect(text).not.toContain('Eén vaste persoon die u kunt bellen.');
  });

  it('downloads as a Word file whose Arabic paragraphs run right to left', async () => {
    const s = await setup();
    const { response, body } = await s.download('agenda.ar.docx');
    expect(response.headers.get('Content-Type')).toContain('wordprocessingml');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="agenda-traject-ar.docx"');
    const paragraphs = docxParagraphs(body);
    expect(paragraphs).toEqual(expect.arrayContaining([ARABIC_TITLE, ARABIC, 'النقطة 1', 'Brieven in gewone taal', '“Ik wil één persoon die ik kan bellen.”']));
    const xml = readZipEntry(body, 'word/document.xml')!;
    // The paragraph with the translation is right to left, its runs too, and in Arabic.
    const translated = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => p.includes(ARABIC))!;
    expect(translated).toContain('<w:bidi/>');
    expect(translated).toMatch(/<w:rtl\/>|<w:rtl w:val="(true|1)"\/>/);
    expect(translated).toContain('w:bidi="ar"');
    // The Dutch item in it stays left to right.
    const dutch = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => p.includes('Brieven in gewone taal'))!;
    expect(dutch).not.toContain('<w:bidi/>');
    expect(dutch).toContain('w:val="nl"');
    // The Dutch agenda has no right-to-left paragraph.
    expect(readZipEntry((await s.download('agenda.docx')).body, 'word/document.xml')).not.toContain('<w:bidi/>');
  });

  it('downloads the A3 poster in Arabic without the parents’ words', async () => {
    const s = await setup();
    const { response, body } = await s.download('agenda-poster.ar.pdf');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="agenda-poster-traject-ar.pdf"');
    expect(body.toString('latin1')).toContain('/MediaBox [0 0 841.89 1190.55]');
    const text = await pdfText(body);
    expect(lettersOf(text)).toContain(lettersOf(ARABIC));
    expect(text).not.toContain('Ik wil één persoon');
  });

  it('answers 404 for a language not chosen, another report, a malformed name and someone from another organisation', async () => {
    const s = await setup();
    for (const name of ['agenda.tr.pdf', 'agenda-poster.pl.docx', 'minutes.ar.pdf', 'agenda.xx1.pdf', 'agenda..pdf', 'agenda.ar.txt'])
      expect([name, await statusOf(s.file(name))]).toEqual([name, 404]);
    const outsider = await makeMember((await makeOrg()).id, 'coordinator');
    expect(await statusOf(s.file('agenda.ar.pdf', outsider.actor.userId))).toBe(404);
    expect(await statusOf(s.file('agenda.pdf', outsider.actor.userId))).toBe(404);
  });

  it('is listed per chosen language on the agenda’s pages, and on no other report’s page', async () => {
    const s = await setup();
    expect(await s.page('agenda')).toMatchObject({ ready: true, languages: ['ar'], places: [] });
    expect(await s.page('agenda-poster')).toMatchObject({ ready: true, languages: ['ar'], places: [] });
    expect((await s.page('trajectory')).languages).toEqual([]);
  });

  it('is blocked by a name only in its translation, which the page shows with its language, while the Dutch agenda downloads', async () => {
    const s = await setup();
    // Yasmina is a parent of the trajectory; the translation names her (written directly: the editor would refuse it).
    await (
      await db()
    )
      .update(agendaItemTranslations)
      .set({ text: 'شخص واحد ثابت، مثل Yasmina، يمكنكم الاتصال به.' })
      .where(and(eq(agendaItemTranslations.itemId, s.items.first.id), eq(agendaItemTranslations.language, 'ar')));

    for (const name of ['agenda.ar.pdf', 'agenda.ar.docx', 'agenda-poster.ar.pdf']) {
      const refused = (await s.file(name)) as Response;
      expect(refused.status).toBe(302);
      expect(refused.headers.get('Location')).toBe(`${s.base}/${name.split('.')[0]}`);
    }
    const page = await s.page('agenda');
    expect(page.places).toHaveLength(1);
    const [place] = page.places;
    expect(place).toMatchObject({ kind: 'name', language: 'ar', inTitle: false, section: 'النقطة 1' });
    expect(place!.key.startsWith('ar:')).toBe(true);
    expect(place!.source).toBeUndefined();
    expect(place!.text.slice(place!.start, place!.end)).toBe('Yasmina');

    // The Dutch agenda has no such name: it still downloads.
    expect((await s.download('agenda.pdf')).body.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await s.download('agenda-poster.docx')).body.subarray(0, 2).toString()).toBe('PK');
  });

  it('shows a name in a Dutch text once, at its Dutch place with its replacement, also where a translated version shows that text', async () => {
    const s = await setup();
    // The second item has no plain words and no translation: the Arabic version shows its Dutch title.
    await (await db()).update(agendaItems).set({ title: 'Brieven met Kees' }).where(eq(agendaItems.id, s.items.second.id));
    const { places } = await getReportPage({ ...s.people.lead.scope, kind: 'agenda' });
    expect(places.map((p) => [p.text, p.language, p.source?.field])).toEqual([['2. Brieven met Kees', undefined, 'title']]);
    expect((await s.file('agenda.ar.pdf')) as Response).toMatchObject({ status: 302 });

    const [place] = places;
    await replaceAgendaLeak({
      ...s.people.lead.scope,
      table: 'agendaItem',
      recordId: place!.source!.id,
      field: 'title',
      index: 0,
      start: place!.start - place!.sourceAt!,
      end: place!.end - place!.sourceAt!,
    });
    expect((await getReportPage({ ...s.people.lead.scope, kind: 'agenda' })).places).toEqual([]);
    expect(await pdfText((await s.download('agenda.ar.pdf')).body)).toContain('Brieven met [naam]');
  });
});
