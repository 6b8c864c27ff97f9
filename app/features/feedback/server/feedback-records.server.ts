// Shared by the feedback operations only: the agreed agenda with its translations and actions,
// the privacy guard for what others read, the trajectory's parents and saving a parent's feedback.
import { logConsent } from '#app/privacy/consent-log.server';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import {
  actions,
  actionUpdates,
  agendaItems,
  agendaItemTranslations,
  agendaReactions,
  parentFeedback,
  parentLinks,
  participantPersonalData,
  participants,
  partners,
} from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { flyerLanguage, textDirection } from '#app/features/materials/domain/languages';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { type AccessCaller, logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers, knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { config } from '#app/utils/config.server';
import type { ActionStatus } from '#app/db/schema';
import { maskedText, maskParts, type MaskedPart } from '../domain/mask';
import { textIn } from '../domain/page-language';
import { isNewSince } from '../domain/visits';
import { contactAfter, type FeedbackInput, normaliseInvolvement } from '../domain/verdicts';

type Trajectory = { orgId: string; trajectoryId: string };

/** The parent's personal page: what we heard, their reaction, and "you said, we did", without an account. */
export const parentLinkUrl = (linkToken: string) => `${config.appUrl}/p/parent/${linkToken}`;
/** The public "you said, we did" page the coordinator may publish for the coalition's website. */
export const publicAgendaUrl = (token: string) => `${config.appUrl}/p/agenda/${token}`;

export const languageChoice = (code: string) => ({ code, endonym: flyerLanguage(code)?.endonym ?? code, dir: textDirection(code) });

/**
 * The privacy guard for texts other people read: the trajectory's participants' names and contact
 * data are read here on the server and never leave it; the answer is the text in masked parts.
 */
export async function guardFor({ orgId, trajectoryId }: Trajectory, database?: Db | Tx): Promise<(text: string) => MaskedPart[]> {
  const known = await knownIdentifiers(database ?? (await db()), orgId, trajectoryId);
  return (text) => maskParts(text, findIdentifying(text, known));
}

export type AgreedItem = { id: string; dutch: string; quotes: string[]; updatedAt: Date; translations: Map<string, { text: string; updatedAt: Date }> };

/** The agreed agenda items in the workgroup's order, each with its translations. */
export async function agreedItems({ orgId, trajectoryId }: Trajectory, database?: Db | Tx): Promise<AgreedItem[]> {
  const q = database ?? (await db());
  const rows = await q
    .select({ id: agendaItems.id, title: agendaItems.title, plainText: agendaItems.plainText, quotes: agendaItems.quotes, updatedAt: agendaItems.updatedAt })
    .from(agendaItems)
    .where(inOrg(agendaItems, orgId, and(eq(agendaItems.trajectoryId, trajectoryId), eq(agendaItems.status, 'agreed'))))
    .orderBy(asc(agendaItems.position), asc(agendaItems.rank), asc(agendaItems.createdAt));
  const translations = rows.length
    ? await q
        .select()
        .from(agendaItemTranslations)
        .where(
          inOrg(
            agendaItemTranslations,
            orgId,
            inArray(
              agendaItemTranslations.itemId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    dutch: r.plainText.trim() || r.title,
    quotes: r.quotes,
    updatedAt: r.updatedAt,
    translations: new Map(translations.filter((t) => t.itemId === r.id).map((t) => [t.language, { text: t.text, updatedAt: t.updatedAt }])),
  }));
}

export type ActionView = {
  id: string;
  title: string;
  status: ActionStatus;
  stopReason: string;
  dueOn: string | null;
  nextStep: string;
  owner: string;
  isNew: boolean;
  updates: { text: string; at: string; isNew: boolean }[];
};

export type YouSaidWeDidItem = { id: string; n: number; text: string; lang: string; quotes: string[]; isNew: boolean; actions: ActionView[] };

const UPDATES_SHOWN = 3;

/**
 * "You said, we did" in a language: per agreed item its text (translated where a person did so),
 * the quotes it rests on, and its actions with their latest updates, every text through the
 * privacy guard; what changed after the previous visit is marked.
 */
export async function youSaidWeDid(trajectory: Trajectory, { language, previousVisitAt }: { language: string; previousVisitAt: Date | null }) {
  const database = await db();
  const { orgId, trajectoryId } = trajectory;
  const [items, guard] = await Promise.all([agreedItems(trajectory, database), guardFor(trajectory, database)]);
  const clean = (text: string) => maskedText(guard(text));
  const actionRows = await database
    .select({
      id: actions.id,
      itemId: actions.agendaItemId,
      title: actions.title,
      status: actions.status,
      stopReason: actions.stopReason,
      dueOn: actions.dueOn,
      nextStep: actions.nextStep,
      partner: partners.name,
      createdAt: actions.createdAt,
      updatedAt: actions.updatedAt,
    })
    .from(actions)
    .leftJoin(partners, and(eq(partners.id, actions.partnerId), eq(partners.orgId, orgId)))
    .where(inOrg(actions, orgId, eq(actions.trajectoryId, trajectoryId)))
    .orderBy(asc(actions.createdAt));
  const updates = actionRows.length
    ? await database
        .select({ actionId: actionUpdates.actionId, text: actionUpdates.text, createdAt: actionUpdates.createdAt })
        .from(actionUpdates)
        .where(
          inOrg(
            actionUpdates,
            orgId,
            inArray(
              actionUpdates.actionId,
              actionRows.map((a) => a.id),
            ),
          ),
        )
        .orderBy(desc(actionUpdates.createdAt))
    : [];
  const actionsOf = (itemId: string): ActionView[] =>
    actionRows
      .filter((a) => a.itemId === itemId)
      .map((a) => {
        const latest = updates.filter((u) => u.actionId === a.id).slice(0, UPDATES_SHOWN);
        return {
          id: a.id,
          title: clean(a.title),
          status: a.status,
          stopReason: clean(a.stopReason),
          dueOn: a.dueOn,
          nextStep: clean(a.nextStep),
          owner: a.partner ?? '',
          isNew: isNewSince([a.createdAt, a.updatedAt], previousVisitAt),
          updates: latest.map((u) => ({ text: clean(u.text), at: u.createdAt.toISOString(), isNew: isNewSince([u.createdAt], previousVisitAt) })),
        };
      });
  return items.map((item, i): YouSaidWeDidItem => {
    const translations = new Map([...item.translations].map(([lang, t]) => [lang, t.text]));
    const { text, lang } = textIn(item.dutch, translations, language);
    const itemActions = actionsOf(item.id);
    return {
      id: item.id,
      n: i + 1,
      text: clean(text),
      lang,
      quotes: item.quotes.map(clean),
      isNew:
        isNewSince([item.updatedAt, item.translations.get(language)?.updatedAt], previousVisitAt) ||
        itemActions.some((a) => a.isNew || a.updates.some((u) => u.isNew)),
      actions: itemActions,
    };
  });
}

export type ParentRow = {
  participantId: string;
  pseudonym: string;
  status: (typeof participants.$inferSelect)['status'];
  link: { token: string; language: string; lastVisitAt: Date | null } | null;
};

/** The trajectory's participants with their link, if they have one, by pseudonym. */
export async function participantsWithLinks({ orgId, trajectoryId }: Trajectory, database?: Db | Tx): Promise<ParentRow[]> {
  const rows = await (database ?? (await db()))
    .select({
      participantId: participants.id,
      pseudonym: participants.pseudonym,
      status: participants.status,
      token: parentLinks.linkToken,
      language: parentLinks.language,
      lastVisitAt: parentLinks.lastVisitAt,
    })
    .from(participants)
    .leftJoin(parentLinks, and(eq(parentLinks.participantId, participants.id), eq(parentLinks.orgId, orgId)))
    .where(inOrg(participants, orgId, eq(participants.trajectoryId, trajectoryId)))
    .orderBy(asc(participants.pseudonym), asc(participants.createdAt));
  return rows.map((r) => ({
    participantId: r.participantId,
    pseudonym: r.pseudonym ?? '',
    status: r.status,
    link: r.token ? { token: r.token, language: r.language ?? 'nl', lastVisitAt: r.lastVisitAt } : null,
  }));
}

/**
 * Some participants' personal data rows, by participant. Only for operations that may read personal
 * data, or that use it on the server without handing it out (a link's default language).
 */
/** Personal data of these participants, logged as seen on `screen` (in `tx`, or in a transaction of its own). */
export async function personalDataOf(caller: AccessCaller, participantIds: readonly string[], screen: string, tx?: Tx) {
  if (participantIds.length === 0) return new Map<string, typeof participantPersonalData.$inferSelect>();
  const read = async (t: Tx) => {
    const rows = await t
      .select()
      .from(participantPersonalData)
      .where(inOrg(participantPersonalData, caller.orgId, inArray(participantPersonalData.participantId, [...participantIds])));
    await logAccess(t, caller, { participantIds: rows.map((r) => r.participantId), action: 'view', screen });
    return rows;
  };
  const rows = tx ? await read(tx) : await (await db()).transaction(read);
  return new Map(rows.map((r) => [r.participantId, r]));
}

/** A parent's answers so far, to fill the form in again. */
export async function feedbackOf({ orgId }: Trajectory, participantId: string, database?: Db | Tx) {
  const q = database ?? (await db());
  const reactions = await q
    .select({ itemId: agendaReactions.itemId, verdict: agendaReactions.verdict, comment: agendaReactions.comment })
    .from(agendaReactions)
    .where(inOrg(agendaReactions, orgId, eq(agendaReactions.participantId, participantId)));
  const [general] = await q
    .select({ generalReaction: parentFeedback.generalReaction, involvement: parentFeedback.involvement })
    .from(parentFeedback)
    .where(inOrg(parentFeedback, orgId, eq(parentFeedback.participantId, participantId)));
  const [personal] = await q
    .select({ contact: participantPersonalData.stayInvolvedContact })
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
  return {
    reactions: new Map(reactions.map((r) => [r.itemId, { verdict: r.verdict, comment: r.comment }])),
    generalReaction: general?.generalReaction ?? '',
    involvement: general?.involvement ?? [],
    hasContact: !!personal?.contact,
  };
}

/**
 * Saves (again) what a parent answered, in one transaction: a reaction per item answered, the
 * general reaction and the involvement, and how to reach them in their personal data (only while
 * they want to stay involved). `recordedBy` marks answers a workgroup member entered for them;
 * without `contactEditable` (no right to personal data) a typed contact is ignored.
 */
export async function saveFeedback(
  { orgId, trajectoryId }: Trajectory,
  participantId: string,
  input: FeedbackInput,
  { recordedBy, contactEditable, caller, language = 'nl' }: { recordedBy: string | null; contactEditable: boolean; caller: AccessCaller; language?: string },
) {
  await (
    await db()
  ).transaction(async (tx) => {
    const agreed = new Set((await agreedItems({ orgId, trajectoryId }, tx)).map((i) => i.id));
    for (const r of input.reactions.filter((r) => agreed.has(r.itemId))) {
      await tx
        .insert(agendaReactions)
        .values({ orgId, itemId: r.itemId, participantId, verdict: r.verdict, comment: r.comment, recordedBy })
        .onConflictDoUpdate({
          target: [agendaReactions.itemId, agendaReactions.participantId],
          set: { verdict: r.verdict, comment: r.comment, recordedBy, updatedAt: sql`now()` },
          setWhere: sql`${agendaReactions.orgId} = ${orgId}`,
        });
    }
    const involvement = normaliseInvolvement(input.involvement);
    await tx
      .insert(parentFeedback)
      .values({ orgId, trajectoryId, participantId, generalReaction: input.generalReaction, involvement, recordedBy })
      .onConflictDoUpdate({
        target: parentFeedback.participantId,
        set: { generalReaction: input.generalReaction, involvement, recordedBy, updatedAt: sql`now()` },
        setWhere: sql`${parentFeedback.orgId} = ${orgId}`,
      });
    const [personal] = await tx
      .select({ contact: participantPersonalData.stayInvolvedContact })
      .from(participantPersonalData)
      .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
    const contact = contactAfter(involvement, contactEditable ? input.contact : '', personal?.contact ?? '');
    if (contact === (personal?.contact ?? '')) return;
    await tx
      .insert(participantPersonalData)
      .values({ participantId, orgId, trajectoryId, stayInvolvedContact: contact })
      .onConflictDoUpdate({
        target: participantPersonalData.participantId,
        set: { stayInvolvedContact: contact, updatedAt: sql`now()` },
        setWhere: sql`${participantPersonalData.orgId} = ${orgId}`,
      });
    await logAccess(tx, { ...caller, trajectoryId }, { participantIds: [participantId], action: 'change', screen: 'feedback.contact' });
    await logConsent(tx, {
      orgId,
      trajectoryId,
      participantId,
      kind: 'stay_involved',
      answer: contact !== '',
      language,
      how: recordedBy ? 'on_behalf' : 'form',
      recordedBy,
    });
  });
  // How the parent asked to be reached is checked by the guard too (see known-identifiers).
  forgetKnownIdentifiers(orgId, trajectoryId);
}
