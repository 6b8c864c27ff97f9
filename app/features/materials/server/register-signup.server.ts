import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { findSignupTarget } from './find-signup-target.server';

export type SignupInput = {
  name: string;
  phone: string;
  callViaContact: boolean;
  contactPersonName: string;
  kind: 'parent' | 'youth' | 'carer';
  languages: string;
};

/**
 * A sign-up from the public page lands in the pipeline as "interested", without a pseudonym
 * (that comes at registration). The participant and their personal data are saved together
 * or not at all.
 */
export async function registerSignup({ code, input, now = new Date() }: { code: string; input: SignupInput; now?: Date }) {
  return (await db()).transaction(async (tx) => {
    const target = await findSignupTarget(tx, code);
    const [participant] = await tx
      .insert(participants)
      .values({ orgId: target.orgId, trajectoryId: target.id, kind: input.kind, status: 'interested', source: 'signup' })
      .returning({ id: participants.id });
    await tx.insert(participantPersonalData).values({
      participantId: participant!.id,
      orgId: target.orgId,
      trajectoryId: target.id,
      name: input.name,
      phone: input.phone,
      callViaContact: input.callViaContact,
      languages: input.languages,
      // The contact person the parent named, so the workgroup knows whom to ask.
      needs: input.contactPersonName ? `Contactpersoon: ${input.contactPersonName}` : '',
      consentAt: now,
    });
    return { participantId: participant!.id };
  });
}
