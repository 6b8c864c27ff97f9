// Shared pieces of the public sign-up (authorised by the code on the flyer, not by a role): the
// code lookup, the form-time secret, and saving a sign-up. Not operations themselves.
import { logConsent } from '#app/privacy/consent-log.server';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants, trajectories } from '#app/db/schema';
import { logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { notFound } from '#app/utils/http.server';
import { once } from '#app/utils/submissions.server';
import { normaliseSignupCode } from '../domain/signup-code';
import { minSecondsFrom } from '../domain/signup-guard';

export type SignupInput = {
  name: string;
  surname: string;
  phone: string;
  callViaContact: boolean;
  contactPersonName: string;
  kind: 'parent' | 'youth' | 'carer';
  languages: string;
};

// SESSION_SECRET keeps timestamps valid across restarts and instances; without it a random
// secret per process is enough (at worst someone is asked to press the button once more).
const secret = process.env.SESSION_SECRET || randomBytes(32).toString('hex');

export const signupSecret = (): string => secret;

/** Seconds a person needs at least to fill the form (SIGNUP_MIN_SECONDS, default 3). */
export const signupMinSeconds = (): number => minSecondsFrom(process.env.SIGNUP_MIN_SECONDS);

/**
 * The trajectory behind a public sign-up code, or 404. Like a partner's token, the code is the
 * scope of this one query; every later query uses the trajectory's orgId with inOrg.
 */
export async function findSignupTarget(database: Db | Tx, code: string) {
  const clean = normaliseSignupCode(code);
  if (!clean) notFound();
  const [row] = await database
    .select({ id: trajectories.id, orgId: trajectories.orgId, title: trajectories.title, theme: trajectories.theme })
    .from(trajectories)
    .where(eq(trajectories.signupCode, clean))
    .limit(1);
  if (!row) notFound();
  return row;
}

/**
 * A sign-up from the public page lands in the pipeline as "interested", without a pseudonym
 * (that comes at registration). The participant and their personal data are saved together
 * or not at all, once per submission key.
 */
export async function registerSignup({ code, input, language = 'nl', now = new Date() }: { code: string; input: SignupInput; language?: string; now?: Date }) {
  const saved = await (
    await db()
  ).transaction(async (tx) => {
    const target = await findSignupTarget(tx, code);
    const participantId = await once(tx, target.orgId, 'materials.signup', async () => {
      const [participant] = await tx
        .insert(participants)
        .values({ orgId: target.orgId, trajectoryId: target.id, kind: input.kind, status: 'interested', source: 'signup' })
        .returning({ id: participants.id });
      await tx.insert(participantPersonalData).values({
        participantId: participant!.id,
        orgId: target.orgId,
        trajectoryId: target.id,
        name: input.name,
        surname: input.surname,
        phone: input.phone,
        callViaContact: input.callViaContact,
        languages: input.languages,
        // The contact person the parent named, so the workgroup knows whom to ask.
        needs: input.contactPersonName ? `Contactpersoon: ${input.contactPersonName}` : '',
        consentAt: now,
      });
      // The parent entered it themselves: no one signed in, the role is 'signup'.
      await logAccess(
        tx,
        { orgId: target.orgId, actor: null, trajectoryId: target.id },
        { participantIds: [participant!.id], action: 'change', screen: 'signup' },
      );
      await logConsent(tx, {
        orgId: target.orgId,
        trajectoryId: target.id,
        participantId: participant!.id,
        kind: 'signup',
        answer: true,
        language,
        how: 'form',
        recordedBy: null,
        at: now,
      });
      return participant!.id;
    });
    return { participantId, orgId: target.orgId, trajectoryId: target.id };
  });
  forgetKnownIdentifiers(saved.orgId, saved.trajectoryId);
  return { participantId: saved.participantId };
}
