import type { partners as nl } from '../nl/partners';

export const partners: Record<keyof typeof nl, string> = {
  title: 'Partners and statement of intent',
  intro:
    'A mirror trajectory only works when partners commit together to its outcome. Record which organisations take part, have them sign the statement of intent, and find out beforehand what they think of a few statements.',
  readOnly: 'You can view this step. Only the workgroup and coordinators can change it.',

  partnersTitle: 'Partner organisations',
  partnersEmpty: 'No partners have been added yet.',
  nameLabel: 'Name of the organisation',
  domainLabel: 'Domain',
  chooseDomain: 'Choose a domain',
  contactNameLabel: 'Contact person',
  contactEmailLabel: 'E-mail address of the contact person',
  contactEmailHint: 'Needed to e-mail the personal link.',
  roleLabel: 'Role in the trajectory',
  roleHint: 'For example: sends listeners, arranges the venue or takes part in the workgroup.',
  addPartnerTitle: 'Add a partner',
  addPartner: 'Add partner',
  editPartner: 'Change the details of {name}',
  savePartner: 'Save changes',
  removePartner: 'Remove partner',
  removePartnerHint: 'Removing the partner also removes its signature and its reactions to statements.',
  partnerAdded: 'The partner has been added.',
  partnerSaved: 'The partner details have been saved.',
  partnerRemoved: 'The partner has been removed.',
  contact: 'Contact',
  role: 'Role',

  domain_care: 'Care',
  domain_youth_health: 'Youth health care',
  domain_welfare: 'Welfare and community work',
  domain_policy: 'Policy and municipality',
  domain_informal: 'Informal support',
  domain_education: 'Education',
  domain_housing: 'Housing',
  domain_childcare: 'Childcare',
  domain_other: 'Other',

  coverageTitle: 'Advice on the partners',
  advice_noWelfare:
    'There is no partner from welfare or community work yet. These organisations often know the neighbourhood and the parents well. Invite one.',
  advice_noPolicy:
    'There is no partner from policy or the municipality yet. Invite the alderman too: that gives the change agenda the backing to be carried out.',

  intentTitle: 'Statement of intent',
  intentIntro: 'In the statement of intent the partners agree to take part seriously. Each partner signs through its own link. No account is needed.',
  intentLabel: 'Text of the statement of intent',
  intentTemplateNote: 'This is an example text. Adapt it and save it. After that, partners can sign.',
  intentEmpty: 'There is no text for the statement of intent yet.',
  saveIntent: 'Save statement of intent',
  intentSaved: 'The statement of intent has been saved.',
  intentTemplate: `Statement of intent for the mirror trajectory "{trajectory}"

We want our services to fit better with what parents and families really need. That is why we, as partners, take part together in this mirror trajectory of {org}.

We agree that we will:
- listen openly to what parents tell us, even when it is uncomfortable;
- give staff time to listen at the mirror meeting and to think along in the follow-up session;
- make a change agenda together from what we hear from parents;
- act on the agreements of that agenda within our own organisation;
- let parents know what happened with their stories.

This statement is not a contract. It is a shared promise to take parents seriously and to learn from them.`,

  linksTitle: 'Links and signatures',
  linkLabel: 'Personal link for {name}',
  linkHint: 'With this link the partner can sign and react without an account. Share it with this partner only.',
  mailLink: 'E-mail link',
  mailLinkTo: 'E-mail link to {email}',
  linkMailed: 'The link has been e-mailed to {email}.',
  noEmailForMail: 'Enter an e-mail address for the contact person to e-mail the link.',
  signedBy: 'Signed by {name} ({organisation}) on {date}',
  notSigned: 'Not signed yet',
  signedCount: '{signed} of {total, plural, one {# partner} other {# partners}} {signed, plural, one {has} other {have}} signed.',

  mailSubject: 'Statement of intent for mirror trajectory "{trajectory}": your personal link',
  mailGreeting: 'Dear {name},',
  mailGreetingNoName: 'Dear partner,',
  mailBody: `{org} is running the mirror trajectory "{trajectory}". Your organisation, {partner}, is a partner in it.

Through the link below you can read and sign the statement of intent. You can also react to a few statements. You do not need an account.

{link}

This link is for your organisation only. Only pass it on to someone who may sign on behalf of your organisation.

Kind regards,
{sender}`,

  statementsTitle: 'Statements for the warm-up',
  statementsIntro:
    'Partners react to statements through their own link. This shows beforehand where partners agree and where they do not: a good start for the conversation.',
  statementsEmpty: 'There are no statements yet.',
  statementLabel: 'Statement',
  statementHint: 'For example: parents in our neighbourhood know well where to go with their questions.',
  addStatementTitle: 'Add a statement',
  addStatement: 'Add statement',
  editStatement: 'Change statement',
  saveStatement: 'Save statement',
  removeStatement: 'Remove statement',
  removeStatementHint: 'Removing the statement also removes the reactions to it.',
  statementAdded: 'The statement has been added.',
  statementSaved: 'The statement has been saved.',
  statementRemoved: 'The statement has been removed.',
  statementNumber: 'Statement {number}',
  reactionCounts: '{agree} agree · {disagree} disagree · {unsure} unsure',
  noReactions: 'No reactions yet.',
  commentsTitle: 'Comments',

  choice_agree: 'Agree',
  choice_disagree: 'Disagree',
  choice_unsure: 'Unsure',

  publicTitle: 'Statement of intent',
  publicTitleWithActions: 'Your actions and the statement of intent',
  publicIntro: '{org} invites {partner} to take part in the mirror trajectory "{trajectory}".',
  publicIntentNotReady: 'The workgroup is still finishing the text of the statement of intent. Please look again later.',
  signTitle: 'Sign',
  signIntro: 'Only sign if you may do so on behalf of your organisation.',
  signNameLabel: 'Your name',
  signOrganisationLabel: 'Your organisation',
  signConfirmLabel: 'I sign this statement of intent on behalf of my organisation',
  signConfirmRequired: 'Tick the box if you want to sign.',
  signButton: 'Sign',
  signedThanks: 'Thank you. The statement of intent has been signed.',
  alreadySigned: 'This statement of intent had already been signed. The first signature stays.',
  publicStatementsIntro:
    'What do you think of these statements? Your answers help the workgroup prepare the conversation with all partners. You can change your answer later.',
  reactionChoiceLabel: 'What do you think?',
  reactionCommentLabel: 'Comment',
  reactionSave: 'Save answer',
  reactionSaved: 'Your answer has been saved.',
  yourReaction: 'Your answer: {choice}',
};
