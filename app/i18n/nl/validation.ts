export const validation = {
  required: 'Vul dit veld in.',
  invalid: 'Dit klopt niet. Controleer wat u heeft ingevuld.',
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  tooLong: 'Dit is te lang. Maak het korter.',
  date: 'Vul een geldige datum in.',
  number: 'Vul een heel getal in, 0 of hoger.',
  url: 'Vul een volledig webadres in dat begint met https://.',
  choose: 'Maak een keuze.',
  slug: 'Gebruik alleen kleine letters, cijfers en streepjes (3 tot 40 tekens).',
  slugTaken: 'Dit korte adres is al in gebruik. Kies een ander.',
  rangeOrder: 'Het minimum mag niet hoger zijn dan het maximum.',
};
