export const listeners = {
  title: 'Toehoorders',
  intro:
    'Toehoorders zijn professionals, vrijwilligers en beleidsmakers die luisteren naar wat ouders vertellen. Zet ze op de lijst, nodig ze persoonlijk uit en houd bij wie er komt.',
  readOnly: 'U kunt deze pagina bekijken. Alleen de trekkers en de werkgroep kunnen toehoorders toevoegen en uitnodigen.',

  meeting_mirror: 'Spiegelbijeenkomst',
  meeting_follow_up: 'Terugkombijeenkomst',
  whenUnknown: 'Datum en tijd volgen nog',
  whenDayTime: '{day} om {time} uur',
  whenDayOnly: '{day}, de tijd volgt nog',
  whereUnknown: 'Plaats volgt nog',
  when: 'Wanneer',
  where: 'Waar',

  // Counts and coverage
  countsTitle: 'Wie komt er?',
  listedCount: 'Op de lijst',
  invitedCount: 'Uitgenodigd',
  rsvpCounts: '{yes} ja, {no} nee, {maybe} misschien, {unknown} nog geen antwoord',
  yesAgainstTarget: '{yes} van de ongeveer {target} die de methode aanraadt',
  warning_invitedBelowTarget:
    'U heeft {invited} van de ongeveer {target} toehoorders uitgenodigd. Niet iedereen kan komen. Nodig daarom minstens {target} mensen uit.',
  warning_mirrorFew:
    'Er {yes, plural, one {zegt nu # toehoorder} other {zeggen nu # toehoorders}} ja voor de spiegelbijeenkomst. De methode raadt 30 tot 40 toehoorders aan.',
  warning_mirrorMany:
    'Er {yes, plural, one {zegt nu # toehoorder} other {zeggen nu # toehoorders}} ja voor de spiegelbijeenkomst. Met meer dan 40 wordt de zaal voor ouders al snel te groot.',
  warning_followUpFew:
    'Er {yes, plural, one {zegt nu # toehoorder} other {zeggen nu # toehoorders}} ja voor de terugkombijeenkomst. De methode raadt ongeveer 20 aan.',
  warning_followUpMany:
    'Er {yes, plural, one {zegt nu # toehoorder} other {zeggen nu # toehoorders}} ja voor de terugkombijeenkomst. Met meer dan 25 wordt het gesprek lastig. De methode raadt ongeveer 20 aan.',
  coverageTitle: 'Welke groepen zijn erbij?',
  coverageIntro: 'Per groep ziet u hoeveel toehoorders u in stap 4 had gepland, hoeveel er op de lijst staan en hoeveel ja zeggen voor de spiegelbijeenkomst.',
  coverageEmpty: 'Er is nog geen plan uit stap 4 en er staan nog geen toehoorders op de lijst.',
  colCategory: 'Groep',
  colPlanned: 'Gepland',
  colListed: 'Op de lijst',
  colYes: 'Zegt ja',
  coverageAdvice_noWelfareOrCommunityWork:
    'Nog niemand van welzijn of opbouwwerk zegt ja. De methode vraagt om minstens één toehoorder van welzijn of opbouwwerk.',
  coverageAdvice_noExperienceExpert:
    'Nog geen ervaringsdeskundige ouder zegt ja. De methode vraagt om minstens één ervaringsdeskundige ouder bij de toehoorders.',
  uncoveredPlanned: 'Gepland in stap 4, maar nog niemand zegt ja: {categories}.',

  // Inviting
  inviteTitle: 'Uitnodigen',
  inviteIntro:
    'Iedere toehoorder krijgt een persoonlijke e-mail. Daarin staan de afspraken voor toehoorders, de data en plaatsen van beide bijeenkomsten en een eigen link. Via die link zegt de toehoorder per bijeenkomst ja, nee of misschien, en stuurt vragen in.',
  meetingsNotReady: 'Nog niet alle data en plaatsen staan vast. In de uitnodiging staat dan "volgt nog". U vult ze in bij Data en Locatie.',
  inviteAll: 'Alle nog niet uitgenodigde toehoorders uitnodigen ({count})',
  nothingToInvite: 'Iedereen op de lijst is uitgenodigd.',
  invitePreview: 'Bekijk de tekst van de uitnodiging',
  previewName: 'naam van de toehoorder',
  inviteSent: '{count, plural, one {# uitnodiging} other {# uitnodigingen}} verstuurd.',
  inviteNoEmail: '{count, plural, one {# toehoorder heeft} other {# toehoorders hebben}} geen e-mailadres en kreeg daarom geen uitnodiging.',
  inviteFailed: '{count, plural, one {# uitnodiging kon} other {# uitnodigingen konden}} niet worden verstuurd. Probeer het later opnieuw.',

  // The list
  listTitle: 'De lijst',
  listEmpty: 'Er staan nog geen toehoorders op de lijst.',
  nameLabel: 'Naam',
  organisationLabel: 'Organisatie',
  categoryLabel: 'Groep',
  chooseCategory: 'Kies een groep',
  emailLabel: 'E-mailadres',
  emailHint: 'Nodig om de uitnodiging per e-mail te sturen.',
  invitationLabel: 'Uitnodiging',
  invitedOn: 'Verstuurd op {date}',
  notInvited: 'Nog niet uitgenodigd',
  rsvp_yes: 'Ja',
  rsvp_no: 'Nee',
  rsvp_maybe: 'Misschien',
  rsvp_none: 'Nog geen antwoord',
  invite: 'Uitnodigen',
  inviteAgain: 'Opnieuw uitnodigen',
  inviteListener: 'Uitnodiging sturen aan {name}',
  inviteListenerAgain: 'Uitnodiging opnieuw sturen aan {name}',
  noEmail: 'Geen e-mailadres. Vul er een in, of geef de link zelf door.',
  linkLabel: 'Persoonlijke link van {name}',
  linkHint: 'Alleen voor deze toehoorder. Wie de link heeft, kan antwoorden en vragen insturen.',
  editListener: 'Gegevens van {name} wijzigen',
  saveListener: 'Gegevens opslaan',
  removeListener: 'Verwijderen van de lijst',
  removeHint: 'De persoonlijke link werkt daarna niet meer. Vragen die deze toehoorder instuurde blijven bewaard, zonder naam.',
  listenerAdded: 'De toehoorder staat op de lijst.',
  listenerSaved: 'De gegevens zijn opgeslagen.',
  listenerRemoved: 'De toehoorder is van de lijst gehaald.',
  addTitle: 'Een toehoorder toevoegen',
  addListener: 'Toehoorder toevoegen',

  // Pasting a list
  importTitle: 'Meerdere toehoorders tegelijk toevoegen',
  importIntro:
    'Plak één toehoorder per regel, zo: Naam; Organisatie; groep; e-mailadres. Alleen de naam is verplicht. Een lijst uit een spreadsheet plakken kan ook. Klopt één regel niet, dan voegen we niemand toe en ziet u per regel wat er mis is.',
  importLabel: 'Toehoorders, één per regel',
  importHint: 'Groepen die u kunt gebruiken: {list}. Laat u de groep leeg, dan wordt het Anders.',
  importButton: 'Lijst toevoegen',
  importDone: '{count, plural, one {# toehoorder} other {# toehoorders}} toegevoegd.',
  importHasProblems: 'Niet alle regels kloppen. Er is niemand toegevoegd. Pas de regels hieronder aan.',
  importEmpty: 'Plak minstens één regel.',
  importTooMany: 'Dat zijn te veel regels. Voeg er maximaal 200 tegelijk toe.',
  importProblem_nameMissing: 'Regel {line}: de naam ontbreekt.',
  importProblem_categoryUnknown: 'Regel {line}: deze groep kennen we niet. Gebruik een groep uit de lijst onder het veld.',
  importProblem_emailInvalid: 'Regel {line}: het e-mailadres klopt niet.',
  importProblem_tooManyFields: 'Regel {line}: er staan meer dan vier delen in. Scheid naam, organisatie, groep en e-mailadres met een puntkomma.',
  importProblem_tooLong: 'Regel {line}: een deel is langer dan 200 tekens.',

  // The invitation e-mail (always in Dutch)
  mailSubject: 'Uitnodiging: luister mee naar ouders ({trajectory})',
  mailBody: `Beste {name},

Wij nodigen u persoonlijk uit als toehoorder bij "{trajectory}" van {org}. In een spiegelgesprek vertellen ouders over hun eigen ervaringen. U zit in de kring eromheen en luistert. Zo hoort u uit de eerste hand wat ouders meemaken.

WANNEER EN WAAR
Spiegelbijeenkomst: {mirrorWhen}. {mirrorWhere}.
Terugkombijeenkomst: {followUpWhen}. {followUpWhere}.

AFSPRAKEN VOOR TOEHOORDERS
1. U luistert alleen. U praat niet mee in het gesprek.
2. U stelt de ouders geen vragen. Niet tijdens het gesprek en ook niet daarna.
3. Wilt u iets aan de ouders vragen? Stuur uw vraag vooraf in via uw persoonlijke link. De werkgroep kiest de vragen en de gespreksleider stelt ze.
4. Wat u hoorde, bespreken we samen in de terugkombijeenkomst. Daar is tijd om na te denken en te praten.
5. Wilt u later contact met een ouder? Dat loopt altijd via de werkgroep.

LAAT ONS WETEN OF U KOMT
Via uw persoonlijke link zegt u per bijeenkomst ja, nee of misschien. U kunt uw antwoord later nog wijzigen. Via dezelfde link stuurt u ook vragen in.
{link}

Deze link is alleen voor u. Stuur hem niet door.

Met vriendelijke groet,
{sender}
{org}`,

  // The listener's own page
  publicTitle: 'Uw uitnodiging als toehoorder',
  publicGreeting: 'Beste {name},',
  publicIntro: 'U bent uitgenodigd als toehoorder bij "{trajectory}" van {org}. Ouders vertellen over hun ervaringen. U luistert.',
  rulesTitle: 'Zo luistert u',
  rule1: 'U luistert alleen. U praat niet mee in het gesprek.',
  rule2: 'U stelt de ouders geen vragen. Niet tijdens het gesprek en ook niet daarna.',
  rule3: 'Wilt u iets aan de ouders vragen? Stuur uw vraag hieronder vooraf in.',
  rule4: 'Wat u hoorde, bespreken we samen in de terugkombijeenkomst.',
  rule5: 'Wilt u later contact met een ouder? Dat loopt altijd via de werkgroep.',
  meetingsTitle: 'Komt u?',
  meetingsIntro: 'Zeg per bijeenkomst of u komt. U kunt uw antwoord later nog wijzigen.',
  rsvpLegend_mirror: 'Komt u naar de spiegelbijeenkomst?',
  rsvpLegend_follow_up: 'Komt u naar de terugkombijeenkomst?',
  answer_yes: 'Ja, ik kom',
  answer_no: 'Nee, ik kan niet',
  answer_maybe: 'Misschien, ik weet het nog niet',
  rsvpSave: 'Antwoord opslaan',
  rsvpSaved: 'Dank u. Uw antwoord is opgeslagen.',
  questionsTitle: 'Een vraag insturen',
  questionsIntro: 'U mag vragen insturen. De werkgroep kiest en herschrijft ze in eenvoudige taal.',
  questionLabel: 'Uw vraag voor de ouders',
  questionHint: 'Eén vraag per keer. Bijvoorbeeld: Wanneer voelt u zich goed geholpen?',
  questionSend: 'Vraag insturen',
  questionSent: 'Dank u. Uw vraag is ontvangen.',
  questionTooShort: 'Deze vraag is te kort. Schrijf een hele vraag.',
  questionTooLong: 'Deze vraag is te lang. Houd het bij één korte vraag van hoogstens 500 tekens.',
  yourQuestions: 'Vragen die u al instuurde',
  // The download of the list (CSV).
  csvFile: 'toehoorders',
  csvDownload: 'Lijst downloaden (CSV-bestand voor Excel)',
  csvInvitedOn: 'Uitnodiging verstuurd op',
};
