import { db } from '#app/db/client.server';
import { orgName } from '#app/db/org-name.server';
import { flyerLanguage } from '#app/features/materials/domain/languages';
import { signFormTime } from '#app/features/materials/domain/signup-guard';
import { answerField, chooseContributionLanguage, contributionLanguages, questionIn } from '../domain/contribution';
import { contributionTexts } from '../domain/contribution-texts';
import { contributionSecret, findContributionTarget, minutesFinal, questionsFor } from './voices-records.server';

/**
 * What the anonymous contribution page shows, authorised by the trajectory's link (404 when it is
 * unknown, renewed or switched off): the questions in the chosen language (a question without a
 * translation in Dutch, marked as Dutch), the other languages, and the signed moment the form was
 * handed out. Closed once the minutes are final.
 */
export async function getContributionPage({
  token,
  language,
  acceptLanguage,
  now = Date.now(),
}: {
  token: string;
  language: string | null;
  acceptLanguage: string | null;
  now?: number;
}) {
  const database = await db();
  const target = await findContributionTarget(database, token);
  const chosen = chooseContributionLanguage(language, acceptLanguage);
  const texts = contributionTexts(chosen);
  const questions = await questionsFor(database, target);
  return {
    orgName: await orgName(target.orgId, database),
    theme: target.theme.trim(),
    language: chosen,
    dir: texts.dir,
    languages: contributionLanguages().map((code) => ({ code, endonym: flyerLanguage(code)?.endonym ?? code, dir: contributionTexts(code).dir })),
    questions: questions.map((q) => ({ name: answerField(q.field), ...questionIn(q, chosen) })),
    closed: await minutesFinal(database, target),
    startedAt: signFormTime(now, contributionSecret()),
  };
}
