export const partners = {
  title: 'Partners en intentieverklaring',
  intro:
    'Een spiegeltraject werkt alleen als partners zich samen verbinden aan de uitkomst. Leg hier vast welke organisaties meedoen, laat hen de intentieverklaring tekenen en peil vooraf hoe zij over een paar stellingen denken.',
  readOnly: 'U kunt deze stap bekijken. Alleen de werkgroep en de coördinatoren kunnen hem wijzigen.',

  partnersTitle: 'Partnerorganisaties',
  partnersEmpty: 'Er zijn nog geen partners toegevoegd.',
  nameLabel: 'Naam van de organisatie',
  domainLabel: 'Domein',
  chooseDomain: 'Kies een domein',
  contactNameLabel: 'Contactpersoon',
  contactEmailLabel: 'E-mailadres van de contactpersoon',
  contactEmailHint: 'Nodig om de persoonlijke link te mailen.',
  roleLabel: 'Rol in het traject',
  roleHint: 'Bijvoorbeeld: stuurt toehoorders, regelt de locatie of denkt mee in de werkgroep.',
  addPartnerTitle: 'Partner toevoegen',
  addPartner: 'Partner toevoegen',
  editPartner: 'Gegevens van {name} wijzigen',
  savePartner: 'Wijzigingen opslaan',
  removePartner: 'Partner verwijderen',
  removePartnerHint: 'Als u de partner verwijdert, verdwijnen ook de handtekening en de reacties op stellingen van deze partner.',
  partnerAdded: 'De partner is toegevoegd.',
  partnerSaved: 'De gegevens van de partner zijn opgeslagen.',
  partnerRemoved: 'De partner is verwijderd.',
  contact: 'Contact',
  role: 'Rol',

  domain_care: 'Zorg',
  domain_youth_health: 'Jeugdgezondheidszorg',
  domain_welfare: 'Welzijn en opbouwwerk',
  domain_policy: 'Beleid en gemeente',
  domain_informal: 'Informele steun',
  domain_education: 'Onderwijs',
  domain_housing: 'Wonen',
  domain_childcare: 'Kinderopvang',
  domain_other: 'Anders',

  coverageTitle: 'Advies over de partners',
  advice_noWelfare: 'Er is nog geen partner uit welzijn of opbouwwerk. Deze organisaties kennen de wijk en de ouders vaak goed. Nodig er een uit.',
  advice_noPolicy:
    'Er is nog geen partner uit beleid of de gemeente. Nodig ook de wethouder uit: dan krijgt de veranderagenda steun om echt uitgevoerd te worden.',

  intentTitle: 'Intentieverklaring',
  intentIntro:
    'In de intentieverklaring spreken de partners af dat zij serieus meedoen. Elke partner tekent via een eigen link. Daarvoor is geen account nodig.',
  intentLabel: 'Tekst van de intentieverklaring',
  intentTemplateNote: 'Dit is een voorbeeldtekst. Pas hem aan en sla hem op. Daarna kunnen partners tekenen.',
  intentEmpty: 'Er is nog geen tekst voor de intentieverklaring.',
  saveIntent: 'Intentieverklaring opslaan',
  intentSaved: 'De intentieverklaring is opgeslagen.',
  intentTemplate: `Intentieverklaring voor het spiegeltraject "{trajectory}"

Wij willen dat ons aanbod beter aansluit bij wat ouders en gezinnen echt nodig hebben. Daarom doen wij als partners samen mee aan dit spiegeltraject van {org}.

Wij spreken af dat wij:
- open luisteren naar wat ouders vertellen, ook als dat ongemakkelijk is;
- medewerkers tijd geven om te luisteren bij de spiegelbijeenkomst en om mee te denken in de terugkombijeenkomst;
- samen een veranderagenda maken met wat we van ouders horen;
- in onze eigen organisatie werk maken van de afspraken uit die agenda;
- ouders laten weten wat er met hun verhalen is gebeurd.

Deze verklaring is geen contract. Het is een gezamenlijke belofte om ouders serieus te nemen en van hen te leren.`,

  linksTitle: 'Links en handtekeningen',
  linkLabel: 'Persoonlijke link voor {name}',
  linkHint: 'Met deze link kan de partner zonder account tekenen en reageren. Deel hem alleen met deze partner.',
  mailLink: 'Link mailen',
  mailLinkTo: 'Link mailen naar {email}',
  linkMailed: 'De link is gemaild naar {email}.',
  noEmailForMail: 'Vul een e-mailadres van de contactpersoon in om de link te mailen.',
  signedBy: 'Getekend door {name} ({organisation}) op {date}',
  notSigned: 'Nog niet getekend',
  signedCount: '{signed} van {total, plural, one {# partner} other {# partners}} {signed, plural, one {heeft} other {hebben}} getekend.',

  mailSubject: 'Intentieverklaring spiegeltraject "{trajectory}": uw persoonlijke link',
  mailGreeting: 'Beste {name},',
  mailGreetingNoName: 'Beste partner,',
  mailBody: `{org} werkt aan het spiegeltraject "{trajectory}". Uw organisatie, {partner}, is daarbij partner.

Via de link hieronder leest u de intentieverklaring en kunt u die ondertekenen. U kunt ook reageren op een paar stellingen. U heeft geen account nodig.

{link}

Deze link is alleen voor uw organisatie. Stuur hem alleen door aan iemand die namens uw organisatie mag tekenen.

Met vriendelijke groet,
{sender}`,

  statementsTitle: 'Stellingen voor de warming-up',
  statementsIntro:
    'Partners reageren via hun eigen link op stellingen. Zo ziet u vooraf waar partners het over eens zijn en waar niet. Dat is een goed begin van het gesprek.',
  statementsEmpty: 'Er zijn nog geen stellingen.',
  statementLabel: 'Stelling',
  statementHint: 'Bijvoorbeeld: ouders in onze wijk weten goed waar zij met hun vragen terechtkunnen.',
  addStatementTitle: 'Stelling toevoegen',
  addStatement: 'Stelling toevoegen',
  editStatement: 'Stelling wijzigen',
  saveStatement: 'Stelling opslaan',
  removeStatement: 'Stelling verwijderen',
  removeStatementHint: 'Als u de stelling verwijdert, verdwijnen ook de reacties erop.',
  statementAdded: 'De stelling is toegevoegd.',
  statementSaved: 'De stelling is opgeslagen.',
  statementRemoved: 'De stelling is verwijderd.',
  statementNumber: 'Stelling {number}',
  reactionCounts: '{agree} eens · {disagree} oneens · {unsure} weet niet',
  noReactions: 'Nog geen reacties.',
  commentsTitle: 'Toelichtingen',

  choice_agree: 'Eens',
  choice_disagree: 'Oneens',
  choice_unsure: 'Weet niet',

  publicTitle: 'Intentieverklaring',
  publicTitleWithActions: 'Uw acties en de intentieverklaring',
  publicIntro: '{org} nodigt {partner} uit om mee te doen aan het spiegeltraject "{trajectory}".',
  publicIntentNotReady: 'De werkgroep maakt de tekst van de intentieverklaring nog af. Kijk later nog eens.',
  signTitle: 'Ondertekenen',
  signIntro: 'Teken alleen als u dat namens uw organisatie mag doen.',
  signNameLabel: 'Uw naam',
  signOrganisationLabel: 'Uw organisatie',
  signConfirmLabel: 'Ik onderteken deze intentieverklaring namens mijn organisatie',
  signConfirmRequired: 'Zet een vinkje als u wilt ondertekenen.',
  signButton: 'Ondertekenen',
  signedThanks: 'Dank u wel. De intentieverklaring is ondertekend.',
  alreadySigned: 'Deze intentieverklaring was al ondertekend. De eerste handtekening blijft staan.',
  publicStatementsIntro:
    'Wat vindt u van deze stellingen? Uw antwoorden helpen de werkgroep om het gesprek met alle partners voor te bereiden. U kunt uw antwoord later nog veranderen.',
  reactionChoiceLabel: 'Wat vindt u?',
  reactionCommentLabel: 'Toelichting',
  reactionSave: 'Antwoord opslaan',
  reactionSaved: 'Uw antwoord is opgeslagen.',
  yourReaction: 'Uw antwoord: {choice}',
};
