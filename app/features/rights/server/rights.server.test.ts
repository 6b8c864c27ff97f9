import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import {
  accessLog,
  agendaItems,
  agendaReactions,
  minuteNotes,
  parentFeedback,
  parentLinks,
  participantPersonalData,
  participants,
  trajectories,
} from '#app/db/schema';
import { registerSignup } from '#app/features/materials/server/signup-records.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { updateParticipant } from '#app/features/participants/server/update-participant.server';
import { recordInterpreter } from '#app/features/reception/server/record-interpreter.server';
import { getParticipantPage } from '#app/features/recruitment/server/get-participant-page.server';
import { getParticipantsPage } from '#app/features/recruitment/server/get-participants-page.server';
import { sendMail } from '#app/mail/send-mail.server';
import { checkAccessChain, logAccess, readAccessLog } from '#app/privacy/access-log.server';
import { RuleError } from '#app/utils/rule-error';
import { withSubmission } from '#app/utils/submissions.server';
import { statusOf } from '#tests/http';
import { trajectoryWith } from '#tests/factories';
import { pdfText } from '#tests/files';
import { getAccessLogPage } from './get-access-log-page.server';
import { eraseParticipant } from './erase-participant.server';
import { exportParticipantData } from './export-participant-data.server';

beforeAll(async () => {
  await db();
});

const setup = () => trajectoryWith({ lead: ['coordinator', 'lead'], admin: ['admin'], listener: ['member', 'listener'] });

/** Distinctive values in every personal text field, so a scan finds any copy of them. */
function distinctive() {
  const tag = randomUUID().replace(/-/g, '').slice(0, 10);
  const digits = String(parseInt(tag.slice(0, 8), 16))
    .padStart(8, '0')
    .slice(0, 8);
  return {
    name: `Zwaantje${tag}`,
    surname: `Vlinderberg${tag}`,
    phone: `06${digits}`,
    email: `zwaan.${tag}@voorbeeld.nl`,
    address: `Kievitlaan ${tag} Amersfoort`,
    languages: `Tigrinya${tag}`,
    interpreterLanguage: `Tigre${tag}`,
    diet: `Geen varken ${tag}`,
    preferredTime: `Woensdag ${tag}`,
    needs: `Rolstoel ${tag}`,
    compensation: `Bon ${tag}`,
    stayInvolvedContact: `070${digits}`,
    interpreterName: `Tolk Abebe${tag}`,
    contactPersonName: `Juf Marloes${tag}`,
  };
}

