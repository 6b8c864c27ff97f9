export const minutes = {
  title: "Verslag van het spiegelgesprek",
  intro:
    'Schrijf per antwoord op wat een ouder vertelt. Gebruik alleen schuilnamen, zoals "Ouder B". Namen, telefoonnummers en e-mailadressen horen niet in het verslag.',
  statusDraft: "Concept",
  statusFinalised: "Definitief",
  finalisedOn:
    "Dit verslag is definitief gemaakt op {when}. Het kan niet meer worden gewijzigd.",
  readOnlyDraft:
    "U kunt dit concept lezen. De notulist en de trekkers schrijven het verslag.",

  nowTitle: "Nu in het gesprek",
  nowQuestion: "Vraag: {question}",
  nowParticipant: "Aan het woord: {pseudonym}",
  nowNobody: "Er is nu niemand aan de beurt.",
  notStarted:
    "Het gesprek is nog niet begonnen. U kunt wel al algemene notities maken.",
  liveOpen: "Dit scherm volgt het scherm van de gespreksleider.",
  liveWaiting: "Verbinding met het scherm van de gespreksleider maken…",
  liveOffline:
    "Geen verbinding met het scherm van de gespreksleider. Laad de pagina later opnieuw.",

  formTitle: "Notitie maken",
  kindLabel: "Soort notitie",
  kind_answer: "Antwoord van een deelnemer",
  kind_outer_circle:
    "Ronde van de buitenkring: wat hoorden de toehoorders, wat raakte hen?",
  kind_general: "Algemene notitie",
  summaryLabel: "Samenvatting",
  summaryHint: "Wat vertelt de deelnemer, in uw eigen woorden?",
  quotesLabel: "Letterlijke uitspraken",
  quotesHint: "Eén uitspraak per regel. Aanhalingstekens zijn niet nodig.",
  tagsLabel: "Labels",
  tag_goesWell: "Gaat goed",
  tag_difficult: "Moeilijk",
  tag_tip: "Tip",
  tag_idea: "Idee",
  tag_needsFollowUp: "Nagaan bij de vervolgsessie",
  save: "Notitie opslaan",
  saved: "De notitie is opgeslagen.",
  emptyNote: "Schrijf een samenvatting of een uitspraak op.",

  leakField:
    "Hier staat een naam of contactgegeven van een deelnemer. Pas de tekst aan.",
  leak_name:
    'Hier staat een voornaam van een deelnemer: "{found}". Gebruik “{pseudonym}”.',
  leak_nameNoPseudonym:
    'Hier staat een voornaam van een deelnemer: "{found}". Gebruik een schuilnaam.',
  leak_phone:
    'Hier staat een telefoonnummer: "{found}". Een telefoonnummer hoort niet in het verslag.',
  leak_email:
    'Hier staat een e-mailadres: "{found}". Een e-mailadres hoort niet in het verslag.',
  leakBlocked: "De notitie is niet opgeslagen. Pas eerst de tekst aan.",
  checkTitle: "Let op",

  queueAllSent: "Alles verstuurd.",
  queueSending:
    "{count, plural, one {# notitie wordt verstuurd…} other {# notities worden verstuurd…}}",
  queueOffline:
    "Offline — {count, plural, one {# notitie wacht} other {# notities wachten}}. Ze worden verstuurd zodra er weer verbinding is.",
  refusedTitle: "Niet opgeslagen",
  refusedIntro:
    "Deze notities zijn niet opgeslagen. Neem de tekst over in een nieuwe notitie en pas hem aan.",
  refusedOther:
    "Deze notitie kon niet worden opgeslagen. Misschien is het verslag al definitief.",
  refusedDismiss: "Weghalen",

  notesTitle: "Notities",
  noNotes: "Er zijn nog geen notities.",
  generalGroup: "Algemeen",
  noteBy: "{pseudonym}",
  noteAt: "Geschreven op {when}",
  quotesHeading: "Uitspraken",
  editTitle: "Notitie wijzigen",
  editSave: "Wijziging opslaan",
  updated: "De notitie is gewijzigd.",
  delete: "Notitie verwijderen",
  deleted: "De notitie is verwijderd.",

  finaliseTitle: "Verslag definitief maken",
  finaliseIntro:
    "Lees alle notities na. Als het verslag klopt, maakt u het definitief. Daarna kan niemand het meer wijzigen, en kunnen alle mensen van het traject het lezen. De vervolgsessie en de rapportage gebruiken dit verslag.",
  finalise: "Verslag definitief maken",
  finalised: "Het verslag is definitief.",
};
