import { type FormState, valueOf } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { FORMAL_CATEGORIES, INFORMAL_CATEGORIES, type ListenerCategory, type ListenerPlanRow } from '../domain/listener-plan';
import { countField, noteField } from '../forms';

const groups = [
  { key: 'informal', label: 'theme.groupInformal', categories: INFORMAL_CATEGORIES },
  { key: 'formal', label: 'theme.groupFormal', categories: FORMAL_CATEGORIES },
] as const;

/** All listener categories in two groups; editable (inside a form) or read-only. */
export function ListenerPlanTable({ plan, state, editable }: { plan: ListenerPlanRow[]; state?: FormState; editable: boolean }) {
  const t = useT();
  const byCategory = new Map(plan.map((row) => [row.category, row]));
  return (
    <div className="utrecht-table-container">
      <table className="utrecht-table utrecht-table--html-table" data-testid="listener-plan">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col" id="plan-col-category">
              {t('theme.columnCategory')}
            </th>
            <th className="utrecht-table__header-cell" scope="col" id="plan-col-count">
              {t('theme.columnCount')}
            </th>
            <th className="utrecht-table__header-cell" scope="col" id="plan-col-note">
              {t('theme.columnNote')}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody className="utrecht-table__body" key={group.key}>
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="colgroup" colSpan={3}>
                {t(group.label)}
              </th>
            </tr>
            {group.categories.map((category) => (
              <PlanRow key={category} category={category} row={byCategory.get(category)} state={state} editable={editable} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function PlanRow({ category, row, state, editable }: { category: ListenerCategory; row?: ListenerPlanRow; state?: FormState; editable: boolean }) {
  const t = useT();
  const rowId = `plan-${category}`;
  const count = countField(category);
  const note = noteField(category);
  const errorKey = state?.errors?.[count];
  return (
    <tr className="utrecht-table__row">
      <th className="utrecht-table__header-cell" scope="row" id={rowId}>
        {t(`theme.category_${category}`)}
      </th>
      {editable ? (
        <>
          <td className="utrecht-table__cell">
            <div className={errorKey ? 'utrecht-form-field utrecht-form-field--invalid' : 'utrecht-form-field'}>
              {errorKey ? (
                <div className="utrecht-form-field-error-message" id={`${rowId}-error`}>
                  {t(errorKey)}
                </div>
              ) : null}
              <input
                id={`${rowId}-count`}
                name={count}
                type="text"
                inputMode="numeric"
                size={4}
                aria-labelledby={`${rowId} plan-col-count`}
                aria-describedby={errorKey ? `${rowId}-error` : undefined}
                aria-invalid={errorKey ? true : undefined}
                className={errorKey ? 'utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid' : 'utrecht-textbox utrecht-textbox--html-input'}
                style={{ inlineSize: '5em' }}
                defaultValue={valueOf(state, count, row?.plannedCount ?? 0)}
              />
            </div>
          </td>
          <td className="utrecht-table__cell">
            <input
              id={`${rowId}-note`}
              name={note}
              type="text"
              aria-labelledby={`${rowId} plan-col-note`}
              className="utrecht-textbox utrecht-textbox--html-input"
              style={{ minInlineSize: '10em' }}
              defaultValue={valueOf(state, note, row?.note ?? '')}
            />
          </td>
        </>
      ) : (
        <>
          <td className="utrecht-table__cell">{row?.plannedCount ?? 0}</td>
          <td className="utrecht-table__cell">{row?.note ?? ''}</td>
        </>
      )}
    </tr>
  );
}
