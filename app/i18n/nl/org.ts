export const org = {
  yourRole: 'Uw rol: {role}',
  roleAdmin: 'beheerder',
  roleCoordinator: 'coördinator',
  roleMember: 'lid',
  otherOrganisations: 'Andere organisaties',
  newOrganisation: 'Nieuwe organisatie',

  // Kinds of organisation
  kindLabel: 'Soort organisatie',
  kindCoalition: 'Kansrijke Start-coalitie',
  kindMunicipality: 'Gemeente',
  kindCare: 'Zorg- of welzijnsorganisatie',

  // New organisation
  newTitle: 'Nieuwe organisatie',
  newIntro: 'Maak een omgeving aan voor uw coalitie, gemeente of organisatie. U wordt zelf beheerder en kunt daarna collega’s uitnodigen.',
  nameLabel: 'Naam van de organisatie',
  nameHint: 'Bijvoorbeeld: Kansrijke Start Zwolle.',
  slugLabel: 'Kort adres',
  slugHint: 'Komt in de link naar uw omgeving: /o/kort-adres. Alleen kleine letters, cijfers en streepjes. Laat u het leeg, dan maken wij het uit de naam.',
  create: 'Organisatie aanmaken',
  myOrganisations: 'Uw organisaties',
  myOrganisationsIntro: 'U bent al lid van deze organisaties.',
  roleInOrg: '{name} ({role})',

  // Settings
  settingsTitle: 'Organisatie-instellingen',
  detailsTitle: 'Gegevens van de organisatie',
  detailsReadOnly: 'Alleen een beheerder kan de naam en de soort wijzigen.',
  shortAddress: 'Kort adres',
  saveDetails: 'Gegevens opslaan',

  teamsTitle: 'Teams en wijken',
  teamsIntro: 'Een traject hoort bij een team of een wijk. Zet ze hier klaar.',
  teamsEmpty: 'Er zijn nog geen teams of wijken.',
  teamNameLabel: 'Naam',
  teamKindLabel: 'Soort',
  teamKindTeam: 'Team',
  teamKindNeighbourhood: 'Wijk',
  teamAdd: 'Team of wijk toevoegen',
  teamAddTitle: 'Nieuw team of nieuwe wijk',
  teamRename: 'Naam wijzigen',
  teamRenameLabel: 'Nieuwe naam voor {name}',
  teamRemoveLabel: '{name} verwijderen',
  teamNameTaken: 'Er is al een team of wijk met deze naam. Kies een andere naam.',
  teamAdded: '{name} is toegevoegd.',
  teamRenamed: 'De naam is gewijzigd.',
  teamRemoved: '{name} is verwijderd. Trajecten van dit team of deze wijk blijven bestaan.',

  membersTitle: 'Leden',
  membersIntro: 'Iedereen die in deze organisatie kan inloggen, met zijn of haar rol.',
  memberRoleLabel: 'Rol van {name}',
  memberRole: 'Rol: {role}',
  memberChangeRole: 'Rol wijzigen',
  memberRemove: '{name} verwijderen',
  memberYou: '(u)',
  memberRoleChanged: 'De rol is gewijzigd.',
  memberRemoved: 'Het lid is verwijderd.',
  lastAdmin: 'Dit is de laatste beheerder. Maak eerst iemand anders beheerder; daarna kunt u deze rol wijzigen of dit lid verwijderen.',
  rolesExplained:
    'Een beheerder regelt alles in de organisatie. Een coördinator maakt trajecten aan, beheert teams en wijken en nodigt mensen uit. Een lid werkt mee aan trajecten waarvoor het een rol krijgt.',

  invitationsTitle: 'Uitnodigingen',
  inviteTitle: 'Iemand uitnodigen',
  inviteIntro: 'De persoon krijgt een e-mail met een link. Met die link komt hij of zij meteen in de organisatie. De link werkt 7 dagen en één keer.',
  inviteEmailLabel: 'E-mailadres',
  inviteRoleLabel: 'Rol',
  inviteSend: 'Uitnodiging versturen',
  inviteSent: 'De uitnodiging is verstuurd naar {email}.',
  alreadyMember: 'Deze persoon is al lid van de organisatie.',
  openInvitations: 'Openstaande uitnodigingen',
  openInvitationsEmpty: 'Er staan geen uitnodigingen open.',
  invitationLine: '{email} als {role}',
  invitationExpires: 'Geldig tot {when}',
  invitationRevoke: 'Uitnodiging voor {email} intrekken',
  invitationRevoked: 'De uitnodiging is ingetrokken. De link werkt niet meer.',

  // Invitation mail (in the inviter's language)
  inviteMailSubject: 'Uitnodiging voor {org} in Spiegel',
  inviteMailBody:
    'Hallo,\n\n{inviter} nodigt u uit voor {org} in Spiegel, als {role}. In Spiegel werken we samen aan spiegeltrajecten: ouders vertellen, professionals luisteren en samen maken we een veranderagenda.\n\nKlik op deze link om de uitnodiging aan te nemen:\n\n{url}\n\nDe link werkt 7 dagen en maar één keer. U heeft geen wachtwoord nodig. Kent u deze uitnodiging niet? Dan kunt u deze e-mail negeren.\n\nGroet,\nSpiegel',
  someone: 'Iemand',

  // Accepting an invitation
  acceptTitle: 'Uitnodiging voor {org}',
  acceptIntro: 'U bent uitgenodigd voor {org} als {role}.',
  acceptFor: 'De uitnodiging is voor {email}. Als u de uitnodiging aanneemt, bent u met dit adres ingelogd.',
  acceptOtherUser: 'U bent nu ingelogd als {current}. Als u de uitnodiging aanneemt, wordt u uitgelogd en logt u in als {email}.',
  acceptButton: 'Uitnodiging aannemen',
  invalidTitle: 'Deze uitnodiging werkt niet meer',
  invalidBody: 'De uitnodiging is al gebruikt, ingetrokken of verlopen. Vraag degene die u uitnodigde om een nieuwe uitnodiging te sturen.',
  toLogin: 'Naar inloggen',

  // Embeddings service for theme suggestions (admins only)
  embeddingsTitle: 'Thema’s voorstellen met een eigen taalmodel',
  embeddingsIntro:
    'Spiegel stelt thema’s voor bij het ordenen van de briefjes op het bord. Dat doet Spiegel zelf, met een Nederlandse woordenlijst. Heeft uw organisatie een eigen taalmodel dat teksten kan vergelijken (een embeddings-dienst)? Dan kan Spiegel dat erbij gebruiken. Dit staat standaard uit.',
  embeddingsPrivacy:
    'Let op: staat dit aan, dan stuurt Spiegel de teksten van de briefjes en de namen van de thema’s naar deze dienst. Gebruik alleen een dienst die uw eigen organisatie beheert en waarover afspraken zijn gemaakt.',
  embeddingsHow:
    'De dienst moet werken zoals de OpenAI-standaard: Spiegel stuurt de teksten naar het adres met /v1/embeddings erachter. Antwoordt de dienst niet binnen een paar seconden, dan stelt Spiegel de thema’s voor zonder de dienst.',
  embeddingsOn: 'Aan. Spiegel gebruikt de dienst op {url}.',
  embeddingsOff: 'Uit. Spiegel gebruikt alleen de woordenlijst.',
  embeddingsUrlLabel: 'Adres van de dienst',
  embeddingsUrlHint: 'Begint met https://. Alleen een dienst op deze server mag http://localhost gebruiken. Laat leeg om het uit te zetten.',
  embeddingsUrlInvalid: 'Vul een adres in dat begint met https://, of http://localhost voor een dienst op deze server.',
  embeddingsModelLabel: 'Naam van het model',
  embeddingsModelHint: 'Zoals de dienst het model noemt. Mag leeg blijven als de dienst maar één model heeft.',
  embeddingsSave: 'Instelling opslaan',
  embeddingsSaved: 'De instelling voor het voorstellen van thema’s is opgeslagen.',
};
