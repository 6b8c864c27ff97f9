// The minutes report (R1): pseudonymous, without withdrawn notes, refused while the guard flags a
// place, a flagged place replaced in one click, and then the files download.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { minuteNotes } from '#app/db/schema';
import type { NewNoteInput } from '#app/features/minutes/forms';
import { finaliseMinutes } from '#app/features/minutes/server/finalise-minutes.server';
import { saveMinuteNote } from '#app/features/minutes/server/save-minute-note.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { RuleError } from '#app/utils/rule-error';
import { makeOrg, makeTrajectory, trajectoryWith } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { pdfText, readZipEntry } from '#tests/files';
import { action as pageAction, loader as pageLoader } from '#app/routes/report-page';
import { loader as fileLoader } from '#app/routes/report-file';
import { exportReport } from './export-report.server';
import { getReportPage } from './get-report-page.server';
import { replaceMinutesLeak } from './replace-minutes-leak.server';

const TURKISH = 'Öğretmen şöyle dedi: İyi gidiyor.';
const POLISH = 'Żłobek jest za drogi, ale pani była miła.';

async function setup() {
  const { org, trajectory, people } = await trajectoryWith({
    lead: ['coordinator', 'lead'],
    writer: ['member', 'minute_taker'],
    listener: ['member', 'listener'],
  });
  const lead = people.lead.scope;
  const parent = await createParticipant({ ...lead, kind: 'parent', status: 'registered', personal: { name: 'Sanne Visser' } });
  const note = (over: Partial<NewNoteInput>): NewNoteInput => ({
    idempotencyKey: randomUUID(),
    questionKey: 'q1',
    questionText: 'Wat gaat goed?',
    participantId: parent.id,
    kind: 'answer',
    summary: 'Vertelt over het consultatiebureau.',
    quotes: `"Ik werd gehoord."\n${TURKISH}\n${POLISH}`,
    tags: [],
    ...over,
  });
  await saveMinuteNote({ ...people.writer.scope, ...note({}) });
  // Yusuf is no participant yet: the guard lets the note through.
  await saveMinuteNote({
    ...people.writer.scope,
    ...note({ questionKey: 'q2', questionText: 'Wat kan beter?', summary: 'Buurman Yusuf hielp met de formulieren.', quotes: '' }),
  });
  await finaliseMinutes(people.writer.scope);
  return { org, trajectory, people, lead, parent };
}

const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

describe('minutes report', () => {
  it('is made only from final minutes, per question, by pseudonym, in PDF and Word', async () => {
    const s = await setup();
    const page = await getReportPage({ ...s.people.listener.scope, kind: 'minutes' });
    expect(page).toMatchObject({
      ready: true,
      places: [],
      canReplace: { minuteNote: false, boardNote: false, boardTheme: false, agendaItem: false, action: false },
    });

    const docx = await exportReport({ ...s.people.listener.scope, kind: 'minutes', format: 'docx' });
    expect(docx.filename).toBe('verslag-traject.docx');
    const body = readZipEntry(docx.body, 'word/document.xml')!;
    for (const text of ['Wat gaat goed?', 'Wat kan beter?', 'Vertelt over het consultatiebureau.', TURKISH, POLISH, s.parent.pseudonym!])
      expect(body).toContain(text);
    expect(body).not.toContain('Sanne');

    const pdf = await exportReport({ ...s.people.listener.scope, kind: 'minutes', format: 'pdf' });
    const text = await pdfText(pdf.body);
    for (const expected of ['Verslag van het spiegelgesprek', 'Wat gaat goed?', TURKISH, POLISH]) expect(text).toContain(expected);
  });

  it('leaves out the notes of a parent who withdrew consent', async () => {
    const s = await setup();
    await (await db()).update(minuteNotes).set({ consentWithdrawnAt: new Date() }).where(eq(minuteNotes.questionKey, 'q1'));
    const docx = await exportReport({ ...s.lead, kind: 'minutes', format: 'docx' });
    const body = readZipEntry(docx.body, 'word/document.xml')!;
    expect(body).not.toContain('consultatiebureau');
    expect(body).toContain('Wat kan beter?');
  });

  it('is refused while the guard flags a place, which one click replaces, and then downloads', async () => {
    const s = await setup();
    // Yusuf registers after the minutes were final: his name in the note now gives him away.
    await createParticipant({ ...s.lead, kind: 'parent', status: 'registered', personal: { name: 'Yusuf Demir' } });
    expect(await ruleOf(exportReport({ ...s.lead, kind: 'minutes', format: 'pdf' }))).toBe('reports.blockedShort');

    const page = await getReportPage({ ...s.people.listener.scope, kind: 'minutes' });
    expect(page.canReplace.minuteNote).toBe(false);
    expect(page.places).toHaveLength(1);
    const [place] = page.places;
    expect(place).toMatchObject({ kind: 'name', section: 'Wat kan beter?', text: 'Buurman Yusuf hielp met de formulieren.' });
    expect(place!.text.slice(place!.start, place!.end)).toBe('Yusuf');
    // The listener sees the place but may not change the minutes.
    const input = { table: 'minuteNote' as const, recordId: place!.source!.id, field: 'summary' as const, index: 0, start: place!.start, end: place!.end };
    expect(await statusOf(replaceMinutesLeak({ ...s.people.listener.scope, ...input }))).toBe(403);
    // A span the guard does not flag is never replaced.
    expect(await ruleOf(replaceMinutesLeak({ ...s.people.writer.scope, ...input, start: 0, end: 7 }))).toBe('reports.placeChanged');

    await replaceMinutesLeak({ ...s.people.writer.scope, ...input });
    const [stored] = await (await db()).select({ summary: minuteNotes.summary }).from(minuteNotes).where(eq(minuteNotes.id, input.recordId));
    expect(stored!.summary).toBe('Buurman [naam] hielp met de formulieren.');
    expect((await getReportPage({ ...s.lead, kind: 'minutes' })).places).toEqual([]);
    const pdf = await exportReport({ ...s.lead, kind: 'minutes', format: 'pdf' });
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf.body)).toContain('Buurman [naam] hielp');
  });
});