/** Every base table of the database, each row cast to text, searched for the value. */
async function tablesHolding(value: string): Promise<string[]> {
  const database = await db();
  const tables = (await database.execute(
    sql`select table_schema, table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  )) as unknown as { rows: { table_schema: string; table_name: string }[] };
  const found: string[] = [];
  for (const { table_schema, table_name } of tables.rows) {
    const table = sql.raw(`"${table_schema}"."${table_name}"`);
    const hit = (await database.execute(sql`select count(*)::int as n from ${table} t where t::text ilike ${`%${value}%`}`)) as unknown as {
      rows: { n: number }[];
    };
    if (hit.rows[0]!.n > 0) found.push(`${table_schema}.${table_name}`);
  }
  return found;
}

describe('the access log', () => {
  it('logs who looked at whose data, on which screen and in which role, one entry per participant, in an intact chain', async () => {
    const { org, trajectory, people } = await setup();
    const a = await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal: { name: 'Een' } });
    const b = await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal: { name: 'Twee' } });
    await getParticipantPage({ ...people.lead.scope, participantId: a.id });
    await getParticipantsPage(people.lead.scope);
    // The pseudonymous view reads no personal data: nothing logged.
    await getParticipantsPage(people.listener.scope);
    const log = await readAccessLog(await db(), org.id);
    expect(log.map((e) => [e.action, e.screen, e.participantId])).toEqual([
      ['change', 'participants.create', a.id],
      ['change', 'participants.create', b.id],
      ['view', 'participant', a.id],
      ['view', 'participants', a.id],
      ['view', 'participants', b.id],
    ]);
    expect(log[2]).toMatchObject({ actorUserId: people.lead.actor.userId, actorRoles: ['coordinator', 'lead'], trajectoryId: trajectory.id, seq: 3 });
    expect(await checkAccessChain(await db(), org.id)).toEqual({ intact: true, count: 5 });
  });

  it('refuses to change or delete an entry (trigger), and the chain check finds an entry changed behind its back', async () => {
    const { org, people } = await setup();
    const p = await createParticipant({ ...people.lead.scope, kind: 'parent', personal: { name: 'Drie' } });
    await getParticipantPage({ ...people.lead.scope, participantId: p.id });
    await getParticipantPage({ ...people.lead.scope, participantId: p.id });
    const database = await db();
    await expect(database.update(accessLog).set({ screen: 'elders' }).where(eq(accessLog.orgId, org.id))).rejects.toThrow();
    await expect(database.delete(accessLog).where(eq(accessLog.orgId, org.id))).rejects.toThrow();
    // With the triggers switched off for this transaction only (what someone with database access could do), then rolled back.
    const seen = await database
      .transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update access_log set actor_user_id = ${people.admin.actor.userId} where org_id = ${org.id} and seq = 2`);
        const status = await checkAccessChain(tx, org.id);
        throw Object.assign(new Error('rollback'), { status });
      })
      .catch((e: { status?: unknown }) => e.status);
    expect(seen).toEqual({ intact: false, count: 3, brokenAt: 2 });
    expect(await checkAccessChain(database, org.id)).toEqual({ intact: true, count: 3 });
  });

  it('does not fork the chain when many transactions append at once', async () => {
    const { org, people } = await setup();
    const ids = Array.from({ length: 4 }, () => randomUUID());
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) =>
        (await db()).transaction((tx) =>
          logAccess(tx, people.lead.scope, { participantIds: i % 3 === 0 ? ids : [ids[i % 4]!], action: 'view', screen: `s${i}` }),
        ),
      ),
    );
    // Printed, never asserted: it depends on the machine.
    console.info(`[access log] 24 concurrent transactions appending 48 entries: ${Math.round(performance.now() - started)} ms`);
    const log = await readAccessLog(await db(), org.id);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
    expect(log.length).toBe(8 * 4 + 16);
    expect(await checkAccessChain(await db(), org.id)).toEqual({ intact: true, count: log.length });
  });

  it('shows admins the entries with pseudonyms and filters them; others get a 403', async () => {
    const { people } = await setup();
    const a = await createParticipant({ ...people.lead.scope, kind: 'parent', status: 'registered', personal: { name: 'Vier' } });
    await getParticipantPage({ ...people.lead.scope, participantId: a.id });
    const filter = { participant: '', user: '', from: '', to: '', action: '' as const };
    const page = await getAccessLogPage({ ...people.admin, filter });
    expect(page.chain).toEqual({ intact: true, count: 2 });
    expect(page.entries.map((e) => [e.seq, e.pseudonym, e.action])).toEqual([
      [2, a.pseudonym, 'view'],
      [1, a.pseudonym, 'change'],
    ]);
    expect(JSON.stringify(page)).not.toContain('Vier');
    expect((await getAccessLogPage({ ...people.admin, filter: { ...filter, action: 'view' } })).entries).toHaveLength(1);
    expect((await getAccessLogPage({ ...people.admin, filter: { ...filter, participant: a.pseudonym!.toLowerCase() } })).entries).toHaveLength(2);
    expect((await getAccessLogPage({ ...people.admin, filter: { ...filter, participant: 'Ouder Z' } })).entries).toHaveLength(0);
    expect((await getAccessLogPage({ ...people.admin, filter: { ...filter, user: people.admin.actor.userId } })).entries).toHaveLength(0);
    expect((await getAccessLogPage({ ...people.admin, filter: { ...filter, from: '2000-01-01', to: '2000-01-02' } })).entries).toHaveLength(0);
    expect(await statusOf(getAccessLogPage({ ...people.lead, filter }))).toBe(403);
  });
});

