export const goal = {
  title: 'Doel en strategie',
  intro:
    'Spreek samen af wat u met dit spiegeltraject wilt bereiken. Schrijf het kort en concreet op. U kijkt er tijdens het traject af en toe opnieuw naar.',
  readOnly: 'U kunt deze stap bekijken. Alleen de werkgroep en de coördinatoren kunnen hem wijzigen.',
  shortTermLabel: 'Doel voor de korte termijn',
  shortTermHint:
    'Wat wilt u direct na de spiegelbijeenkomst bereikt hebben? Bijvoorbeeld: ouders voelen zich gehoord, en professionals weten beter wat er speelt in de wijk.',
  longTermLabel: 'Doel voor de lange termijn',
  longTermHint:
    'Wat moet er over een paar jaar anders zijn? Bijvoorbeeld: het aanbod in de wijk sluit echt aan bij wat gezinnen nodig hebben en draagt bij aan hun welzijn.',
  horizonLabel: 'Stip op de horizon',
  horizonHint:
    'Waar werkt u uiteindelijk naartoe? Bijvoorbeeld: ouders zijn vaste partner bij het maken van beleid en aanbod, niet alleen bij dit traject.',
  visionLabel: 'Link naar een bestaande visie op opvoeden',
  visionHint: 'Heeft uw gemeente of coalitie al een visie op opgroeien en opvoeden? Zet hier het webadres.',
  visionOpen: 'Bekijk de visie',
  saveGoals: 'Doelen opslaan',
  goalsSaved: 'De doelen zijn opgeslagen.',
  reviewsTitle: 'Past het doel nog?',
  reviewsIntro:
    'Kijk tijdens het traject af en toe terug: past het doel nog, en wat is er veranderd? Zo houdt u bij hoe het doel zich ontwikkelt.',
  reviewsEmpty: 'Er is nog niet teruggekeken op het doel.',
  reviewOn: 'Teruggekeken op {date}',
  reviewBy: 'door {name}',
  reviewStillFits: 'Het doel past nog',
  reviewNoLongerFits: 'Het doel past niet meer',
  reviewAddTitle: 'Terugblik toevoegen',
  reviewDateLabel: 'Datum',
  reviewFitsLabel: 'Past het doel nog?',
  reviewWhatChangedLabel: 'Wat is er veranderd?',
  reviewWhatChangedHint: 'Bijvoorbeeld: nieuwe partners, een ander thema, of wat de werkgroep heeft geleerd.',
  reviewAdd: 'Terugblik opslaan',
  reviewSaved: 'De terugblik is opgeslagen.',
  unknownAuthor: 'onbekend',
};
