// The projector during the follow-up session: how to join, the phase and the live board in large
// type. No personal data: no names, no e-mail addresses, only what the room already shares.
import { useLoaderData } from 'react-router';
import { Heading, Paragraph } from '#app/components/ui';
import { getProjectorView } from '#app/features/board/server/get-projector-view.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { LiveStatus } from '#app/features/board/ui/board-ui';
import { ProjectorBoard } from '#app/features/board/ui/projector-board';
import { qrSvg } from '#app/utils/qr-code.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { useLive } from '#app/realtime/use-live';
import { config } from '#app/utils/config.server';
import type { Route } from './+types/board-projector';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope } = await requireTrajectory(request, params);
  const view = await getProjectorView(scope);
  const joinUrl = `${config.appUrl}/p/board`;
  if (!view) return { view: null, joinUrl, qr: '' };
  return { view, joinUrl, qr: await qrSvg(`${joinUrl}/${view.joinCode}`) };
}

export default function BoardProjector() {
  const { view, joinUrl, qr } = useLoaderData<typeof loader>();
  const t = useT();
  const live = useLive(view ? [view.channel] : []);
  if (!view) {
    return (
      <div className="board-projector spiegel-stack">
        <title>{`${t('board.projectorTitle')} · Spiegel`}</title>
        <Heading level={1}>{t('board.title')}</Heading>
        <Paragraph lead>{t('board.projectorNoBoard')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="board-projector">
      <title>{`${t('board.projectorTitle')} · Spiegel`}</title>
      <div className="board-projector__top">
        <div className="board-projector__phase">
          <Heading level={1}>{t(`board.phase_${view.phase}`)}</Heading>
          <p className="board-projector__explain">{t(`board.explain_${view.phase}`)}</p>
          <div className="board-projector__status">
            <p className="board-projector__members">{t('board.projectorMembers', { count: view.memberCount })}</p>
            <LiveStatus state={live} />
          </div>
        </div>
        {view.phase === 'closed' ? null : (
          <div className="board-projector__join" data-testid="projector-join">
            <div className="board-projector__join-text">
              <p>{t('board.projectorJoin', { url: joinUrl })}</p>
              <p className="board-code" data-testid="projector-code">
                {view.joinCode}
              </p>
            </div>
            {/* The SVG is made on the server by the qrcode package from the board's own link. */}
            <div
              className="board-projector__qr"
              role="img"
              aria-label={t('board.projectorQrLabel', { code: view.joinCode })}
              dangerouslySetInnerHTML={{ __html: qr }}
            />
          </div>
        )}
      </div>
      <div className="board-projector__board">
        <ProjectorBoard view={view} />
      </div>
    </div>
  );
}
