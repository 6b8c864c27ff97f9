// The register of personal data (issue 16): every table column that holds personal data, whose it
// is, why it is kept, who may see it and how long it stays. The privacy page (/o/:org/privacy) is
// generated from it; register.test.ts fails when a column that looks personal is in app/db/schema.ts
// without being described here (or listed as not personal, with the reason).
import type { Permission } from '#app/auth/permissions';
import type { RetentionKind } from '#app/features/retention/domain/retention';

export type DataSubject = 'participants' | 'listeners' | 'pledgers' | 'members' | 'partnerContacts' | 'workgroup';
export type Purpose = 'recruitment' | 'meeting' | 'stayInvolved' | 'invitation' | 'reminder' | 'signIn' | 'partnership' | 'followUp';
/** How long: a retention setting of the organisation, or a fixed rule. */
export type Keeping = RetentionKind | 'account' | 'short' | 'trajectory' | 'untilSent';
/** Where it is stored: Spiegel's database, which the organisation hosts or has hosted. */
export type PersonalTable = {
  table: string;
  columns: readonly string[];
  subject: DataSubject;
  purpose: Purpose;
  /** Who may see it: everyone for whom permissions.ts grants this (or the link's holder only). */
  seenBy: Permission | 'linkOnly' | 'nobody';
  keeping: Keeping;
};

export const PERSONAL_DATA: readonly PersonalTable[] = [
  {
    table: 'participant_personal_data',
    columns: [
      'name',
      'surname',
      'phone',
      'email',
      'address',
      'call_via_contact',
      'languages',
      'interpreter_language',
      'needs_childcare',
      'needs_transport',
      'diet',
      'preferred_time',
      'needs',
      'compensation',
      'compensation_paid',
      'consent_at',
    ],
    subject: 'participants',
    purpose: 'recruitment',
    seenBy: 'participants.personalData',
    keeping: 'participants',
  },
  {
    table: 'participant_personal_data',
    columns: ['stay_involved_contact'],
    subject: 'participants',
    purpose: 'stayInvolved',
    seenBy: 'participants.personalData',
    keeping: 'participants',
  },
  {
    table: 'participant_consents',
    columns: ['interpreter_name'],
    subject: 'participants',
    purpose: 'meeting',
    seenBy: 'reception.run',
    keeping: 'participants',
  },
  { table: 'listeners', columns: ['name', 'email'], subject: 'listeners', purpose: 'invitation', seenBy: 'trajectory.view', keeping: 'listeners' },
  { table: 'board_pledges', columns: ['reminder_email'], subject: 'pledgers', purpose: 'reminder', seenBy: 'nobody', keeping: 'pledges' },
  { table: 'board_members', columns: ['display_name'], subject: 'listeners', purpose: 'followUp', seenBy: 'board.run', keeping: 'trajectory' },
  { table: 'users', columns: ['email', 'name'], subject: 'members', purpose: 'signIn', seenBy: 'org.view', keeping: 'account' },
  { table: 'sessions', columns: ['user_agent'], subject: 'members', purpose: 'signIn', seenBy: 'nobody', keeping: 'short' },
  { table: 'login_tokens', columns: ['email'], subject: 'members', purpose: 'signIn', seenBy: 'nobody', keeping: 'short' },
  // The member's account number at the organisation's own sign-in provider (its `sub`), linked at the first single sign-on.
  { table: 'sso_identities', columns: ['subject'], subject: 'members', purpose: 'signIn', seenBy: 'nobody', keeping: 'account' },
  { table: 'invitations', columns: ['email'], subject: 'members', purpose: 'signIn', seenBy: 'org.invite', keeping: 'short' },
  { table: 'mail_outbox', columns: ['to'], subject: 'members', purpose: 'signIn', seenBy: 'nobody', keeping: 'short' },
  // Who was mailed a meeting's calendar entry, for its updates and cancellation; a listener's row goes with the listeners' retention.
  { table: 'meeting_invitees', columns: ['email', 'name'], subject: 'members', purpose: 'invitation', seenBy: 'nobody', keeping: 'trajectory' },
  {
    table: 'partners',
    columns: ['contact_name', 'contact_email', 'signed_name'],
    subject: 'partnerContacts',
    purpose: 'partnership',
    seenBy: 'trajectory.view',
    keeping: 'trajectory',
  },
  { table: 'actions', columns: ['owner_name'], subject: 'partnerContacts', purpose: 'partnership', seenBy: 'trajectory.view', keeping: 'trajectory' },
  {
    table: 'flyer_texts',
    columns: ['contact_name', 'contact_phone'],
    subject: 'workgroup',
    purpose: 'recruitment',
    seenBy: 'trajectory.view',
    keeping: 'trajectory',
  },
];

/** Columns whose names look personal but are not, with the reason. */
export const NOT_PERSONAL: Readonly<Record<string, readonly string[]>> = {
  // Names of organisations, teams, partners, places, holidays and themes: not of people.
  organisations: ['name'],
  teams: ['name'],
  partners: ['name'],
  participants: ['place_name'],
  meetings: ['venue_name', 'venue_address'],
  school_holidays: ['name'],
  board_themes: ['name'],
  agenda_items: ['theme_name'],
  // A personal access token's label ("Power BI"), and the page a single sign-on returns to.
  api_tokens: ['name'],
  sso_attempts: ['redirect_to'],
};
