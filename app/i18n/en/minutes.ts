import type { minutes as nl } from "../nl/minutes";

export const minutes: Record<keyof typeof nl, string> = {
  title: "Minutes of the mirror meeting",
  intro:
    'Write down what a parent tells, answer by answer. Use pseudonyms only, such as "Ouder B". Names, phone numbers and e-mail addresses do not belong in the minutes.',
  statusDraft: "Draft",
  statusFinalised: "Final",
  finalisedOn:
    "These minutes were made final on {when}. They can no longer be changed.",
  readOnlyDraft:
    "You can read this draft. The minute-taker and the leads write the minutes.",

  nowTitle: "Now in the conversation",
  nowQuestion: "Question: {question}",
  nowParticipant: "Speaking: {pseudonym}",
  nowNobody: "Nobody has the turn right now.",
  notStarted:
    "The conversation has not started yet. You can already make general notes.",
  liveOpen: "This screen follows the conversation leader's screen.",
  liveWaiting: "Connecting to the conversation leader's screen…",
  liveOffline:
    "No connection to the conversation leader's screen. Reload the page later.",

  formTitle: "Make a note",
  kindLabel: "Kind of note",
  kind_answer: "A participant's answer",
  kind_outer_circle:
    "Outer-circle round: what did the listeners hear, what touched them?",
  kind_general: "General note",
  summaryLabel: "Summary",
  summaryHint: "What does the participant tell, in your own words?",
  quotesLabel: "Literal quotes",
  quotesHint: "One quote per line. No quotation marks needed.",
  tagsLabel: "Tags",
  tag_goesWell: "Goes well",
  tag_difficult: "Difficult",
  tag_tip: "Tip",
  tag_idea: "Idea",
  tag_needsFollowUp: "Check at the follow-up session",
  save: "Save note",
  saved: "The note has been saved.",
  emptyNote: "Write a summary or a quote.",

  leakField:
    "This contains a participant's name or contact details. Please change the text.",
  leak_name:
    'This contains a participant\'s first name: "{found}". Use “{pseudonym}”.',
  leak_nameNoPseudonym:
    'This contains a participant\'s first name: "{found}". Use a pseudonym.',
  leak_phone:
    'This contains a phone number: "{found}". Phone numbers do not belong in the minutes.',
  leak_email:
    'This contains an e-mail address: "{found}". E-mail addresses do not belong in the minutes.',
  leakBlocked: "The note was not saved. Please change the text first.",
  checkTitle: "Please note",

  queueAllSent: "Everything sent.",
  queueSending:
    "{count, plural, one {# note is being sent…} other {# notes are being sent…}}",
  queueOffline:
    "Offline — {count, plural, one {# note waiting} other {# notes waiting}}. They will be sent as soon as the connection is back.",
  refusedTitle: "Not saved",
  refusedIntro:
    "These notes were not saved. Copy the text into a new note and change it.",
  refusedOther:
    "This note could not be saved. Perhaps the minutes are already final.",
  refusedDismiss: "Remove",

  notesTitle: "Notes",
  noNotes: "There are no notes yet.",
  generalGroup: "General",
  noteBy: "{pseudonym}",
  noteAt: "Written on {when}",
  quotesHeading: "Quotes",
  editTitle: "Change note",
  editSave: "Save change",
  updated: "The note has been changed.",
  delete: "Delete note",
  deleted: "The note has been deleted.",

  finaliseTitle: "Make the minutes final",
  finaliseIntro:
    "Read all notes. When the minutes are right, make them final. After that nobody can change them, and everyone in the trajectory can read them. The follow-up session and the report use these minutes.",
  finalise: "Make the minutes final",
  finalised: "The minutes are final.",
};
