import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { pseudonymFor, selfSignupAtDesk } from '#app/features/recruitment/domain/pipeline';
import { RuleError } from '#app/utils/rule-error';
import { isExpected, statusAfterCheckIn } from '../domain/rules';
import { atDesk, consentOnFile, pseudonymsInUse, retryOnPseudonymClash } from './reception-records.server';

/**
 * Marks a participant present at the desk (or undoes it): the check-in time and the pipeline
 * status "attended" change together, and the reception channel hears of it in the same transaction.
 * A parent who signed up themselves and is still "interested" goes to attended with this one press
 * (issue 14, item 7), getting their pseudonym as registering would have given it; without recorded
 * consent to keep their details the desk asks for it first (a RuleError next to the card).
 */
export async function checkInParticipant(scope: TrajectoryScope & { participantId: string; present: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  const { present } = scope;
  await retryOnPseudonymClash(() =>
    atDesk(scope, scope.participantId, present ? 'checkin' : 'checkin_undone', async (participant, tx) => {
      let pseudonym = participant.pseudonym;
      if (!isExpected(participant.status)) {
        // A cancelled or not yet registered person is not on the desk's list, unless they signed up themselves.
        if (!present || participant.source !== 'signup') throw new RuleError('reception.notExpected', 'participantId');
        // Consent to keep personal data is personal data: read for the leads and parent contacts only.
        authorize(scope, 'participants.personalData');
        const consentGiven = await consentOnFile(tx, scope, participant.id);
        const path = selfSignupAtDesk({ source: participant.source, status: participant.status, consentGiven });
        if (path === 'needs-consent') throw new RuleError('reception.signupNeedsConsent', 'participantId');
        if (path === 'no') throw new RuleError('reception.notExpected', 'participantId');
        pseudonym = pseudonymFor({ kind: participant.kind, status: 'attended', current: participant.pseudonym, reserved: await pseudonymsInUse(tx, scope) });
      }
      await tx
        .update(participants)
        .set({ status: statusAfterCheckIn(participant.status, present), pseudonym, updatedAt: sql`now()` })
        .where(inOrg(participants, scope.orgId, eq(participants.id, participant.id)));
      return { checkedInAt: present ? new Date() : null };
    }),
  );
}
