import type { OrgScope } from '#app/db/scope.server';
import { FLYER_LANGUAGES, pdfSupported, textDirection } from '../domain/languages';
import { countSignups } from './count-signups.server';
import { ensureDutchFlyer } from './ensure-dutch-flyer.server';
import { ensureSignupCode } from './ensure-signup-code.server';
import { getMirrorMeeting } from './get-mirror-meeting.server';
import { listFlyerTexts } from './list-flyer-texts.server';
import { qrSvg } from './qr-code.server';
import { signupUrl } from './signup-url.server';

/**
 * Everything the materials page shows. On first open by someone who may edit, the Dutch flyer
 * is saved with a starting text and the sign-up code is made.
 */
export async function getMaterialsPage(scope: OrgScope & { trajectory: { id: string; theme: string }; canEdit: boolean }) {
  const trajectoryId = scope.trajectory.id;
  if (scope.canEdit) await ensureDutchFlyer(scope);
  const code = await ensureSignupCode({ ...scope, trajectoryId });
  const url = signupUrl(code);
  const flyers = await listFlyerTexts({ ...scope, trajectoryId });
  const used = new Set(flyers.map((f) => f.language));
  return {
    signup: { code, url, path: `/p/signup/${code}`, qrSvg: await qrSvg(url), count: await countSignups({ ...scope, trajectoryId }) },
    meeting: await getMirrorMeeting({ orgId: scope.orgId, trajectoryId }),
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
