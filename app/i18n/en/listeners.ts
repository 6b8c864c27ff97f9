import type { listeners as nl } from '../nl/listeners';

export const listeners: Record<keyof typeof nl, string> = {
  title: 'Listeners',
  intro:
    'Listeners are professionals, volunteers and policy makers who listen to what parents tell. Put them on the list, invite them personally and keep track of who comes.',
  readOnly: 'You can view this page. Only the leads and the workgroup can add and invite listeners.',

  meeting_mirror: 'Mirror meeting',
  meeting_follow_up: 'Follow-up session',
  whenUnknown: 'Date and time to follow',
  whenDayTime: '{day} at {time}',
  whenDayOnly: '{day}, time to follow',
  whereUnknown: 'Place to follow',
  when: 'When',
  where: 'Where',

  countsTitle: 'Who is coming?',
  listedCount: 'On the list',
  invitedCount: 'Invited',
  rsvpCounts: '{yes} yes, {no} no, {maybe} maybe, {unknown} no answer yet',
  yesAgainstTarget: '{yes} of the about {target} the method recommends',
  warning_invitedBelowTarget: 'You have invited {invited} of about {target} listeners. Not everyone can come, so invite at least {target} people.',
  warning_mirrorFew: '{yes, plural, one {# listener says} other {# listeners say}} yes to the mirror meeting. The method recommends 30 to 40 listeners.',
  warning_mirrorMany:
    '{yes, plural, one {# listener says} other {# listeners say}} yes to the mirror meeting. With more than 40 the room soon feels too big for parents.',
  warning_followUpFew: '{yes, plural, one {# listener says} other {# listeners say}} yes to the follow-up session. The method recommends about 20.',
  warning_followUpMany:
    '{yes, plural, one {# listener says} other {# listeners say}} yes to the follow-up session. With more than 25 the conversation gets hard. The method recommends about 20.',
  coverageTitle: 'Which groups are there?',
  coverageIntro: 'Per group you see how many listeners you planned in step 4, how many are on the list and how many say yes to the mirror meeting.',
  coverageEmpty: 'There is no plan from step 4 yet and no listeners are on the list.',
  colCategory: 'Group',
  colPlanned: 'Planned',
  colListed: 'On the list',
  colYes: 'Says yes',
  coverageAdvice_noWelfareOrCommunityWork:
    'No one from welfare or community work says yes yet. The method asks for at least one listener from welfare or community work.',
  coverageAdvice_noExperienceExpert: 'No experience-expert parent says yes yet. The method asks for at least one experience-expert parent among the listeners.',
  uncoveredPlanned: 'Planned in step 4, but no one says yes yet: {categories}.',

  inviteTitle: 'Invite',
  inviteIntro:
    'Every listener gets a personal e-mail with the rules for listeners, the dates and places of both meetings and their own link. Through that link the listener says yes, no or maybe per meeting and hands in questions.',
  meetingsNotReady: 'Not all dates and places are set yet. The invitation then says "to follow". Fill them in under Dates and Location.',
  inviteAll: 'Invite everyone not invited yet ({count})',
  nothingToInvite: 'Everyone on the list has been invited.',
  invitePreview: 'See the text of the invitation',
  previewName: 'name of the listener',
  inviteSent: '{count, plural, one {# invitation} other {# invitations}} sent.',
  inviteNoEmail: '{count, plural, one {# listener has} other {# listeners have}} no e-mail address and got no invitation.',
  inviteFailed: '{count, plural, one {# invitation} other {# invitations}} could not be sent. Please try again later.',

  listTitle: 'The list',
  listEmpty: 'There are no listeners on the list yet.',
  nameLabel: 'Name',
  organisationLabel: 'Organisation',
  categoryLabel: 'Group',
  chooseCategory: 'Choose a group',
  emailLabel: 'E-mail address',
  emailHint: 'Needed to send the invitation by e-mail.',
  invitationLabel: 'Invitation',
  invitedOn: 'Sent on {date}',
  notInvited: 'Not invited yet',
  rsvp_yes: 'Yes',
  rsvp_no: 'No',
  rsvp_maybe: 'Maybe',
  rsvp_none: 'No answer yet',
  invite: 'Invite',
  inviteAgain: 'Invite again',
  inviteListener: 'Send an invitation to {name}',
  inviteListenerAgain: 'Send the invitation again to {name}',
  noEmail: 'No e-mail address. Add one, or pass on the link yourself.',
  linkLabel: 'Personal link of {name}',
  linkHint: 'Only for this listener. Whoever has the link can answer and hand in questions.',
  editListener: 'Change the details of {name}',
  saveListener: 'Save details',
  removeListener: 'Remove from the list',
  removeHint: 'The personal link stops working. Questions this listener handed in are kept, without their name.',
  listenerAdded: 'The listener is on the list.',
  listenerSaved: 'The details have been saved.',
  listenerRemoved: 'The listener has been removed from the list.',
  addTitle: 'Add a listener',
  addListener: 'Add listener',

  importTitle: 'Add several listeners at once',
  importIntro:
    'Paste one listener per line, like this: Name; Organisation; group; e-mail address. Only the name is required. Pasting from a spreadsheet works too. If one line is wrong, no one is added and you see per line what is wrong.',
  importLabel: 'Listeners, one per line',
  importHint: 'Groups you can use: {list}. Leave the group empty for Other.',
  importButton: 'Add list',
  importDone: '{count, plural, one {# listener} other {# listeners}} added.',
  importHasProblems: 'Not all lines are right. No one was added. Correct the lines below.',
  importEmpty: 'Paste at least one line.',
  importTooMany: 'Those are too many lines. Add at most 200 at a time.',
  importProblem_nameMissing: 'Line {line}: the name is missing.',
  importProblem_categoryUnknown: 'Line {line}: we do not know this group. Use a group from the list below the field.',
  importProblem_emailInvalid: 'Line {line}: the e-mail address is not right.',
  importProblem_tooManyFields: 'Line {line}: it has more than four parts. Separate name, organisation, group and e-mail address with a semicolon.',
  importProblem_tooLong: 'Line {line}: a part is longer than 200 characters.',

  mailSubject: 'Invitation: listen to parents ({trajectory})',
  mailBody: `Dear {name},

We personally invite you as a listener at "{trajectory}" of {org}. In a mirror conversation parents tell about their own experiences. You sit in the circle around them and listen.

WHEN AND WHERE
Mirror meeting: {mirrorWhen}. {mirrorWhere}.
Follow-up session: {followUpWhen}. {followUpWhere}.

RULES FOR LISTENERS
1. You only listen. You do not join the conversation.
2. You do not ask the parents questions, neither during the conversation nor after it.
3. Would you like to ask the parents something? Hand in your question beforehand through your personal link. The workgroup chooses the questions and the conversation leader asks them.
4. What you heard, we discuss together in the follow-up session.
5. Would you like contact with a parent later? That always goes through the workgroup.

LET US KNOW IF YOU COME
Through your personal link you say yes, no or maybe per meeting. You can change your answer later. You hand in questions through the same link.
{link}

This link is only for you. Please do not forward it.

Kind regards,
{sender}
{org}`,

  publicTitle: 'Your invitation as a listener',
  publicGreeting: 'Dear {name},',
  publicIntro: 'You are invited as a listener at "{trajectory}" of {org}. Parents tell about their experiences. You listen.',
  rulesTitle: 'How you listen',
  rule1: 'You only listen. You do not join the conversation.',
  rule2: 'You do not ask the parents questions, neither during the conversation nor after it.',
  rule3: 'Would you like to ask the parents something? Hand in your question below, beforehand.',
  rule4: 'What you heard, we discuss together in the follow-up session.',
  rule5: 'Would you like contact with a parent later? That always goes through the workgroup.',
  meetingsTitle: 'Are you coming?',
  meetingsIntro: 'Say per meeting whether you come. You can change your answer later.',
  rsvpLegend_mirror: 'Are you coming to the mirror meeting?',
  rsvpLegend_follow_up: 'Are you coming to the follow-up session?',
  answer_yes: 'Yes, I will come',
  answer_no: 'No, I cannot come',
  answer_maybe: 'Maybe, I do not know yet',
  rsvpSave: 'Save answer',
  rsvpSaved: 'Thank you. Your answer has been saved.',
  questionsTitle: 'Hand in a question',
  questionsIntro: 'You may hand in questions. The workgroup chooses them and rewrites them in plain language.',
  questionLabel: 'Your question for the parents',
  questionHint: 'One question at a time. For example: When do you feel well helped?',
  questionSend: 'Hand in question',
  questionSent: 'Thank you. Your question has been received.',
  questionTooShort: 'This question is too short. Write a whole question.',
  questionTooLong: 'This question is too long. Keep it to one short question of at most 500 characters.',
  yourQuestions: 'Questions you handed in',
  // The download of the list (CSV).
  csvFile: 'listeners',
  csvDownload: 'Download the list (CSV file for Excel)',
  csvInvitedOn: 'Invitation sent on',
};
