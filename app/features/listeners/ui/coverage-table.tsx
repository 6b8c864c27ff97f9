import { Table } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { CoverageRow } from '../domain/coverage';

/** Planned (step 4), listed and yes per listener category. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  const t = useT();
  return (
    <Table
      testId="listener-coverage"
      rows={rows}
      rowKey={(row) => row.category}
      rowTestId={(row) => `coverage-${row.category}`}
      columns={[
        { header: t('listeners.colCategory'), cell: (row) => t(`theme.category_${row.category}`), rowHeader: true },
        { header: t('listeners.colPlanned'), cell: (row) => row.planned, numeric: true },
        { header: t('listeners.colListed'), cell: (row) => row.listed, numeric: true },
        { header: t('listeners.colYes'), cell: (row) => row.yes, numeric: true },
      ]}
    />
  );
}
