import { MoveButtons } from '#app/components/move-buttons';
import { Button, type FormState, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { EditorCard } from './editor-card';

type Block = { id: string; title: string; minutes: number; note: string };

/** One block of a program: change it, move it or remove it. Plain buttons, so it works without JavaScript. */
export function BlockEditor({ block, number, count, times, state }: { block: Block; number: number; count: number; times: string | null; state: FormState }) {
  const t = useT();
  const prefix = `block-${block.id}`;
  return (
    <EditorCard
      testId="block-card"
      idField={{ name: 'blockId', value: block.id }}
      legend={
        <>
          {t('program.blockLegend', { number, title: block.title })}
          {times ? <span> ({times})</span> : null}
        </>
      }
      buttons={
        <>
          <Button name="intent" value="block-save">
            {t('program.saveBlock')}
          </Button>
          <MoveButtons
            intent={{ up: 'block-up', down: 'block-down' }}
            up={number > 1}
            down={number < count}
            text={{ up: t('program.moveUp'), down: t('program.moveDown') }}
          />
          <Button appearance="danger" name="intent" value="block-remove">
            {t('program.removeBlock')}
          </Button>
        </>
      }
    >
      <TextField idPrefix={prefix} name="title" label={t('program.blockTitle')} defaultValue={block.title} state={state} required />
      <TextField idPrefix={prefix} name="minutes" label={t('program.blockMinutes')} inputMode="numeric" defaultValue={block.minutes} state={state} required />
      <TextAreaField idPrefix={prefix} name="note" rows={2} label={t('program.blockNote')} defaultValue={block.note} state={state} required={false} />
    </EditorCard>
  );
}
