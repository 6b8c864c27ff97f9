import type { console as nl } from '../nl/console';

export const console: Record<keyof typeof nl, string> = {
  title: 'Leading the mirror conversation',
  intro:
    'This screen is for the conversation leader. It shows whose turn it is, which question you ask and how long the conversation has been running. A second screen shows the same.',
  live: 'This screen updates itself.',
  conflict: 'Someone else just updated the screen; the new state is now shown',

  openingDefault: 'You live here and you are raising children here. What would you like to tell us about {theme}? What goes well and what is hard?',
  openingDefaultNoTheme: 'You live here and you are raising children here. How is that for you? What goes well and what is hard?',
  closingDefault: 'We are almost done. How was it for you to take part in this conversation today?',

  phase_notStarted: 'Not started yet',
  phase_conversation: 'The conversation is running',
  phase_firstReactions: 'First reactions',
  phase_ended: 'Finished',
  phaseLabel: 'State: {phase}',

  beforeTitle: 'Ready to start?',
  beforeIntro:
    'Check the order of the parents and the questions. You can put the opening question in your own words. Press "Start the conversation" once the parents are seated and confidentiality has been agreed.',
  start: 'Start the conversation',
  noSeats: 'There are no confirmed participants yet. Set participants to "Confirmed" under Recruiting participants.',

  editOpeningLabel: 'Opening question',
  editClosingLabel: 'Closing question',
  editHint: 'Use simple words and ask one question at a time.',
  saveText: 'Save question',

  timerTitle: 'Time',
  elapsed: '{minutes, plural, one {# minute} other {# minutes}} of the {limit} minutes',
  timerSoon: 'A quarter of an hour or less left. Remember the closing question.',
  timerOver: 'The 90 minutes are over. Please round off the conversation.',
  programNow: 'According to the program: {title}, {minutes, plural, one {# minute} other {# minutes}} left.',
  programNext: 'Then: {title}.',
  programDone: 'The program of the meeting is over.',

  currentTitle: 'Question {number} of {total}',
  kind_opening: 'Opening question',
  kind_question: 'Question from the listeners',
  kind_closing: 'Closing question',
  turnOf: 'Turn: {name}',
  nobodyTurn: 'Nobody’s turn.',

  circleTitle: 'The inner circle',
  circleIntro: 'In the order in which the parents sit. You only see first names, so you can address everyone by name.',
  person: '{firstName} ({pseudonym})',
  noFirstName: '{pseudonym}',
  currentMarker: 'their turn',
  mark_answered: 'Answered',
  mark_passed: 'Does not want to answer',
  mark_skipped: 'Skipped',
  noMark: 'Not yet',
  seatUp: 'Forward',
  seatDown: 'Back',
  seatUpLabel: 'Move {name} one place forward',
  seatDownLabel: 'Move {name} one place back',

  turnTitle: 'This turn',
  answered: 'Answered',
  passed: 'Passes',
  skipped: 'Skip',
  next: 'Next parent',
  nextQuestion: 'Next question',

  queueTitle: 'All questions',
  queueIntro: 'First the opening question, then the listeners’ chosen questions, and finally the question how it was to take part.',
  queueCurrent: 'now',
  queueDone: '{count} of {total, plural, one {# turn} other {# turns}}',
  jump: 'Go to this question',
  jumpLabel: 'Go to this question: question {number}',
  itemUpLabel: 'Question {number} earlier',
  itemDownLabel: 'Question {number} later',
  itemUp: 'Earlier',
  itemDown: 'Later',

  end: 'Round off the conversation',
  endHint: 'After the closing question you open the circle. Then the first reactions follow.',

  reactionsTitle: 'First reactions',
  reactionsRule1: 'First the process facilitator briefly says how the listening was.',
  reactionsRule2: 'Then two or three listeners briefly say how it was for them to listen.',
  reactionsRule3: 'No advice and no new questions to the parents. What the listeners heard comes back in the follow-up session.',
  finish: 'First reactions are done',
  conversationLasted: 'The conversation lasted {minutes, plural, one {# minute} other {# minutes}}.',

  endedTitle: 'The mirror conversation has ended',
  endedIntro: 'Thank the parents. Tell them what happens next: the follow-up session and the feedback to the parents.',

  reset: 'Start again',
  resetHint: 'Only after a practice round or a false start: the time and all turns go back to the beginning.',
  refusingTitle: 'Not in the minutes',
  refusingIntro: 'These parents said no to the minutes. The minute-taker writes down nothing they say.',
  refusingMark: 'not in minutes',
};
