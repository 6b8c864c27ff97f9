// The demo's third trajectory, which has gone through all 8 steps: mirror meeting held, follow-up
// board closed, the parents' agenda adopted, translated, shared and answered, and actions under way.
// Written as plain rows (like the rest of the demo) so the demo does not depend on the screens.
import { randomInt } from 'node:crypto';
import type { Tx } from '#app/db/client.server';
import {
  actions,
  actionUpdates,
  agendaItemReasons,
  agendaItems,
  agendaItemTranslations,
  agendaReactions,
  boardIdeas,
  boardNotes,
  boards,
  boardThemes,
  meetings,
  minuteNotes,
  minutes,
  parentFeedback,
  parentLinks,
  participantPersonalData,
  participants,
  partners,
  trajectories,
  trajectoryRoles,
} from '#app/db/schema';
import { newJoinCode } from '#app/features/board/domain/join-code';
import { variantDefaults } from '#app/features/trajectory/domain/variants';
import { logConsent } from '#app/privacy/consent-log.server';
import { newToken } from '#app/utils/tokens.server';

type Ids = { orgId: string; teamId: string; coordinatorId: string; parentContactId: string; policyId: string; youthHealthId: string };
type Contact = { name: string; email: string };

const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
};
const dayString = (offset: number) => day(offset).toISOString().slice(0, 10);

/** What the parents said, per theme: the literal quotes the agenda items rest on. */
const heard = [
  {
    theme: 'Weten waar je terechtkunt',
    notes: ['Ouders weten niet bij wie ze met vragen over opvoeden terechtkunnen', 'Veel loketten, niemand die het overzicht heeft'],
    quotes: ['Ik wist niet eens dat het wijkteam bestond.', 'Je wordt van het ene loket naar het andere gestuurd.'],
    idea: 'Eén vast aanspreekpunt per gezin',
    plain: 'U krijgt één vaste persoon die u kunt bellen met al uw vragen over opvoeden.',
    ar: 'ستحصلون على شخص ثابت واحد يمكنكم الاتصال به بكل أسئلتكم عن التربية.',
    tr: 'Çocuk yetiştirme ile ilgili tüm sorularınız için arayabileceğiniz tek bir sabit kişiniz olacak.',
  },
  {
    theme: 'Brieven en formulieren',
    notes: ['Brieven van de gemeente zijn te moeilijk', 'Formulieren vragen steeds hetzelfde'],
    quotes: ['Die brieven lees ik drie keer en dan snap ik het nog niet.', 'Waarom moet ik alles opnieuw invullen?'],
    idea: 'Brieven in gewone taal, samen met ouders getest',
    plain: 'Brieven van de gemeente worden korter en in gewone woorden geschreven. Ouders lezen mee.',
    ar: 'ستصبح رسائل البلدية أقصر ومكتوبة بكلمات بسيطة. يقرأ الآباء والأمهات معنا.',
    tr: '',
  },
  {
    theme: 'Steun van andere ouders',
    notes: ['De inloopochtend helpt ouders echt', 'Ouders willen andere ouders ontmoeten'],
    quotes: ['Bij de koffieochtend voelde ik me voor het eerst niet alleen.', 'Van andere moeders leer ik het meest.'],
    idea: 'Een koffieochtend voor ouders in elke wijk',
    plain: 'Er komt in elke wijk een koffieochtend waar ouders elkaar kunnen ontmoeten.',
    ar: 'سيكون هناك صباح قهوة في كل حي حيث يمكن للآباء والأمهات أن يلتقوا.',
    tr: 'Her mahallede ebeveynlerin buluşabileceği bir kahve sabahı olacak.',
  },
];