describe("a participant's rights", () => {
  it('exports everything about them as JSON and PDF, with who looked at their data, and logs the download', async () => {
    const { org, people } = await setup();
    const v = distinctive();
    const p = await createParticipant({
      ...people.lead.scope,
      kind: 'parent',
      status: 'registered',
      personal: { name: v.name, phone: v.phone },
      consent: true,
    });
    await getParticipantPage({ ...people.lead.scope, participantId: p.id });
    const json = await exportParticipantData({ ...people.lead.scope, participantId: p.id, format: 'json', locale: 'nl' });
    const data = JSON.parse(json.content.toString('utf8'));
    expect(data).toMatchObject({ pseudonym: p.pseudonym, personal: { name: v.name, phone: v.phone }, recruitment: { status: 'registered' } });
    expect(data.consents.registration).toBeTruthy();
    expect(data.accessLog.map((e: { action: string; screen: string }) => `${e.action} ${e.screen}`)).toEqual([
      'change participants.create',
      'view participant',
      'export rights.export.json',
    ]);
    const pdf = await exportParticipantData({ ...people.lead.scope, participantId: p.id, format: 'pdf', locale: 'nl' });
    expect(pdf.content.subarray(0, 4).toString()).toBe('%PDF');
    // Readable, in Dutch: the same facts as the file, and who looked.
    const text = await pdfText(pdf.content);
    for (const part of [
      `Gegevens van ${p.pseudonym}`,
      `Voornaam of roepnaam: ${v.name}`,
      `Telefoonnummer: ${v.phone}`,
      'Stap in het werven: Aangemeld',
      'Wie heeft deze gegevens bekeken of veranderd',
      'Gedownload, scherm rights.export.json',
    ])
      expect(text).toContain(part);
    expect(pdf.filename).toMatch(/\.pdf$/);
    expect(await checkAccessChain(await db(), org.id)).toEqual({ intact: true, count: 4 });
    expect(await statusOf(exportParticipantData({ ...people.listener.scope, participantId: p.id, format: 'json', locale: 'nl' }))).toBe(403);
    expect(await statusOf(exportParticipantData({ ...people.lead.scope, participantId: randomUUID(), format: 'json', locale: 'nl' }))).toBe(404);
  });

  for (const removeWords of [false, true]) {
    it(`erases their identity from every table and column${removeWords ? ', and their words' : ', keeping their words'}`, async () => {
      const { org, trajectory, people } = await setup();
      const v = distinctive();
      const database = await db();
      // They sign up through the flyer's code, with a submission key (the stored answer names them).
      const code = Array.from(randomUUID().replace(/-/g, '').slice(0, 10), (c) => 'ABCDEFGHJKMNPQRS'[parseInt(c, 16)]).join('');
      await database.update(trajectories).set({ signupCode: code }).where(eq(trajectories.id, trajectory.id));
      const form = new FormData();
      form.set('submission', randomUUID());
      const input = {
        name: v.name,
        surname: v.surname,
        phone: v.phone,
        callViaContact: false,
        contactPersonName: v.contactPersonName,
        kind: 'parent' as const,
        languages: v.languages,
      };
      const { participantId } = await withSubmission(form, input, () => registerSignup({ code, input }));
      // The workgroup completes their data and registers them (pseudonym), the desk notes the interpreter.
      await updateParticipant({
        ...people.lead.scope,
        participantId,
        kind: 'parent',
        status: 'registered',
        placeCategory: 'school',
        placeName: `School ${v.surname}`,
        profileFit: '',
        recruitedBy: null,
        consent: true,
        personal: {
          name: v.name,
          surname: v.surname,
          phone: v.phone,
          email: v.email,
          address: v.address,
          callViaContact: false,
          languages: v.languages,
          interpreterLanguage: v.interpreterLanguage,
          needsChildcare: true,
          needsTransport: true,
          diet: v.diet,
          preferredTime: v.preferredTime,
          needs: v.needs,
          compensation: v.compensation,
          compensationPaid: false,
        },
      });
      await recordInterpreter({ ...people.lead.scope, participantId, language: v.interpreterLanguage, interpreter: v.interpreterName });
      // Their words: a minute note, the agenda's copy of their quote, a reaction and a general reaction on their page.
      const quote = `Ik voelde me niet gehoord, zei ${v.name}`;
      await database.insert(minuteNotes).values({
        orgId: org.id,
        trajectoryId: trajectory.id,
        participantId,
        summary: 'Voelt zich niet gehoord',
        quotes: [quote, 'Niemand belde terug'],
        idempotencyKey: randomUUID(),
      });
      const [item] = await database
        .insert(agendaItems)
        .values({ orgId: org.id, trajectoryId: trajectory.id, rank: 1, title: 'Terugbellen', quotes: [quote, 'Iemand anders'] })
        .returning();
      await database.insert(agendaReactions).values({ orgId: org.id, itemId: item!.id, participantId, verdict: 'partly', comment: `Bel mij op ${v.phone}` });
      await database.insert(parentFeedback).values({ orgId: org.id, trajectoryId: trajectory.id, participantId, generalReaction: 'Fijn dat er iets gebeurt' });
      await database.insert(parentLinks).values({ orgId: org.id, trajectoryId: trajectory.id, participantId, linkToken: `t${randomUUID()}` });
      // How they asked to be reached after step 8 (what their own page stores).
      await database
        .update(participantPersonalData)
        .set({ stayInvolvedContact: v.stayInvolvedContact })
        .where(eq(participantPersonalData.participantId, participantId));
      // A mail to them, in the outbox.
      await sendMail({ to: v.email, subject: 'Jullie zeiden, wij deden', text: `Beste ${v.name}, bekijk uw pagina.` });

      // Before: their values are there (the scan works).
      expect(await tablesHolding(v.name)).toContain('public.participant_personal_data');
      expect(await tablesHolding(v.interpreterName)).toEqual(['public.participant_consents']);

      await eraseParticipant({ ...people.lead.scope, participantId, removeWords });

      for (const value of Object.values(v)) expect({ value, tables: await tablesHolding(value) }).toEqual({ value, tables: [] });
      const [after] = await database.select().from(participants).where(eq(participants.id, participantId));
      expect(after!.pseudonym).toBeTruthy();
      expect(after!.erasedAt).toBeInstanceOf(Date);
      const [note] = await database.select().from(minuteNotes).where(eq(minuteNotes.participantId, participantId));
      const [agenda] = await database.select().from(agendaItems).where(eq(agendaItems.id, item!.id));
      const [general] = await database.select().from(parentFeedback).where(eq(parentFeedback.participantId, participantId));
      if (removeWords) {
        expect(note).toMatchObject({ summary: '[verwijderd]', quotes: ['[verwijderd]', '[verwijderd]'] });
        expect(agenda!.quotes).toEqual(['[verwijderd]', 'Iemand anders']);
        expect(general!.generalReaction).toBe('[verwijderd]');
      } else {
        expect(note).toMatchObject({ summary: 'Voelt zich niet gehoord', quotes: ['Ik voelde me niet gehoord, zei [verwijderd]', 'Niemand belde terug'] });
        expect(agenda!.quotes).toEqual(['Ik voelde me niet gehoord, zei [verwijderd]', 'Iemand anders']);
        expect(general!.generalReaction).toBe('Fijn dat er iets gebeurt');
      }
      // The erasure is logged, with ids only, and the chain holds.
      const log = await readAccessLog(database, org.id);
      expect(log.at(-1)).toMatchObject({ action: 'erase', participantId, actorUserId: people.lead.actor.userId });
      expect(log[0]).toMatchObject({ action: 'change', screen: 'signup', actorUserId: null, actorRoles: ['signup'] });
      expect(await checkAccessChain(database, org.id)).toMatchObject({ intact: true });
      // Once erased, erasing again is refused; the export still works and holds no identity.
      await expect(eraseParticipant({ ...people.lead.scope, participantId, removeWords })).rejects.toThrow(RuleError);
      const exported = (await exportParticipantData({ ...people.lead.scope, participantId, format: 'json', locale: 'nl' })).content.toString('utf8');
      for (const value of Object.values(v)) expect(exported).not.toContain(value);
    });
  }

  it('refuses erasing to anyone without the right to personal data', async () => {
    const { people } = await setup();
    const p = await createParticipant({ ...people.lead.scope, kind: 'parent', personal: { name: 'Vijf' } });
    expect(await statusOf(eraseParticipant({ ...people.admin.scope, participantId: p.id, removeWords: false }))).toBe(403);
  });
});
