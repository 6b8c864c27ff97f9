import { Form } from 'react-router';
import { MoveButtons } from '#app/components/move-buttons';
import { Alert, Button, ButtonGroup, MultilineText, Paragraph, Section } from '#app/components/ui';
import { type MessageKey, useT } from '#app/i18n/i18n';
import type { QuestionsPage, QuestionView } from '../server/get-questions-page.server';

/** The chosen questions in the conversation leader's order, with buttons to change it. */
export function ChosenQuestions({
  chosen,
  byId,
  canEdit,
  savedFor,
}: {
  chosen: string[];
  byId: Map<string, QuestionView>;
  canEdit: boolean;
  savedFor: (questionId: string) => MessageKey | undefined;
}) {
  const t = useT();
  return (
    <Section id="chosen" title={t('questions.chosenTitle')} intro={t('questions.chosenIntro')}>
      {chosen.length === 0 ? (
        <Paragraph>{t('questions.chosenEmpty')}</Paragraph>
      ) : (
        <ol className="spiegel-stack" data-testid="chosen-list">
          {chosen.map((id, index) => {
            const q = byId.get(id)!;
            return (
              <li key={id} data-testid="chosen-question">
                <MultilineText>{q.text}</MultilineText>
                {savedFor(id) === 'questions.saved_move' ? <Alert type="ok">{t('questions.saved_move')}</Alert> : null}
                {canEdit ? (
                  <ButtonGroup>
                    <MoveButtons
                      intent="move"
                      fields={{ questionId: id }}
                      up={index > 0}
                      down={index < chosen.length - 1}
                      text={{ up: t('questions.moveUp'), down: t('questions.moveDown') }}
                      labels={{ up: t('questions.moveUpLabel', { number: q.number }), down: t('questions.moveDownLabel', { number: q.number }) }}
                    />
                  </ButtonGroup>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

/** Pairs of questions that look alike, each with a button to keep one and merge the other into it. */
export function DuplicatePairs({ duplicates, byId, canEdit }: { duplicates: QuestionsPage['duplicates']; byId: Map<string, QuestionView>; canEdit: boolean }) {
  const t = useT();
  if (duplicates.length === 0) return null;
  return (
    <Section id="duplicates" title={t('questions.duplicatesTitle')} intro={t('questions.duplicatesIntro')}>
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {duplicates.map((pair) => {
          const [first, second] = [byId.get(pair.firstId)!, byId.get(pair.secondId)!];
          return (
            <li key={`${pair.firstId}-${pair.secondId}`} className="spiegel-card spiegel-stack" data-testid="duplicate-pair">
              <Paragraph>{t('questions.duplicatePair', { first: first.number, second: second.number, percent: Math.round(pair.score * 100) })}</Paragraph>
              <ul>
                {[first, second].map((q) => (
                  <li key={q.id}>
                    <strong>{t('questions.questionNumber', { number: q.number })}:</strong> {q.text}
                  </li>
                ))}
              </ul>
              {canEdit ? (
                <ButtonGroup>
                  {[
                    [first, second],
                    [second, first],
                  ].map(([kept, merged]) => (
                    <Form method="post" key={kept!.id} preventScrollReset>
                      <input type="hidden" name="intent" value="merge" />
                      <input type="hidden" name="questionId" value={merged!.id} />
                      <input type="hidden" name="keptId" value={kept!.id} />
                      <Button appearance="secondary">{t('questions.keepAndMerge', { kept: kept!.number, merged: merged!.number })}</Button>
                    </Form>
                  ))}
                </ButtonGroup>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
