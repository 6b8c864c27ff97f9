import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { fullName } from '#app/features/participants/domain/names';
import { comparePseudonyms } from '#app/features/participants/domain/pseudonyms';
import { listParticipants } from '#app/features/participants/server/list-participants.server';
import { listPseudonymousParticipants } from '#app/features/participants/server/list-pseudonymous-participants.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { needsOf, needsTotals } from '../domain/needs';
import { allowedMoves, isCommitted, type ParticipantStatus } from '../domain/pipeline';
import { isPlaceCategory, placeCounts, profileFitCounts } from '../domain/places';
import { committedCount, statusCounts, targetWarnings } from '../domain/targets';

/**
 * The participants page, in one of two views. Leads and parent contacts get the pipeline with
 * names; everyone else gets numbers and pseudonyms, and for them the personal-data table is not
 * even read.
 */
export async function getParticipantsPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const trajectory = await loadTrajectory(scope);
  const range = { min: trajectory.participantTargetMin, max: trajectory.participantTargetMax };
  const numbers = (rows: { status: ParticipantStatus }[]) => {
    const counts = statusCounts(rows);
    return { counts, committed: committedCount(counts), warnings: targetWarnings(counts, range), ...range };
  };

  if (!can(scope, 'participants.personalData')) {
    const rows = await listPseudonymousParticipants(scope);
    return {
      view: 'pseudonymous' as const,
      title: trajectory.title,
      numbers: numbers(rows),
      registered: rows
        .filter((r) => isCommitted(r.status) && r.pseudonym)
        .map((r) => ({ pseudonym: r.pseudonym!, kind: r.kind, status: r.status }))
        .sort((a, b) => comparePseudonyms(a.pseudonym, b.pseudonym)),
    };
  }

  const [list, people] = await Promise.all([listParticipants(scope, 'participants'), listTrajectoryPeople(scope)]);
  return {
    view: 'full' as const,
    title: trajectory.title,
    numbers: numbers(list),
    places: placeCounts(list),
    fits: profileFitCounts(list),
    needs: needsTotals(list.filter((p) => isCommitted(p.status)).map((p) => p.personal)),
    people: people.map((p) => ({ userId: p.userId, name: p.name || p.email })),
    me: scope.actor.userId,
    participants: list.map((p) => ({
      id: p.id,
      name: fullName(p.personal),
      pseudonym: p.pseudonym,
      kind: p.kind,
      status: p.status,
      phone: p.personal.phone,
      email: p.personal.email,
      callViaContact: p.personal.callViaContact,
      placeCategory: isPlaceCategory(p.placeCategory) ? p.placeCategory : ('' as const),
      placeName: p.placeName,
      recruitedByName: p.recruitedByName,
      profileFit: p.profileFit,
      needs: needsOf(p.personal),
      compensation: p.personal.compensation,
      compensationPaid: p.personal.compensationPaid,
      consentAt: p.personal.consentAt,
      fromSignup: p.source === 'signup',
      moves: allowedMoves(p.status),
    })),
  };
}
