/** What the workgroup writes down about one preparatory meeting. */
export type PrepMeetingInput = { heldOn: string; agenda: string; decisions: string };
