// The board's draft (top 10 with themes, notes and quotes) and the items taken off the agenda:
// what the workgroup can take over into the parents' agenda.
import { Button, Heading, Link, Paragraph, Section, StatusBadge } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { stateFor } from '#app/utils/forms';
import type { DraftItemView } from '../server/get-agenda-page.server';
import { BoardFacts, Notes } from './agenda-item-card';
import { type AgendaAnswer, History, ItemForm, Quotes, ReasonField, Saved } from './agenda-ui';

type Props = { draft: readonly DraftItemView[]; agendaIsEmpty: boolean; boardUrl: string; canEdit: boolean; result: AgendaAnswer };

export function DraftSection({ draft, agendaIsEmpty, boardUrl, canEdit, result }: Props) {
  const t = useT();
  const all = stateFor(result, 'adopt', 'all');
  if (draft.length === 0) {
    return agendaIsEmpty ? (
      <Section id="draft" title={t('agenda.draftTitle')}>
        <Paragraph>{t('agenda.draftNone')}</Paragraph>
        <Paragraph>
          <Link to={boardUrl}>{t('agenda.toBoard')}</Link>
        </Paragraph>
      </Section>
    ) : null;
  }
  return (
    <Section
      id="draft"
      title={t(agendaIsEmpty ? 'agenda.draftTitle' : 'agenda.notOnAgendaTitle')}
      intro={t(agendaIsEmpty ? 'agenda.draftIntro' : 'agenda.notOnAgendaIntro')}
    >
      <ol className="spiegel-stack agenda-list" data-testid="draft">
        {draft.map((item) => {
          const one = stateFor(result, 'adopt', item.id);
          const removed = item.history.length > 0;
          return (
            <li key={item.id} className="spiegel-card spiegel-stack" data-testid="draft-item">
              <Heading level={3}>
                {item.title} {removed ? <StatusBadge>{t('agenda.removedBadge')}</StatusBadge> : null}
              </Heading>
              <Saved result={result} intents={['remove']} target={item.id} />
              <BoardFacts item={item} />
              <Quotes quotes={item.quotes} />
              <Notes notes={item.notes} />
              <History entries={item.history} headingId={`draft-${item.id}-history`} />
              {canEdit && !agendaIsEmpty ? (
                <details open={!!one} key={item.history.length}>
                  <summary>{t('agenda.adoptOneTitle', { title: item.title })}</summary>
                  <ItemForm intent="adopt" itemId={item.id} state={one}>
                    <ReasonField state={one} idPrefix={`draft-${item.id}`} label="agenda.reasonAdoptOne" />
                    <Button appearance="secondary">{t('agenda.adoptOneButton')}</Button>
                  </ItemForm>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit && agendaIsEmpty ? (
        <div className="spiegel-card spiegel-stack">
          <Heading level={3}>{t('agenda.adoptTitle')}</Heading>
          <Paragraph>{t('agenda.adoptHint')}</Paragraph>
          <ItemForm intent="adopt" target="all" state={all}>
            <ReasonField state={all} idPrefix="adopt" label="agenda.reasonAdopt" />
            <Button>{t('agenda.adoptButton')}</Button>
          </ItemForm>
        </div>
      ) : null}
    </Section>
  );
}
