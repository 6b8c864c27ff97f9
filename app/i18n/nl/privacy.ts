export const privacy = {
  identifying: 'Hier lijkt een naam, telefoonnummer, e-mailadres of adres te staan. Laat dat weg: iedereen kan dit lezen.',
};
