import { type Column, Table } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { ClockTimes } from '../domain/clock';

type Block = { id: string; title: string; minutes: number; note: string };
type Row = Block & { time?: string };

/** The program as a read-only table, with clock times when the start time is known. */
export function ProgramTable({ caption, blocks, times, testId }: { caption: string; blocks: Block[]; times: ClockTimes | null; testId: string }) {
  const t = useT();
  const rows: Row[] = blocks.map((block, i) => ({ ...block, time: times ? `${times.blocks[i]!.start}–${times.blocks[i]!.end}` : undefined }));
  const columns: Column<Row>[] = [
    ...(times
      ? [
          {
            header: t('program.colTime'),
            cell: (row: Row) => (
              <span style={{ whiteSpace: 'nowrap' }} data-testid="program-row-time">
                {row.time}
              </span>
            ),
          },
        ]
      : []),
    { header: t('program.colBlock'), cell: (row) => row.title, rowHeader: true },
    { header: t('program.colMinutes'), cell: (row) => row.minutes },
    { header: t('program.colNote'), cell: (row) => row.note },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} testId={testId} rowTestId={() => 'program-row'} />;
}
