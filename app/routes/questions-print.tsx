import { useLoaderData } from 'react-router';
import { Heading, Link, Paragraph } from '#app/components/ui';
import { chosenInOrder } from '#app/features/questions/domain/ordering';
import { listQuestions } from '#app/features/questions/server/list-questions.server';
import printCss from '#app/features/questions/ui/questions-print.css?url';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/questions-print';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: printCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory, org } = await requireTrajectory(request, params);
  const chosen = chosenInOrder(await listQuestions(scope));
  return {
    title: trajectory.title,
    theme: trajectory.theme,
    questions: chosen.map((q) => ({ id: q.id, text: q.text })),
    backUrl: `/o/${org.slug}/t/${trajectory.id}/questions`,
  };
}

/** The chosen questions in order, in large type, to print for the conversation leader. */
export default function QuestionsPrint() {
  const { title, theme, questions, backUrl } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="spiegel-page">
      <title>{`${t('questions.printTitle')} · Spiegel`}</title>
      <div className="questions-print__noprint spiegel-stack">
        <Paragraph>
          <Link to={backUrl}>{t('questions.printBack')}</Link>
        </Paragraph>
        <Paragraph>{t('questions.printHowTo')}</Paragraph>
      </div>
      <Heading level={1}>{t('questions.printTitle')}</Heading>
      <Paragraph lead>{t('questions.printIntro', { title })}</Paragraph>
      {theme ? <Paragraph>{t('questions.printTheme', { theme })}</Paragraph> : null}
      {questions.length === 0 ? (
        <Paragraph>{t('questions.printEmpty')}</Paragraph>
      ) : (
        <ol className="questions-print__list" data-testid="print-questions">
          {questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
