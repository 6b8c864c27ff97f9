import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, ButtonGroup, type FormState, Heading, Link, Paragraph, TextAreaField, TextField } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import type { ProgramView } from '../server/get-program-page.server';
import { BlockEditor } from './block-editor';
import { ProgramTable } from './program-table';

/** One meeting's program: the table with clock times, the total and advice, and (for the workgroup) its editors. */
export function ProgramSection({
  program,
  canEdit,
  stateFor,
}: {
  program: ProgramView;
  canEdit: boolean;
  /** The failed form of a block (by id), or of the "add a block" form (by `new`). */
  stateFor: (blockId: string) => FormState;
}) {
  const { t, locale } = useI18n();
  const { kind, blocks, times } = program;
  const meetingName = t(`program.meeting_${kind}`);
  const headingId = `program-${kind}-title`;
  const when = [program.date ? formatDate(program.date, locale) : null, times?.start].filter(Boolean).join(', ');
  return (
    <section aria-labelledby={headingId} className="spiegel-stack" data-testid={`program-${kind}`}>
      <Heading level={2} id={headingId}>
        {meetingName}
      </Heading>
      {blocks.length === 0 ? (
        <>
          <Paragraph>{t('program.noBlocks')}</Paragraph>
          {canEdit ? (
            <Form method="post" className="spiegel-stack spiegel-noprint">
              <input type="hidden" name="intent" value="template" />
              <input type="hidden" name="kind" value={kind} />
              <Paragraph>{t('program.templateHint')}</Paragraph>
              <Button>{t('program.fromTemplate')}</Button>
            </Form>
          ) : null}
        </>
      ) : (
        <>
          {times ? (
            <Paragraph>{t('program.startsAt', { when })}</Paragraph>
          ) : (
            <Paragraph>
              {t('program.noStartTime')}{' '}
              <Link to="../dates" relative="path" className="spiegel-noprint">
                {t('program.setStartTime')}
              </Link>
            </Paragraph>
          )}
          <ProgramTable
            caption={t('program.tableCaption', { meeting: meetingName.toLowerCase() })}
            blocks={blocks}
            times={times}
            testId={`program-table-${kind}`}
          />
          <Paragraph>
            <strong data-testid={`program-total-${kind}`}>
              {times
                ? t('program.totalWithTimes', { minutes: program.total, start: times.start, end: times.end })
                : t('program.totalMinutes', { minutes: program.total })}
              {times?.endsNextDay ? ` ${t('program.endsNextDay')}` : null}
            </strong>
          </Paragraph>
          {program.advice.length > 0 ? (
            <Alert type="warning">
              <ul className="spiegel-stack" data-testid={`program-advice-${kind}`}>
                {program.advice.map((a) => (
                  <li key={a}>{t(`program.advice_${a}`)}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {canEdit ? (
            <div className="spiegel-stack spiegel-noprint">
              <Heading level={3} id={`${kind}-edit-title`}>
                {t('program.editBlocks')}
              </Heading>
              <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }} aria-labelledby={`${kind}-edit-title`}>
                {blocks.map((block, i) => (
                  <BlockEditor
                    key={block.id}
                    block={block}
                    number={i + 1}
                    count={blocks.length}
                    times={times ? `${times.blocks[i]!.start}–${times.blocks[i]!.end}` : null}
                    state={stateFor(block.id)}
                  />
                ))}
              </ol>
            </div>
          ) : null}
        </>
      )}
      {canEdit ? (
        <Form method="post" className="spiegel-stack spiegel-card spiegel-noprint" noValidate aria-labelledby={`${kind}-add-title`}>
          <Heading level={3} id={`${kind}-add-title`}>
            {t('program.addBlockTitle', { meeting: meetingName.toLowerCase() })}
          </Heading>
          <input type="hidden" name="intent" value="block-add" />
          <SubmissionKey />
          <input type="hidden" name="kind" value={kind} />
          <TextField idPrefix={`new-${kind}`} name="title" label={t('program.blockTitle')} state={stateFor('new')} required />
          <TextField idPrefix={`new-${kind}`} name="minutes" label={t('program.blockMinutes')} inputMode="numeric" state={stateFor('new')} required />
          <TextAreaField idPrefix={`new-${kind}`} name="note" rows={2} label={t('program.blockNote')} state={stateFor('new')} required={false} />
          <ButtonGroup>
            <Button appearance="secondary">{t('program.addBlock')}</Button>
          </ButtonGroup>
        </Form>
      ) : null}
    </section>
  );
}
