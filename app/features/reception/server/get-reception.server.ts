import { and, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings, participantConsents, receptions, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { listListeners } from '#app/features/listeners/server/list-listeners.server';
import { listParticipants } from '#app/features/participants/server/list-participants.server';
import { fullName } from '#app/features/participants/domain/names';
import { comparePseudonyms } from '#app/features/participants/domain/pseudonyms';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { type ParticipantStatus, selfSignupAtDesk } from '#app/features/recruitment/domain/pipeline';
import { isExpected, selfCheckInWindow } from '../domain/rules';

/**
 * Everything the welcome desk shows: the expected participants with first name and needs at
 * the door (read through listParticipants, which checks the right to personal data), their
 * consents, the listeners, and the meeting-wide facts. `qrFor` adds the QR code of one
 * listener's personal link, for a listener who checks in on their own phone.
 */
export async function getReception(scope: TrajectoryScope & { qrFor?: string; now?: Date }) {
  authorize(scope, 'reception.run');
  const trajectory = await loadTrajectory(scope);
  const database = await db();
  const [mirror] = await database
    .select({ date: meetings.date, startTime: meetings.startTime })
    .from(meetings)
    .where(inOrg(meetings, scope.orgId, and(eq(meetings.trajectoryId, trajectory.id), eq(meetings.kind, 'mirror'))));
  // On the meeting's day the desk also lists parents who signed up themselves and were not registered
  // yet: one check-in takes them to attended (issue 14, item 7).
  const meetingDay = selfCheckInWindow(mirror?.date, scope.now ?? new Date()).state === 'open';
  const atDesk = (p: { status: ParticipantStatus; source: 'workgroup' | 'signup'; personal: { consentAt: Date | null } }) =>
    isExpected(p.status) || (meetingDay && selfSignupAtDesk({ source: p.source, status: p.status, consentGiven: p.personal.consentAt !== null }) !== 'no');
  const list = (await listParticipants(scope, 'reception')).filter(atDesk);
  const ids = list.map((p) => p.id);
  const consents = ids.length
    ? await database
        .select({
          consent: participantConsents,
          recorderName: users.name,
          recorderEmail: users.email,
        })
        .from(participantConsents)
        .leftJoin(users, eq(users.id, participantConsents.recordedBy))
        .where(
          inOrg(participantConsents, scope.orgId, and(eq(participantConsents.trajectoryId, trajectory.id), inArray(participantConsents.participantId, ids))),
        )
    : [];
  const byId = new Map(consents.map((c) => [c.consent.participantId, c]));
  const [reception] = await database
    .select()
    .from(receptions)
    .where(inOrg(receptions, scope.orgId, eq(receptions.trajectoryId, trajectory.id)));
  const present = new Set(reception?.listenersPresent ?? []);
  const allListeners = await listListeners(scope);
  const qrListener = allListeners.find((l) => l.id === scope.qrFor);

  return {
    trajectory: { id: trajectory.id, title: trajectory.title },
    mirror: mirror ?? null,
    confidentialityAgreedAt: reception?.confidentialityAgreedAt ?? null,
    participants: list
      .map((p) => {
        const c = byId.get(p.id);
        return {
          participantId: p.id,
          pseudonym: p.pseudonym,
          name: fullName(p.personal),
          status: p.status,
          // Not registered yet: signed up on the flyer's page; without consent to keep their details, ask first.
          selfSignup: !isExpected(p.status),
          needsConsent: !isExpected(p.status) && p.personal.consentAt === null,
          needsChildcare: p.personal.needsChildcare,
          // What was asked at registration, until the desk records what happens today.
          interpreterLanguage: c?.consent.interpreterLanguage || p.personal.interpreterLanguage,
          interpreterName: c?.consent.interpreterName ?? '',
          checkedInAt: c?.consent.checkedInAt ?? null,
          minutes: c?.consent.minutes ?? null,
          photos: c?.consent.photos ?? null,
          recordedAt: c?.consent.recordedAt ?? null,
          recordedBy: c?.consent.recordedBy ? c.recorderName || c.recorderEmail || '' : null,
        };
      })
      .sort((a, b) => comparePseudonyms(a.pseudonym ?? '', b.pseudonym ?? '')),
    listeners: allListeners.map((l) => ({
      id: l.id,
      name: l.name,
      organisation: l.organisation,
      rsvpMirror: l.rsvpMirror,
      present: present.has(l.id),
    })),
    listenersPresent: [...present],
    qr: qrListener?.link ? { listenerId: qrListener.id, name: qrListener.name, svg: await qrSvg(qrListener.link) } : null,
  };
}

export type Reception = Awaited<ReturnType<typeof getReception>>;
