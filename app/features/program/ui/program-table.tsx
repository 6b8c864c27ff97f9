import type { ClockTimes } from '../domain/clock';
import { useT } from '#app/i18n/i18n';

type Block = { id: string; title: string; minutes: number; note: string };

/** The program as a read-only table, with clock times when the start time is known. */
export function ProgramTable({ caption, blocks, times, testId }: { caption: string; blocks: Block[]; times: ClockTimes | null; testId: string }) {
  const t = useT();
  return (
    // Focusable and named, so keyboard users can scroll a table wider than a phone.
    <div className="utrecht-table-container" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table" data-testid={testId}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {times ? (
              <th className="utrecht-table__header-cell" scope="col">
                {t('program.colTime')}
              </th>
            ) : null}
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colBlock')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colMinutes')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('program.colNote')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {blocks.map((block, i) => (
            <tr className="utrecht-table__row" key={block.id} data-testid="program-row">
              {times ? (
                <td className="utrecht-table__cell" style={{ whiteSpace: 'nowrap' }} data-testid="program-row-time">
                  {`${times.blocks[i]!.start}–${times.blocks[i]!.end}`}
                </td>
              ) : null}
              <th className="utrecht-table__header-cell" scope="row">
                {block.title}
              </th>
              <td className="utrecht-table__cell">{block.minutes}</td>
              <td className="utrecht-table__cell">{block.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
