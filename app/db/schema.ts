// One schema file for the whole app; drizzle-kit generates the committed migrations from it.
// Every tenant table carries org_id so each query can be scoped to the signed-in organisation.
import { sql } from 'drizzle-orm';
import { orgRoles, trajectoryRoleList } from '#app/auth/permissions';
import {
  bigint,
  bigserial,
  check,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Binary data (an organisation's logo). PGlite hands back a Uint8Array, node-postgres a Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const boardRef = () =>
  uuid('board_id')
    .notNull()
    .references(() => boards.id, { onDelete: 'cascade' });
const trajectoryRef = () =>
  uuid('trajectory_id')
    .notNull()
    .references(() => trajectories.id, { onDelete: 'cascade' });

// ── People and sign-in ────────────────────────────────────────────────
export const users = pgTable('users', {
  id: id(),
  email: text('email').notNull().unique(),
  name: text('name').notNull().default(''),
  locale: text('locale').notNull().default('nl'),
  // The personal calendar feed (/calendar/<token>.ics): the token's hash, or null while the user has none.
  calendarTokenHash: text('calendar_token_hash').unique(),
  createdAt: createdAt(),
});

export const loginTokens = pgTable(
  'login_tokens',
  {
    id: id(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('login_tokens_email_idx').on(t.email, t.createdAt)],
);

export const sessions = pgTable('sessions', {
  id: id(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  userAgent: text('user_agent').notNull().default(''),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const mailOutbox = pgTable('mail_outbox', {
  id: id(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  // The HTML part every mail carries beside its text.
  html: text('html').notNull().default(''),
  createdAt: createdAt(),
});

// ── Organisations ─────────────────────────────────────────────────────
export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['coalition', 'municipality', 'care'] }).notNull(),
  // Dutch school holidays differ per region; used for date conflict hints (S5a).
  schoolRegion: text('school_region', { enum: ['noord', 'midden', 'zuid'] })
    .notNull()
    .default('midden'),
  // Optional OpenAI-compatible /v1/embeddings service the organisation runs itself (theme matching); '' is off.
  embeddingsUrl: text('embeddings_url').notNull().default(''),
  embeddingsModel: text('embeddings_model').notNull().default(''),
  // The accent colour of its reports (#rrggbb, readable on white); '' is Spiegel's own.
  accentColour: text('accent_colour').notNull().default(''),
  // How many months after a trajectory's last step personal data is kept (retention, issue 16).
  retentionParticipantMonths: integer('retention_participant_months').notNull().default(12),
  retentionListenerMonths: integer('retention_listener_months').notNull().default(12),
  retentionPledgeMonths: integer('retention_pledge_months').notNull().default(6),
  createdAt: createdAt(),
});

// The organisation's logo on its reports: in a table of its own so the organisations row stays light.
export const organisationLogos = pgTable('organisation_logos', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
  mediaType: text('media_type', { enum: ['image/png', 'image/jpeg'] }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const teams = pgTable(
  'teams',
  {
    id: id(),
    orgId: orgRef(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['team', 'neighbourhood'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_org_name_idx').on(t.orgId, t.name)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: orgRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_org_user_idx').on(t.orgId, t.userId)],
);

export const invitations = pgTable('invitations', {
  id: id(),
  orgId: orgRef(),
  email: text('email').notNull(),
  role: text('role', { enum: orgRoles }).notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  createdAt: createdAt(),
});

// Single sign-on (issue 17): the organisation's own OpenID Connect provider, next to the e-mail link.
// Who is a member is still decided in Spiegel: the provider only proves the (verified) address.
export const organisationSso = pgTable('organisation_sso', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  // Encrypted under SECRETS_KEY (`v1:…`, app/utils/secret-box.server.ts, decision 0028); never shown back.
  clientSecret: text('client_secret').notNull(),
  // Lower-case domains an address must end in, e.g. {'utrecht.nl'}.
  allowedDomains: text('allowed_domains').array().notNull(),
  enabled: boolean('enabled').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Which account at the organisation's provider (its `sub`, per issuer) is which Spiegel user: linked at
// the first sign-in by verified address, matched by subject afterwards (decision 0028). One link per
// user per provider, one user per subject. Removing someone from the organisation removes the link.
export const ssoIdentities = pgTable(
  'sso_identities',
  {
    id: id(),
    orgId: orgRef(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('sso_identities_subject_idx').on(t.orgId, t.issuer, t.subject), uniqueIndex('sso_identities_user_idx').on(t.orgId, t.issuer, t.userId)],
);

// One sign-in at the provider under way: found by the hash of a short-lived cookie of the browser that
// started it, used once (used_at), valid for ten minutes. State, nonce and PKCE verifier never leave the server.
export const ssoAttempts = pgTable(
  'sso_attempts',
  {
    id: id(),
    orgId: orgRef(),
    browserHash: text('browser_hash').notNull().unique(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    redirectTo: text('redirect_to').notNull().default(''),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('sso_attempts_expires_idx').on(t.expiresAt)],
);

// ── Trajectories ──────────────────────────────────────────────────────
export type ParticipantProfile = {
  childAges: string;
  sameNeighbourhood: '' | 'same' | 'mixed';
  phase: string;
  education: string;
  languages: string;
  other: string;
};

export const trajectories = pgTable(
  'trajectories',
  {
    id: id(),
    orgId: orgRef(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    variant: text('variant', { enum: ['coalition', 'care'] }).notNull(),
    previousTrajectoryId: uuid('previous_trajectory_id').references((): never => trajectories.id as never, {
      onDelete: 'set null',
    }),
    // Step 1
    shortTermGoal: text('short_term_goal').notNull().default(''),
    longTermGoal: text('long_term_goal').notNull().default(''),
    horizonGoal: text('horizon_goal').notNull().default(''),
    visionLink: text('vision_link').notNull().default(''),
    // Step 2
    intentStatement: text('intent_statement').notNull().default(''),
    // Step 4
    theme: text('theme').notNull().default(''),
    profile: jsonb('profile').$type<ParticipantProfile>(),
    participantTargetMin: integer('participant_target_min').notNull(),
    participantTargetMax: integer('participant_target_max').notNull(),
    mirrorListenerTarget: integer('mirror_listener_target').notNull(),
    followUpListenerTarget: integer('follow_up_listener_target').notNull(),
    // Step 5: short public codes for the parents' sign-up page and the open question link.
    signupCode: text('signup_code').unique(),
    questionCode: text('question_code').unique(),
    // Step 8: languages the parents read the agenda in (besides Dutch); when it was shared with them;
    // the unguessable link of the public "you said, we did" page (null: not published).
    feedbackLanguages: jsonb('feedback_languages').$type<string[]>().notNull().default([]),
    agendaSharedAt: timestamp('agenda_shared_at', { withTimezone: true }),
    publicPageToken: text('public_page_token').unique(),
    // X1: the anonymous contribution link for parents who will not join the group (null: never made);
    // the coordinator switches it on and off, and a renewed token makes the old link a 404.
    contributionToken: text('contribution_token').unique(),
    contributionOpen: boolean('contribution_open').notNull().default(false),
    // An organisation-wide reflection session (care variant, S8c) is a trajectory of its own kind.
    kind: text('kind', { enum: ['trajectory', 'reflection'] })
      .notNull()
      .default('trajectory'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trajectories_org_idx').on(t.orgId)],
);

export const trajectoryRoles = pgTable(
  'trajectory_roles',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: trajectoryRoleList }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('trajectory_roles_unique_idx').on(t.trajectoryId, t.userId, t.role)],
);

export const goalReviews = pgTable('goal_reviews', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  reviewedOn: date('reviewed_on').notNull(),
  stillFits: boolean('still_fits').notNull(),
  whatChanged: text('what_changed').notNull().default(''),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const partners = pgTable('partners', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  name: text('name').notNull(),
  domain: text('domain').notNull(),
  contactName: text('contact_name').notNull().default(''),
  contactEmail: text('contact_email').notNull().default(''),
  roleDescription: text('role_description').notNull().default(''),
  // A capability link with narrow reach (sign and react for this partner only); kept readable
  // so the workgroup can send it again. See docs/decisions/0003-participant-data.md.
  linkToken: text('link_token').notNull().unique(),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  signedName: text('signed_name'),
  signedOrganisation: text('signed_organisation'),
  createdAt: createdAt(),
});

export const statements = pgTable('statements', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  text: text('text').notNull(),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

export const statementReactions = pgTable(
  'statement_reactions',
  {
    id: id(),
    orgId: orgRef(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    choice: text('choice', { enum: ['agree', 'disagree', 'unsure'] }).notNull(),
    comment: text('comment').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('statement_reactions_unique_idx').on(t.statementId, t.partnerId)],
);

export const prepMeetings = pgTable('prep_meetings', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  heldOn: date('held_on').notNull(),
  agenda: text('agenda').notNull().default(''),
  decisions: text('decisions').notNull().default(''),
  createdAt: createdAt(),
});

export const listenerPlan = pgTable(
  'listener_plan',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    category: text('category').notNull(),
    plannedCount: integer('planned_count').notNull().default(0),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('listener_plan_unique_idx').on(t.trajectoryId, t.category)],
);

// ── Participants: pseudonymous row; personal data apart ──────────────
export const PARTICIPANT_STATUSES = ['approached', 'interested', 'registered', 'confirmed', 'attended', 'cancelled'] as const;

export const participants = pgTable(
  'participants',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    // Assigned at registration ("Ouder A"); the only thing roles other than leads and parent contacts see.
    pseudonym: text('pseudonym'),
    kind: text('kind', { enum: ['parent', 'youth', 'carer', 'grandparent', 'other'] }).notNull(),
    status: text('status', { enum: PARTICIPANT_STATUSES }).notNull().default('approached'),
    recruitedBy: uuid('recruited_by').references(() => users.id, { onDelete: 'set null' }),
    // Where the participant was met: one of the method's place categories plus a named place.
    placeCategory: text('place_category').notNull().default(''),
    placeName: text('place_name').notNull().default(''),
    profileFit: text('profile_fit', { enum: ['', 'fits', 'partly', 'not'] })
      .notNull()
      .default(''),
    source: text('source', { enum: ['workgroup', 'signup'] })
      .notNull()
      .default('workgroup'),
    // Set when their identity was erased on request (issue 16): the pseudonym stays, personal data is gone.
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('participants_pseudonym_idx').on(t.trajectoryId, t.pseudonym), index('participants_trajectory_idx').on(t.trajectoryId)],
);

// Readable only by the trajectory's leads and parent contacts (app/auth/permissions.ts).
export const participantPersonalData = pgTable('participant_personal_data', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  name: text('name').notNull().default(''),
  // Optional, so the name-leak guard can also recognise "mevrouw Jansen" (issue 11).
  surname: text('surname').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  address: text('address').notNull().default(''),
  // "Let my contact person call me" instead of a phone number (sign-up page).
  callViaContact: boolean('call_via_contact').notNull().default(false),
  languages: text('languages').notNull().default(''),
  interpreterLanguage: text('interpreter_language').notNull().default(''),
  needsChildcare: boolean('needs_childcare').notNull().default(false),
  needsTransport: boolean('needs_transport').notNull().default(false),
  diet: text('diet').notNull().default(''),
  preferredTime: text('preferred_time').notNull().default(''),
  needs: text('needs').notNull().default(''),
  compensation: text('compensation').notNull().default(''),
  compensationPaid: boolean('compensation_paid').notNull().default(false),
  consentAt: timestamp('consent_at', { withTimezone: true }),
  // Step 8: how a parent who wants to stay involved can be reached (from the parents' page).
  stayInvolvedContact: text('stay_involved_contact').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

// ── Step 5: preparation ───────────────────────────────────────────────
export const MEETING_KINDS = ['mirror', 'follow_up', 'feedback'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export type LocationChecklist = Partial<Record<'microphone' | 'childcare' | 'familiarPlace' | 'food' | 'introRoom' | 'halfCircles' | 'accessible', boolean>>;

/** The three dates of a trajectory, each with its place (S5a, S5c). */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    date: date('date'),
    startTime: text('start_time').notNull().default(''),
    // Feedback to parents: its form (meeting, home visit, letter, …).
    form: text('form').notNull().default(''),
    venueName: text('venue_name').notNull().default(''),
    venueAddress: text('venue_address').notNull().default(''),
    accessibility: text('accessibility').notNull().default(''),
    checklist: jsonb('checklist').$type<LocationChecklist>().notNull().default({}),
    notes: text('notes').notNull().default(''),
    // The calendar entry's SEQUENCE (RFC 5545): raised whenever the date, time or place changes, so an update replaces the old entry.
    sequence: integer('sequence').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('meetings_kind_idx').on(t.trajectoryId, t.kind)],
);

/**
 * Who was mailed the calendar entry of a meeting, so a changed date or a cancellation reaches
 * them (METHOD:REQUEST / CANCEL). One row per meeting and address; the newest invitation's name,
 * language and link win.
 */
export const meetingInvitees = pgTable(
  'meeting_invitees',
  {
    id: id(),
    orgId: orgRef(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    locale: text('locale').notNull().default('nl'),
    // The address in their calendar entry ('' = the trajectory's dates page).
    link: text('link').notNull().default(''),
    // The SEQUENCE of the last entry they were sent (or, once withdrawn, of the cancellation queued for them).
    sequence: integer('sequence').notNull().default(0),
    // They lost the role that invited them: no change reaches them; the row goes once their cancellation is sent (decision 0026).
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('meeting_invitees_address_idx').on(t.meetingId, t.email)],
);

/** Program blocks of a meeting; clock times follow from the start time and the minutes (S5b). */
export const programBlocks = pgTable('program_blocks', {
  id: id(),
  orgId: orgRef(),
  meetingId: uuid('meeting_id')
    .notNull()
    .references(() => meetings.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  minutes: integer('minutes').notNull(),
  note: text('note').notNull().default(''),
});

export const runSheetTasks = pgTable('run_sheet_tasks', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  title: text('title').notNull(),
  ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
  dueOn: date('due_on'),
  done: boolean('done').notNull().default(false),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

/** School holidays per region, shipped as data and editable per organisation (S5a). */
export const schoolHolidays = pgTable('school_holidays', {
  id: id(),
  orgId: orgRef(),
  region: text('region', { enum: ['noord', 'midden', 'zuid', 'all'] }).notNull(),
  name: text('name').notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  schoolYear: text('school_year').notNull().default(''),
  source: text('source').notNull().default(''),
  /** 'rijksoverheid': read from the government's open data file; 'handmatig': typed in, or the shipped list (not checked). */
  origin: text('origin', { enum: ['rijksoverheid', 'handmatig'] })
    .notNull()
    .default('handmatig'),
  /** The open data file's address (its `dataurl`) for an imported row. */
  sourceUrl: text('source_url').notNull().default(''),
  /** When the government last changed the file (its `lastmodified`), for an imported row. */
  sourceDate: timestamp('source_date', { withTimezone: true }),
  /** When the row was imported or entered. */
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  /** When an admin last added or changed the row by hand (null: shipped or imported, untouched). The import leaves such a row alone (decision 0025). */
  editedAt: timestamp('edited_at', { withTimezone: true }),
});

/** Flyer texts per language; Dutch first, others added by the workgroup (S5e). */
export const flyerTexts = pgTable(
  'flyer_texts',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    language: text('language').notNull(),
    title: text('title').notNull().default(''),
    whatHappens: text('what_happens').notNull().default(''),
    whatYouGet: text('what_you_get').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('flyer_texts_language_idx').on(t.trajectoryId, t.language)],
);

export const LISTENER_RSVP = ['', 'yes', 'no', 'maybe'] as const;

/** Invited listeners (outer circle). Not participants: no special personal-data rules (S5f). */
export const listeners = pgTable('listeners', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull().default(''),
  category: text('category').notNull().default('other'),
  email: text('email').notNull().default(''),
  // Capability link for RSVP and handing in questions, like partner links.
  linkToken: text('link_token').notNull().unique(),
  invitedAt: timestamp('invited_at', { withTimezone: true }),
  rsvpMirror: text('rsvp_mirror', { enum: LISTENER_RSVP }).notNull().default(''),
  rsvpFollowUp: text('rsvp_follow_up', { enum: LISTENER_RSVP }).notNull().default(''),
  createdAt: createdAt(),
});

export const QUESTION_STATUSES = ['submitted', 'chosen', 'merged', 'set_aside'] as const;

/** Questions listeners hand in beforehand; the workgroup curates and orders them (S5g). */
export const questions = pgTable('questions', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  listenerId: uuid('listener_id').references(() => listeners.id, { onDelete: 'set null' }),
  text: text('text').notNull(),
  domains: jsonb('domains').$type<string[]>().notNull().default([]),
  status: text('status', { enum: QUESTION_STATUSES }).notNull().default('submitted'),
  mergedIntoId: uuid('merged_into_id').references((): never => questions.id as never, { onDelete: 'set null' }),
  // Order for the conversation leader, among chosen questions.
  position: integer('position'),
  createdAt: createdAt(),
});

// ── Step 6: the mirror meeting live ────────────────────────────────────
/**
 * Realtime events, written in the same transaction as the change they announce. Ids are handed
 * out at insert, so they do not follow commit order; `tx_id` (the writing transaction) does enough
 * for replay: a stream's position is "every event of a transaction older than H, plus these ids"
 * (`StreamPosition` in app/realtime/stream.ts).
 */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: orgRef(),
    channel: text('channel').notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`pg_current_xact_id()::text::bigint`),
    createdAt: createdAt(),
  },
  (t) => [index('events_channel_idx').on(t.channel, t.id), index('events_channel_tx_idx').on(t.channel, t.txId)],
);

/** Reception (S6a): consent per participant, recorded by whom and when. */
export const participantConsents = pgTable('participant_consents', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  minutes: boolean('minutes'),
  photos: boolean('photos'),
  interpreterLanguage: text('interpreter_language').notNull().default(''),
  interpreterName: text('interpreter_name').notNull().default(''),
  checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  recordedAt: timestamp('recorded_at', { withTimezone: true }),
});

/** Reception (S6a): meeting-wide facts of the mirror meeting, and listener check-ins. */
export const receptions = pgTable('receptions', {
  trajectoryId: uuid('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  confidentialityAgreedAt: timestamp('confidentiality_agreed_at', { withTimezone: true }),
  // Listener ids that checked in; small list, kept with the reception.
  listenersPresent: jsonb('listeners_present').$type<string[]>().notNull().default([]),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The conversation-leader console's state (S6b); `version` guards against lost updates. */
export const conversations = pgTable('conversations', {
  trajectoryId: uuid('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  state: jsonb('state').$type<Record<string, unknown>>().notNull().default({}),
  version: integer('version').notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const VOICE_KINDS = ['contribution', 'conversation'] as const;
export const VOICE_CONSENTS = ['form', 'verbal', 'paper'] as const;

/**
 * Other voices (X1): a parent who will not join the group gives their answers apart, as an
 * anonymous written contribution (through the trajectory's link) or an individual conversation a
 * workgroup member records. Each is a source of its own in the minutes; its answers are minute notes.
 */
export const voices = pgTable('voices', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  kind: text('kind', { enum: VOICE_KINDS }).notNull(),
  // The conversation's pseudonym (never a name); empty for an anonymous contribution.
  pseudonym: text('pseudonym').notNull().default(''),
  // How consent was given: the form's checkbox, or told to the workgroup member (aloud or on paper).
  consent: text('consent', { enum: VOICE_CONSENTS }).notNull(),
  // The language the contribution form was read in.
  language: text('language').notNull().default('nl'),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** Minutes (S6c): one note per answer or round; pseudonyms only. */
export const minuteNotes = pgTable('minute_notes', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  // The queue item the note belongs to (console question key), and whose answer it is.
  questionKey: text('question_key').notNull().default(''),
  questionText: text('question_text').notNull().default(''),
  participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'set null' }),
  // Set for an answer given apart from the meeting (X1): the contribution or conversation it belongs to.
  voiceId: uuid('voice_id').references(() => voices.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['answer', 'outer_circle', 'general'] })
    .notNull()
    .default('answer'),
  summary: text('summary').notNull().default(''),
  quotes: jsonb('quotes').$type<string[]>().notNull().default([]),
  tags: jsonb('tags').$type<string[]>().notNull().default([]),
  // Set by the device that wrote the note, so a note sent twice after a dropped connection is stored once.
  idempotencyKey: text('idempotency_key').notNull().unique(),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  // Set when the parent withdrew consent after the minutes were final: the lead must resolve it.
  consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const minutes = pgTable('minutes', {
  trajectoryId: uuid('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  status: text('status', { enum: ['draft', 'finalised'] })
    .notNull()
    .default('draft'),
  finalisedAt: timestamp('finalised_at', { withTimezone: true }),
  finalisedBy: uuid('finalised_by').references(() => users.id, { onDelete: 'set null' }),
});

// ── Step 7: the follow-up session board ────────────────────────────────
export const BOARD_PHASES = ['touched', 'heard', 'themes', 'ideas', 'vote', 'tomorrow', 'closed'] as const;
export type BoardPhase = (typeof BOARD_PHASES)[number];
export const NOTE_COLUMNS = ['touched', 'goes_well', 'difficult'] as const;
export type NoteColumn = (typeof NOTE_COLUMNS)[number];
/** '' is "no criterion": one budget of dots for everything. */
export const VOTE_CRITERIA = ['', 'urgent', 'feasible', 'meaningful'] as const;
export type VoteCriterion = (typeof VOTE_CRITERIA)[number];

/** One board per trajectory: the follow-up session (S7). Phase and settings are the facilitator's. */
export const boards = pgTable(
  'boards',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    // Six characters, no look-alikes; what listeners type or scan.
    joinCode: text('join_code').notNull().unique(),
    phase: text('phase', { enum: BOARD_PHASES }).notNull().default('touched'),
    ideasRevealed: boolean('ideas_revealed').notNull().default(false),
    dotsPerPerson: integer('dots_per_person').notNull().default(5),
    maxDotsPerIdea: integer('max_dots_per_idea'),
    byCriteria: boolean('by_criteria').notNull().default(false),
    talliesLive: boolean('tallies_live').notNull().default(true),
    // The facilitator sees new notes from phones first and shows them with "Tonen" (issue 14, 5e).
    moderateNotes: boolean('moderate_notes').notNull().default(false),
    // Raised by every change on the board, with its event: phones apply pushed changes in this order.
    version: integer('version').notNull().default(0),
    openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('boards_trajectory_idx').on(t.trajectoryId)],
);

/** Someone on the board: a phone with a device token (no account) or a signed-in person. */
export const boardMembers = pgTable(
  'board_members',
  {
    id: id(),
    orgId: orgRef(),
    boardId: boardRef(),
    // SHA-256 of the device token in the cookie; the token itself is never stored.
    deviceHash: text('device_hash'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('board_members_device_idx').on(t.boardId, t.deviceHash), uniqueIndex('board_members_user_idx').on(t.boardId, t.userId)],
);

export const boardThemes = pgTable('board_themes', {
  id: id(),
  orgId: orgRef(),
  boardId: boardRef(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

/** Sticky notes. `onBehalf`: written by the facilitator for someone without a phone. */
export const boardNotes = pgTable(
  'board_notes',
  {
    id: id(),
    orgId: orgRef(),
    boardId: boardRef(),
    memberId: uuid('member_id').references(() => boardMembers.id, { onDelete: 'set null' }),
    column: text('column', { enum: NOTE_COLUMNS }).notNull(),
    text: text('text').notNull(),
    themeId: uuid('theme_id').references(() => boardThemes.id, { onDelete: 'set null' }),
    onBehalf: boolean('on_behalf').notNull().default(false),
    interpretation: boolean('interpretation').notNull().default(false),
    interpretationComment: text('interpretation_comment').notNull().default(''),
    // Set when the facilitator hides the note (the undoable removal): gone from phones, projector
    // and reports, shown dimmed to the facilitator until restored.
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    // When the note appeared on the projector and the other phones; null while it waits for the
    // facilitator (a moderated board). Screens list notes in this order, waiting ones last.
    shownAt: timestamp('shown_at', { withTimezone: true }).defaultNow(),
    // Set by the device, so a note sent twice after a dropped connection is stored once: unique per
    // board and member (the facilitator's notes, member null, count as one writer).
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('board_notes_board_idx').on(t.boardId), unique('board_notes_key_unique').on(t.boardId, t.memberId, t.idempotencyKey).nullsNotDistinct()],
);

/** The guardian's links from a note to literal quotes in the finalised minutes. */
export const boardNoteQuotes = pgTable(
  'board_note_quotes',
  {
    orgId: orgRef(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => boardNotes.id, { onDelete: 'cascade' }),
    minuteNoteId: uuid('minute_note_id')
      .notNull()
      .references(() => minuteNotes.id, { onDelete: 'cascade' }),
    quoteIndex: integer('quote_index').notNull(),
    // A copy of the quote as it was when linked.
    quote: text('quote').notNull(),
    linkedBy: uuid('linked_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('board_note_quotes_idx').on(t.noteId, t.minuteNoteId, t.quoteIndex)],
);

/** Ideas per theme; hidden from others until the facilitator reveals them. */
export const boardIdeas = pgTable(
  'board_ideas',
  {
    id: id(),
    orgId: orgRef(),
    boardId: boardRef(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => boardThemes.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id').references(() => boardMembers.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    onBehalf: boolean('on_behalf').notNull().default(false),
    // Unique per board and member, like a note's.
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('board_ideas_key_unique').on(t.boardId, t.memberId, t.idempotencyKey).nullsNotDistinct()],
);

/**
 * Dots a member has used, per criterion. The CHECK is what keeps the budget: two devices of one
 * person voting at the same moment both update this row, and the second update that would go
 * over the budget fails in the database.
 */
export const boardDots = pgTable(
  'board_dots',
  {
    orgId: orgRef(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => boardMembers.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: VOTE_CRITERIA }).notNull(),
    used: integer('used').notNull().default(0),
    budget: integer('budget').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.criterion] }), check('board_dots_budget', sql`${t.used} >= 0 and ${t.used} <= ${t.budget}`)],
);

/** A member's dots on one idea (per criterion); `maxDots` copies the board's maximum per idea. */
export const boardVotes = pgTable(
  'board_votes',
  {
    orgId: orgRef(),
    boardId: boardRef(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => boardMembers.id, { onDelete: 'cascade' }),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => boardIdeas.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: VOTE_CRITERIA }).notNull(),
    dots: integer('dots').notNull().default(0),
    maxDots: integer('max_dots'),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.ideaId, t.criterion] }),
    check('board_votes_max', sql`${t.dots} >= 0 and (${t.maxDots} is null or ${t.dots} <= ${t.maxDots})`),
    index('board_votes_board_idx').on(t.boardId),
  ],
);

/** Counted paper stickers, entered by the facilitator on behalf of the room. */
export const boardPaperVotes = pgTable(
  'board_paper_votes',
  {
    orgId: orgRef(),
    boardId: boardRef(),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => boardIdeas.id, { onDelete: 'cascade' }),
    criterion: text('criterion', { enum: VOTE_CRITERIA }).notNull(),
    dots: integer('dots').notNull(),
    enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.criterion] }), check('board_paper_votes_dots', sql`${t.dots} >= 0`)],
);

/** "What I will do differently tomorrow" (S7c); the reminder address is kept only until it is sent. */
export const boardPledges = pgTable(
  'board_pledges',
  {
    id: id(),
    orgId: orgRef(),
    boardId: boardRef(),
    memberId: uuid('member_id').references(() => boardMembers.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    reminderEmail: text('reminder_email').notNull().default(''),
    reminderWeeks: integer('reminder_weeks'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    // Unique per board and member, like a note's.
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique('board_pledges_key_unique').on(t.boardId, t.memberId, t.idempotencyKey).nullsNotDistinct()],
);

/** The change agenda (draft from the follow-up session's top 10; followed up in step 8). */
export const agendaItems = pgTable('agenda_items', {
  id: id(),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  rank: integer('rank').notNull(),
  // True when the item shares its rank with another.
  tied: boolean('tied').notNull().default(false),
  title: text('title').notNull(),
  themeName: text('theme_name').notNull().default(''),
  dots: integer('dots').notNull().default(0),
  notes: jsonb('notes').$type<string[]>().notNull().default([]),
  quotes: jsonb('quotes').$type<string[]>().notNull().default([]),
  ideaId: uuid('idea_id').references(() => boardIdeas.id, { onDelete: 'set null' }),
  status: text('status', { enum: ['draft', 'agreed'] })
    .notNull()
    .default('draft'),
  // Step 8: the workgroup's order and the plain-language text parents read (B1).
  position: integer('position').notNull().default(0),
  plainText: text('plain_text').notNull().default(''),
  // The theme the library files this item under across trajectories (S8c); '' until matched.
  sharedTheme: text('shared_theme').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── Step 8: back to the parents, the change agenda, learning ─────────
/** Why an item was chosen, changed, merged or split (tailoring versus guidelines): dated, with who. */
export const agendaItemReasons = pgTable('agenda_item_reasons', {
  id: id(),
  orgId: orgRef(),
  itemId: uuid('item_id')
    .notNull()
    .references(() => agendaItems.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/** An item's text in a parents' language, entered by a person (no machine translation). */
export const agendaItemTranslations = pgTable(
  'agenda_item_translations',
  {
    orgId: orgRef(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    text: text('text').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.language] })],
);

/** A parent's personal link to the parents' page and "you said, we did" (no account). */
export const parentLinks = pgTable(
  'parent_links',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    // A capability link with narrow reach, kept readable so a letter can be printed again (decision 0003).
    linkToken: text('link_token').notNull().unique(),
    language: text('language').notNull().default('nl'),
    // Changes since the previous visit are marked on "you said, we did".
    lastVisitAt: timestamp('last_visit_at', { withTimezone: true }),
    previousVisitAt: timestamp('previous_visit_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('parent_links_participant_idx').on(t.participantId)],
);

export const FEEDBACK_VERDICTS = ['heard', 'partly', 'missing'] as const;
export const INVOLVEMENT_CHOICES = ['sounding_board', 'co_creation', 'coalition', 'none'] as const;

/** A parent's reaction to one agenda item; recordedBy is set when a workgroup member entered it for them. */
export const agendaReactions = pgTable(
  'agenda_reactions',
  {
    id: id(),
    orgId: orgRef(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => agendaItems.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: FEEDBACK_VERDICTS }).notNull(),
    comment: text('comment').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agenda_reactions_unique_idx').on(t.itemId, t.participantId)],
);

/** A parent's general reaction and how they want to stay involved (how to reach them is personal data). */
export const parentFeedback = pgTable('parent_feedback', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  generalReaction: text('general_reaction').notNull().default(''),
  involvement: jsonb('involvement').$type<(typeof INVOLVEMENT_CHOICES)[number][]>().notNull().default([]),
  recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ACTION_STATUSES = ['idea', 'planned', 'running', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The change agenda (S8b): what is done with an agenda item, by whom, by when. */
export const actions = pgTable(
  'actions',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    // The owner: a partner organisation of the trajectory and a person there.
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull().default(''),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('idea'),
    stopReason: text('stop_reason').notNull().default(''),
    dueOn: date('due_on'),
    // What parents read on "you said, we did": what was done, what comes next.
    nextStep: text('next_step').notNull().default(''),
    lastUpdateAt: timestamp('last_update_at', { withTimezone: true }),
    lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('actions_trajectory_idx').on(t.trajectoryId), index('actions_org_status_idx').on(t.orgId, t.status)],
);

/** A dated update on an action, with evidence; by a signed-in person or through the partner link. */
export const actionUpdates = pgTable('action_updates', {
  id: id(),
  orgId: orgRef(),
  actionId: uuid('action_id')
    .notNull()
    .references(() => actions.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  evidence: text('evidence').notNull().default(''),
  status: text('status', { enum: ACTION_STATUSES }).notNull(),
  authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
  partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

/**
 * Background jobs (reminder e-mails). A row is the job: it survives restarts, and a worker claims
 * it with FOR UPDATE SKIP LOCKED so two app instances never run the same job.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    lastError: text('last_error').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.doneAt} is null`),
  ],
);

/**
 * One row per create form sent with a submission key (the hidden field of `SubmissionKey`), stored in
 * the same transaction as what the form created: the same key again answers as the first time did
 * and creates nothing (`once`, app/utils/submissions.server.ts). Keyed per organisation and operation.
 */
export const formSubmissions = pgTable(
  'form_submissions',
  {
    orgId: orgRef(),
    operation: text('operation').notNull(),
    key: text('key').notNull(),
    // A hash of what was sent: the same key with other content is refused (409), not answered.
    fingerprint: text('fingerprint').notNull(),
    answer: jsonb('answer'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.operation, t.key] }), index('form_submissions_created_idx').on(t.createdAt)],
);

// ── API (I1) ──────────────────────────────────────────────────────────
export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/**
 * A member's personal access token for the JSON API (/api/v1), in one organisation: shown once,
 * stored as its SHA-256 hash, revocable. It acts as that member, with their roles (decision 0017).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    orgId: orgRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    scope: text('scope', { enum: API_TOKEN_SCOPES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.orgId, t.userId)],
);

// ── Rights of the person (issue 16): who looked at or changed a participant's personal data ──
export const ACCESS_ACTIONS = ['view', 'change', 'export', 'erase'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * The access log (NEN 7513): one row per participant whose personal data was viewed, changed,
 * exported or erased, written in the transaction that read or changed it. Append-only (a trigger
 * refuses UPDATE and DELETE) and chained per organisation: `hash` is SHA-256 of `prev_hash` and the
 * entry (app/features/privacy/domain/access-chain.ts). No foreign keys to users or participants:
 * the entry outlives them and is never rewritten. It never holds a name, only ids.
 */
export const accessLog = pgTable(
  'access_log',
  {
    orgId: orgRef(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    // Null when no one was signed in (a parent's own sign-up).
    actorUserId: uuid('actor_user_id'),
    // The organisation role first, then the roles in the trajectory (or 'signup' for the public form).
    actorRoles: jsonb('actor_roles').$type<string[]>().notNull(),
    trajectoryId: uuid('trajectory_id'),
    participantId: uuid('participant_id').notNull(),
    action: text('action', { enum: ACCESS_ACTIONS }).notNull(),
    // Which screen or operation: 'participant', 'participants', 'participants.csv', 'rights.export', …
    screen: text('screen').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.seq] }),
    index('access_log_participant_idx').on(t.orgId, t.participantId),
    index('access_log_at_idx').on(t.orgId, t.at),
  ],
);

// ── Personal data: consent log and retention (issue 16) ──────────────
export const CONSENT_KINDS = ['signup', 'minutes', 'photos', 'stay_involved'] as const;
export const CONSENT_HOW = ['form', 'paper', 'on_behalf'] as const;

/** The consent texts an organisation shows, versioned: a save makes a new version, old ones stay. */
export const consentTexts = pgTable(
  'consent_texts',
  {
    id: id(),
    orgId: orgRef(),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('consent_texts_version_idx').on(t.orgId, t.kind, t.language, t.version)],
);

/** Every consent given or withdrawn, with the text shown; the current state is derived from it. */
export const consentEvents = pgTable(
  'consent_events',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CONSENT_KINDS }).notNull(),
    decision: text('decision', { enum: ['granted', 'withdrawn'] }).notNull(),
    textId: uuid('text_id').references(() => consentTexts.id, { onDelete: 'set null' }),
    language: text('language').notNull().default('nl'),
    how: text('how', { enum: CONSENT_HOW }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_events_participant_idx').on(t.participantId, t.at)],
);

export const RETENTION_KINDS = ['participants', 'listeners', 'pledges'] as const;

/**
 * What the retention job deleted, and the extensions coordinators made (with their reason and the
 * new day), per trajectory and kind. Counts and days only: never personal data.
 */
export const retentionLog = pgTable(
  'retention_log',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    kind: text('kind', { enum: RETENTION_KINDS }).notNull(),
    action: text('action', { enum: ['deleted', 'extended'] }).notNull(),
    count: integer('count').notNull().default(0),
    // An extension: personal data of this kind is kept until this Amsterdam day.
    keepUntil: date('keep_until'),
    reason: text('reason').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('retention_log_trajectory_idx').on(t.trajectoryId, t.at)],
);
