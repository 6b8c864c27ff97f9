import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { FLYER_LANGUAGES, pdfSupported, textDirection } from '../domain/languages';
import { countSignups, ensureDutchFlyer, ensureSignupCode, listFlyerTexts, readMirrorMeeting, signupUrl } from './flyer-records.server';

/**
 * Everything the materials page shows. On first open by someone who may edit, the Dutch flyer
 * is saved with a starting text; the sign-up code is made on first open by anyone.
 */
export async function getMaterialsPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const trajectory = await loadTrajectory(scope);
  const canEdit = can(scope, 'trajectory.edit');
  if (canEdit) await ensureDutchFlyer(scope, trajectory.theme);
  const code = await ensureSignupCode(scope);
  const url = signupUrl(code);
  const flyers = await listFlyerTexts(scope);
  const used = new Set(flyers.map((f) => f.language));
  return {
    canEdit,
    signup: { code, url, path: `/p/signup/${code}`, qrSvg: await qrSvg(url), count: await countSignups(scope) },
    meeting: await readMirrorMeeting(scope),
    flyers: flyers.map((f) => ({
      language: f.language,
      dir: textDirection(f.language),
      pdf: pdfSupported(f.language),
      title: f.title,
      whatHappens: f.whatHappens,
      whatYouGet: f.whatYouGet,
      contactName: f.contactName,
      contactPhone: f.contactPhone,
    })),
    addable: FLYER_LANGUAGES.filter((l) => !used.has(l.code)).map((l) => l.code),
  };
}
