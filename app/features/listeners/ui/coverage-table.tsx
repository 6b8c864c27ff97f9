import { useT } from '#app/i18n/i18n';
import type { CoverageRow } from '../domain/coverage';

/** Planned (step 4), listed and yes per listener category. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  const t = useT();
  return (
    <div className="utrecht-table-container">
      <table className="utrecht-table utrecht-table--html-table" data-testid="listener-coverage">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('listeners.colCategory')}
            </th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('listeners.colPlanned')}
            </th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('listeners.colListed')}
            </th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
              {t('listeners.colYes')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.category} data-testid={`coverage-${row.category}`}>
              <th className="utrecht-table__header-cell" scope="row">
                {t(`theme.category_${row.category}`)}
              </th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.planned}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.listed}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.yes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
