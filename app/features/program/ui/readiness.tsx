import { StatusBadge } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { LocationReadiness } from '../domain/location';

/** "5 of 7 items arranged", with what is still missing. */
export function ReadinessSummary({ readiness, testId }: { readiness: LocationReadiness; testId: string }) {
  const t = useT();
  const complete = readiness.missing.length === 0;
  return (
    <div className="spiegel-stack" data-testid={testId}>
      <p className="utrecht-paragraph">
        <StatusBadge tone={complete ? 'done' : 'active'}>
          {t('program.readiness', {
            ready: readiness.ready,
            total: readiness.total,
          })}
        </StatusBadge>
      </p>
      {complete ? (
        <p className="utrecht-paragraph">{t('program.readinessDone')}</p>
      ) : (
        <p className="utrecht-paragraph">
          {t('program.readinessMissing')} {readiness.missing.map((item) => t(`program.item_${item}`)).join(', ')}
        </p>
      )}
    </div>
  );
}