describe('report routes', () => {
  it('downloads the files, sends a flagged report to its page, replaces from the page, and answers 404 outside the organisation', async () => {
    const s = await setup();
    const base = `/o/${s.org.slug}/t/${s.trajectory.id}/reports`;
    const lead = s.people.lead.actor.userId;
    const file = async (name: string, userId = lead) =>
      callRoute(fileLoader, await getAs(userId, `${base}/${name}`), { org: s.org.slug, tid: s.trajectory.id, file: name });
    const pdf = (await file('minutes.pdf')) as Response;
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    expect(pdf.headers.get('Content-Disposition')).toContain('attachment; filename="verslag-traject.pdf"');
    const docx = (await file('minutes.docx', s.people.listener.actor.userId)) as Response;
    expect(docx.headers.get('Content-Type')).toContain('wordprocessingml');
    expect(await statusOf(file('minutes.txt'))).toBe(404);
    expect(await statusOf(file('nothing.pdf'))).toBe(404);

    await createParticipant({ ...s.lead, kind: 'parent', status: 'registered', personal: { name: 'Yusuf Demir' } });
    const refused = (await file('minutes.pdf')) as Response;
    expect(refused.status).toBe(302);
    expect(refused.headers.get('Location')).toBe(`${base}/minutes`);

    const params = { org: s.org.slug, tid: s.trajectory.id };
    const page = answerOf<{ places: { key: string; start: number; end: number; source: { id: string } }[] }>(
      await callRoute(pageLoader, await getAs(lead, `${base}/minutes`), params),
    );
    const [place] = page.places;
    const fields = {
      intent: 'replace',
      target: place!.key,
      recordId: place!.source.id,
      field: 'summary',
      index: '0',
      start: String(place!.start),
      end: String(place!.end),
    };
    expect(await statusOf(callRoute(pageAction, await postAs(lead, `${base}/minutes`, { ...fields, start: 'x' }), params))).toBe(400);
    expect(await callRoute(pageAction, await postAs(lead, `${base}/minutes`, fields), params)).toMatchObject({ ok: true, intent: 'replace' });
    expect(((await file('minutes.pdf')) as Response).status).toBe(200);

    const other = await makeOrg();
    const foreign = await makeTrajectory(other.id);
    const foreignParams = { org: s.org.slug, tid: foreign.id };
    expect(
      await statusOf(
        callRoute(fileLoader, await getAs(lead, `/o/${s.org.slug}/t/${foreign.id}/reports/minutes.pdf`), { ...foreignParams, file: 'minutes.pdf' }),
      ),
    ).toBe(404);
    expect(await statusOf(callRoute(pageLoader, await getAs(lead, `/o/${s.org.slug}/t/${foreign.id}/reports/minutes`), foreignParams))).toBe(404);
  });

  it('says the report is not there yet while the minutes are a draft', async () => {
    const { org, trajectory, people } = await trajectoryWith({ lead: ['coordinator', 'lead'] });
    const base = `/o/${org.slug}/t/${trajectory.id}/reports`;
    const params = { org: org.slug, tid: trajectory.id };
    const page = await callRoute(pageLoader, await getAs(people.lead.actor.userId, `${base}/minutes`), params);
    expect(await statusOf(page)).toBe(409);
    expect(answerOf(page)).toMatchObject({ ready: false });
    const file = (await callRoute(fileLoader, await getAs(people.lead.actor.userId, `${base}/minutes.docx`), { ...params, file: 'minutes.docx' })) as Response;
    expect(file.status).toBe(302);
    expect(file.headers.get('Location')).toBe(`${base}/minutes`);
  });
});
