// One schema file for the whole app; drizzle-kit generates the committed migrations from it.
// Every tenant table carries org_id so each query can be scoped to the signed-in organisation.
import { sql } from 'drizzle-orm';
import { orgRoles, trajectoryRoleList } from '#app/auth/permissions';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const orgRef = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
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
  createdAt: createdAt(),
});

// ── Organisations ─────────────────────────────────────────────────────
export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['coalition', 'municipality', 'care'] }).notNull(),
  createdAt: createdAt(),
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
export const participants = pgTable(
  'participants',
  {
    id: id(),
    orgId: orgRef(),
    trajectoryId: trajectoryRef(),
    pseudonym: text('pseudonym').notNull(),
    kind: text('kind', { enum: ['parent', 'youth', 'carer', 'grandparent', 'other'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('participants_pseudonym_idx').on(t.trajectoryId, t.pseudonym)],
);

// Readable only by the trajectory's leads and parent contacts (app/auth/permissions.ts).
export const participantPersonalData = pgTable('participant_personal_data', {
  participantId: uuid('participant_id')
    .primaryKey()
    .references(() => participants.id, { onDelete: 'cascade' }),
  orgId: orgRef(),
  trajectoryId: trajectoryRef(),
  name: text('name').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  address: text('address').notNull().default(''),
  needs: text('needs').notNull().default(''),
  compensation: text('compensation').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
