// Step 7, the follow-up session: the facilitator runs the phases ('board.run'), the guardian keeps
// notes close to the parents' words ('board.curate'); others in the organisation get the projector link.
import { useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { ZFacilitator } from '#app/features/board/forms';
import { acceptSuggestion } from '#app/features/board/server/accept-suggestion.server';
import { approveNote } from '#app/features/board/server/approve-note.server';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { addNote } from '#app/features/board/server/add-note.server';
import { closeBoard } from '#app/features/board/server/close-board.server';
import { createTheme } from '#app/features/board/server/create-theme.server';
import { enterPaperVotes } from '#app/features/board/server/enter-paper-votes.server';
import { flagInterpretation } from '#app/features/board/server/flag-interpretation.server';
import { getBoard } from '#app/features/board/server/get-board.server';
import { getFacilitatorPage } from '#app/features/board/server/get-facilitator-page.server';
import { hideNote } from '#app/features/board/server/hide-note.server';
import { linkQuote } from '#app/features/board/server/link-quote.server';
import { mergeThemes } from '#app/features/board/server/merge-themes.server';
import { openBoard } from '#app/features/board/server/open-board.server';
import { renameTheme } from '#app/features/board/server/rename-theme.server';
import { revealIdeas } from '#app/features/board/server/reveal-ideas.server';
import { setNoteTheme } from '#app/features/board/server/set-note-theme.server';
import { setNoteModeration } from '#app/features/board/server/set-note-moderation.server';
import { setPhase } from '#app/features/board/server/set-phase.server';
import { suggestThemes } from '#app/features/board/server/suggest-themes.server';
import { updateBoardSettings } from '#app/features/board/server/update-board-settings.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { FacilitatorPage } from '#app/features/board/ui/facilitator-page';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { config } from '#app/utils/config.server';
import { handleForm } from '#app/utils/forms';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/step-board';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const canRun = can(scope, 'board.run');
  const canCurate = can(scope, 'board.curate');
  const common = { base: `/o/${org.slug}/t/${scope.trajectoryId}`, canRun, canCurate, joinUrl: `${config.appUrl}/p/board`, idemKey: crypto.randomUUID() };
  // Others in the organisation may follow the session on the projector view, which has no personal data.
  if (!canCurate) return { ...common, view: null, quoteSearch: null, boardOpen: (await getBoard(scope)) !== null };
  const url = new URL(request.url);
  const page = await getFacilitatorPage({ ...scope, noteId: url.searchParams.get('note') ?? '', q: url.searchParams.get('q') ?? '' });
  return { ...common, view: page?.view ?? null, quoteSearch: page?.quoteSearch ?? null, boardOpen: page !== null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZFacilitator, async (input) => {
    if (input.intent === 'open') return openBoard(scope);
    const board = await getBoard(scope);
    if (!board) notFound();
    const on = { ...scope, boardId: board.id };
    switch (input.intent) {
      case 'phase':
        return setPhase({ ...on, phase: input.phase });
      case 'settings': {
        const { dotsPerPerson, maxDotsPerIdea, byCriteria, talliesLive } = input;
        return updateBoardSettings({ ...on, settings: { dotsPerPerson, maxDotsPerIdea, byCriteria, talliesLive } });
      }
      case 'moderation':
        return setNoteModeration({ ...on, moderated: input.moderated });
      case 'reveal':
        return revealIdeas({ ...on, revealed: input.revealed });
      case 'note':
        return addNote({ ...on, column: input.column, text: input.text, key: input.key });
      case 'idea':
        return addIdea({ ...on, themeId: input.themeId, text: input.text, key: input.key });
      case 'paper-votes':
        return enterPaperVotes({ ...on, ideaId: input.ideaId, criterion: input.criterion, dots: input.dots });
      case 'close':
        return closeBoard(on);
      case 'suggest':
        return { suggestions: await suggestThemes({ ...on, rejected: input.rejected }), rejected: input.rejected };
      case 'theme-create':
        return createTheme({ ...on, name: input.name });
      case 'theme-rename':
        return renameTheme({ ...on, themeId: input.themeId, name: input.name });
      case 'theme-merge':
        return mergeThemes({ ...on, fromId: input.fromId, intoId: input.intoId });
      case 'note-approve':
        return approveNote({ ...on, noteId: input.noteId });
      case 'note-hide':
        return hideNote({ ...on, noteId: input.noteId, hidden: input.hidden });
      case 'note-theme':
        return setNoteTheme({ ...on, noteId: input.noteId, themeId: input.themeId });
      case 'suggestion-accept':
        return acceptSuggestion({ ...on, suggestion: { themeId: input.themeId, name: input.name, noteIds: input.noteIds } });
      case 'quote-link':
      case 'quote-unlink':
        return linkQuote({
          ...on,
          noteId: input.noteId,
          minuteNoteId: input.minuteNoteId,
          quoteIndex: input.quoteIndex,
          linked: input.intent === 'quote-link',
        });
      case 'interpretation':
        return flagInterpretation({ ...on, noteId: input.noteId, interpretation: input.interpretation, comment: input.interpretation ? input.comment : '' });
    }
  });
}

export default function StepBoard() {
  return <FacilitatorPage {...useLoaderData<typeof loader>()} />;
}