export async function seedStepEight(tx: Tx, ids: Ids, contacts: { youthHealth: Contact; welfare: Contact }, title: string) {
  const { orgId, coordinatorId, parentContactId } = ids;
  const defaults = variantDefaults('coalition');
  const [trajectory] = await tx
    .insert(trajectories)
    .values({
      orgId,
      teamId: ids.teamId,
      title,
      variant: 'coalition',
      shortTermGoal: 'Ouders in Oosterpark weten waar ze terechtkunnen met vragen over opvoeden.',
      longTermGoal: 'Hulp in de wijk is makkelijk te vinden en sluit aan bij wat ouders zeggen.',
      horizonGoal: 'Alle kinderen in Oosterpark groeien gezond en veilig op.',
      theme: 'Hulp bij opvoeden: weten waar je terechtkunt',
      participantTargetMin: defaults.participantTargetMin,
      participantTargetMax: defaults.participantTargetMax,
      mirrorListenerTarget: defaults.mirrorListenerTarget,
      followUpListenerTarget: defaults.followUpListenerTarget,
      feedbackLanguages: ['ar', 'tr'],
      agendaSharedAt: day(-28),
      publicPageToken: newToken(),
      createdBy: coordinatorId,
    })
    .returning();
  const trajectoryId = trajectory!.id;
  const base = { orgId, trajectoryId };
  await tx.insert(trajectoryRoles).values([
    { ...base, userId: coordinatorId, role: 'lead' },
    { ...base, userId: parentContactId, role: 'parent_contact' },
    { ...base, userId: ids.policyId, role: 'workgroup' },
    { ...base, userId: ids.youthHealthId, role: 'process_facilitator' },
  ]);
  await tx.insert(meetings).values([
    { ...base, kind: 'mirror', date: dayString(-70), startTime: '19:00', venueName: 'Buurthuis Oosterpark' },
    { ...base, kind: 'follow_up', date: dayString(-49), startTime: '15:00', venueName: 'Buurthuis Oosterpark' },
    { ...base, kind: 'feedback', date: dayString(-21), startTime: '10:00', venueName: 'Buurthuis Oosterpark', form: 'koffieochtend' },
  ]);
  const [ggd, welzijn] = await tx
    .insert(partners)
    .values([
      {
        ...base,
        name: 'Jeugdgezondheidszorg Demostad',
        domain: 'youth_health',
        contactName: contacts.youthHealth.name,
        contactEmail: contacts.youthHealth.email,
        linkToken: newToken(),
        signedAt: day(-100),
        signedName: contacts.youthHealth.name,
        signedOrganisation: 'Jeugdgezondheidszorg Demostad',
      },
      {
        ...base,
        name: 'Welzijn Oosterpark',
        domain: 'welfare',
        contactName: contacts.welfare.name,
        contactEmail: contacts.welfare.email,
        linkToken: newToken(),
        signedAt: day(-98),
        signedName: contacts.welfare.name,
        signedOrganisation: 'Welzijn Oosterpark',
      },
    ])
    .returning();

  // Six parents took part; their names are personal data, seen by the lead and the parent contact only.
  const names = ['Samira', 'Linda', 'Özlem', 'Priya', 'Ewa', 'Noor'];
  const parents = await tx
    .insert(participants)
    .values(names.map((_, i) => ({ ...base, pseudonym: `Ouder ${'ABCDEF'[i]}`, kind: 'parent' as const, status: 'attended' as const })))
    .returning({ id: participants.id });
  const languages = ['ar', 'nl', 'tr', 'nl', 'nl', 'ar'];
  await tx.insert(participantPersonalData).values(
    parents.map((p, i) => ({
      participantId: p.id,
      ...base,
      name: names[i]!,
      languages: languages[i] === 'nl' ? 'Nederlands' : languages[i] === 'ar' ? 'Arabisch' : 'Turks',
      consentAt: day(-75),
      stayInvolvedContact: i === 0 ? 'Via Fatma van het wijkteam' : '',
    })),
  );
  // Their consents, in the consent log: to take part (entered by the parent contact), and the first parent's to stay involved.
  for (const [i, p] of parents.entries()) {
    const logged = { ...base, participantId: p.id, language: 'nl', recordedBy: parentContactId };
    await logConsent(tx, { ...logged, kind: 'signup', answer: true, how: 'on_behalf', at: day(-75) });
    if (i === 0) await logConsent(tx, { ...logged, kind: 'stay_involved', answer: true, how: 'on_behalf', at: day(-14) });
  }

  const said = await tx
    .insert(minuteNotes)
    .values(
      heard.map((h, i) => ({
        ...base,
        questionKey: `demo-oost-${i}`,
        questionText: 'Hoe was het om hulp te vragen?',
        participantId: parents[i]!.id,
        kind: 'answer' as const,
        summary: h.notes[0]!,
        quotes: h.quotes,
        tags: ['difficult'],
        idempotencyKey: newToken(),
        authorId: coordinatorId,
      })),
    )
    .returning({ id: minuteNotes.id });
  void said;
  await tx.insert(minutes).values({ ...base, status: 'finalised', finalisedAt: day(-69), finalisedBy: coordinatorId });

  // The follow-up session: closed, with its themes, notes and the ideas that made the top.
  const [board] = await tx
    .insert(boards)
    .values({ ...base, joinCode: newJoinCode(randomInt), phase: 'closed', ideasRevealed: true, openedBy: coordinatorId, closedAt: day(-49) })
    .returning();
  const boardId = board!.id;
  const items: (typeof agendaItems.$inferSelect)[] = [];
  for (const [i, h] of heard.entries()) {
    const [theme] = await tx.insert(boardThemes).values({ orgId, boardId, name: h.theme, position: i }).returning();
    await tx
      .insert(boardNotes)
      .values(h.notes.map((text) => ({ orgId, boardId, column: 'difficult' as const, text, themeId: theme!.id, idempotencyKey: newToken() })));
    const [idea] = await tx.insert(boardIdeas).values({ orgId, boardId, themeId: theme!.id, text: h.idea, idempotencyKey: newToken() }).returning();
    const [item] = await tx
      .insert(agendaItems)
      .values({
        ...base,
        rank: i + 1,
        position: i + 1,
        title: h.idea,
        plainText: h.plain,
        themeName: h.theme,
        sharedTheme: h.theme,
        dots: 14 - i * 3,
        notes: h.notes,
        quotes: h.quotes,
        ideaId: idea!.id,
        status: 'agreed',
      })
      .returning();
    items.push(item!);
    await tx.insert(agendaItemReasons).values({
      orgId,
      itemId: item!.id,
      text:
        i === 1
          ? 'Overgenomen uit de top 10; "samen met ouders testen" toegevoegd omdat ouders dat zelf voorstelden.'
          : 'Overgenomen uit de top 10 van de terugkombijeenkomst.',
      authorId: coordinatorId,
      createdAt: day(-45),
    });
    await tx
      .insert(agendaItemTranslations)
      .values(
        (['ar', 'tr'] as const)
          .filter((language) => h[language] !== '')
          .map((language) => ({ orgId, itemId: item!.id, language, text: h[language], updatedBy: parentContactId })),
      );
  }

  // Personal links; five parents answered, one of them through the parent contact at the feedback meeting.
  await tx
    .insert(parentLinks)
    .values(parents.map((p, i) => ({ ...base, participantId: p.id, linkToken: newToken(), language: languages[i]!, lastVisitAt: i < 5 ? day(-20) : null })));
  const verdicts = [
    ['heard', 'heard', 'heard'],
    ['heard', 'partly', 'heard'],
    ['missing', 'heard', 'heard'],
    ['heard', 'heard', 'partly'],
    ['partly', 'heard', 'heard'],
  ] as const;
  const comments: Record<string, string> = {
    '1-1': 'Ook de brieven van school graag in gewone taal.',
    '2-0': 'Het aanspreekpunt moet ook Turks spreken.',
    '3-2': 'Liefst op zaterdag, dan kunnen vaders ook.',
  };
  await tx.insert(agendaReactions).values(
    verdicts.flatMap((row, p) =>
      row.map((verdict, i) => ({
        orgId,
        itemId: items[i]!.id,
        participantId: parents[p]!.id,
        verdict,
        comment: comments[`${p}-${i}`] ?? '',
        recordedBy: p === 2 ? parentContactId : null,
      })),
    ),
  );
  await tx.insert(parentFeedback).values([
    { ...base, participantId: parents[0]!.id, generalReaction: 'Fijn dat er echt iets met ons verhaal gebeurt.', involvement: ['sounding_board'] },
    { ...base, participantId: parents[1]!.id, generalReaction: '', involvement: ['co_creation', 'coalition'] },
    { ...base, participantId: parents[2]!.id, generalReaction: 'Ik kom graag weer.', involvement: ['sounding_board'], recordedBy: parentContactId },
    { ...base, participantId: parents[3]!.id, generalReaction: '', involvement: ['none'] },
  ]);

  // The change agenda: actions with owners at the partners, and dated updates.
  const [loket, brieven, koffie] = await tx
    .insert(actions)
    .values([
      {
        ...base,
        agendaItemId: items[0]!.id,
        title: 'Proef met één vast aanspreekpunt voor 20 gezinnen',
        partnerId: ggd!.id,
        ownerName: contacts.youthHealth.name,
        status: 'running',
        dueOn: dayString(60),
        nextStep: 'In maart kijken we met de ouders of het werkt.',
        lastUpdateAt: day(-10),
      },
      {
        ...base,
        agendaItemId: items[1]!.id,
        title: 'Drie brieven herschrijven in gewone taal',
        partnerId: null,
        ownerName: 'Team Communicatie gemeente',
        status: 'planned',
        dueOn: dayString(-3),
        nextStep: 'Ouders van de klankbordgroep lezen de nieuwe brieven mee.',
        lastUpdateAt: day(-40),
      },
      {
        ...base,
        agendaItemId: items[2]!.id,
        title: 'Koffieochtend in buurthuis Oosterpark',
        partnerId: welzijn!.id,
        ownerName: contacts.welfare.name,
        status: 'done',
        dueOn: dayString(-14),
        nextStep: 'Elke dinsdag van 9 tot 11 uur, ook in de vakanties.',
        lastUpdateAt: day(-7),
      },
    ])
    .returning();
  await tx.insert(actionUpdates).values([
    {
      orgId,
      actionId: loket!.id,
      text: 'Twintig gezinnen hebben nu één vaste contactpersoon.',
      evidence: 'Verslag overleg wijkteam',
      status: 'running',
      authorId: coordinatorId,
      createdAt: day(-10),
    },
    { orgId, actionId: brieven!.id, text: 'De drie brieven zijn gekozen.', status: 'planned', authorId: coordinatorId, createdAt: day(-40) },
    { orgId, actionId: koffie!.id, text: 'Ruimte geregeld in het buurthuis.', status: 'running', partnerId: welzijn!.id, createdAt: day(-30) },
    {
      orgId,
      actionId: koffie!.id,
      text: 'De eerste koffieochtend was er; er kwamen 12 ouders.',
      evidence: 'Foto van de aankondiging',
      status: 'done',
      partnerId: welzijn!.id,
      createdAt: day(-7),
    },
  ]);
  return { id: trajectoryId };
}
