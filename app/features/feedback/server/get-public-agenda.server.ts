import { eq } from 'drizzle-orm';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { chooseLanguage, offeredLanguages } from '../domain/page-language';
import { languageChoice, youSaidWeDid } from './feedback-records.server';

/**
 * The public "you said, we did" page of a trajectory, by the unguessable link the coordinator
 * published (404 when it is not published): the agreed agenda and what was done, pseudonymous,
 * in the language asked for. Authorised by that link: like a personal link's lookup, the one
 * query that cannot be scoped by organisation; later queries use the trajectory's orgId.
 */
export async function getPublicAgenda({ token, language, accepted }: { token: string; language: string | null; accepted?: string | null }) {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const database = await db();
  const [trajectory] = await database
    .select({ orgId: trajectories.orgId, trajectoryId: trajectories.id, title: trajectories.title, feedbackLanguages: trajectories.feedbackLanguages })
    .from(trajectories)
    .where(eq(trajectories.publicPageToken, token))
    .limit(1);
  if (!trajectory) notFound();
  const org = await orgName(trajectory.orgId, database);
  const offered = offeredLanguages(trajectory.feedbackLanguages);
  const chosen = chooseLanguage({ requested: language, accepted, offered });
  return {
    orgName: org,
    trajectoryTitle: trajectory.title,
    language: chosen,
    languages: offered.map(languageChoice),
    items: await youSaidWeDid(trajectory, { language: chosen, previousVisitAt: null }),
  };
}
