// One action as the workspace and the partner's page show it: status, owner, due day, next step and its updates.
import type { ReactNode } from 'react';
import { DataList, Heading, MultilineText, Paragraph, StatusBadge } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { type ActionStatus, isOverdue } from '../domain/statuses';
import { statusLabel, statusTone } from './status';

export type ShownUpdate = {
  id: string;
  text: string;
  evidence: string;
  status: ActionStatus;
  createdAt: Date | string;
  authorName: string | null;
  partnerName: string | null;
};

export type ShownAction = {
  id: string;
  title: string;
  status: ActionStatus;
  stopReason: string;
  dueOn: string | null;
  nextStep: string;
  partnerName: string | null;
  ownerName: string;
  lastUpdateAt: Date | string | null;
  itemTitle?: string | null;
  updates: ShownUpdate[];
};

export function StatusBadges({ status, overdue }: { status: ActionStatus; overdue: boolean }) {
  const { t } = useI18n();
  return (
    <span data-testid="action-status">
      <StatusBadge tone={statusTone[status]}>{t(statusLabel[status])}</StatusBadge>
      {overdue ? (
        <>
          {' '}
          <StatusBadge tone="active">{t('actions.overdue')}</StatusBadge>
        </>
      ) : null}
    </span>
  );
}

/** Evidence is a link or a short description: a link is shown as one. */
function Evidence({ value }: { value: string }) {
  const { t } = useI18n();
  const isLink = /^https?:\/\/\S+$/.test(value);
  return (
    <Paragraph>
      {t('actions.evidence')}{' '}
      {isLink ? (
        <a className="utrecht-link" href={value} rel="noopener noreferrer nofollow">
          {value}
        </a>
      ) : (
        value
      )}
    </Paragraph>
  );
}

function Updates({ updates }: { updates: ShownUpdate[] }) {
  const { t, locale } = useI18n();
  if (updates.length === 0) return <Paragraph>{t('actions.updatesEmpty')}</Paragraph>;
  return (
    <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
      {updates.map((u) => {
        const date = formatDate(u.createdAt, locale);
        const by = u.partnerName
          ? t('actions.updateByPartner', { date, partner: u.partnerName })
          : u.authorName
            ? t('actions.updateBy', { date, name: u.authorName })
            : t('actions.updateByUnknown', { date });
        return (
          <li key={u.id} data-testid="action-update" style={{ borderInlineStart: '3px solid #c4c9d1', paddingInlineStart: '0.75rem' }}>
            <Paragraph>
              <strong>{by}</strong> · {t('actions.updateStatus', { status: t(`actions.status_${u.status}`) })}
            </Paragraph>
            <MultilineText>{u.text}</MultilineText>
            {u.evidence ? <Evidence value={u.evidence} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** The action, its facts and its updates (newest first); `children` holds the forms of whoever may change it. */
export function ActionCard({ action, today, children }: { action: ShownAction; today: string; children?: ReactNode }) {
  const { t, locale } = useI18n();
  const owner = action.partnerName
    ? action.ownerName
      ? t('actions.ownerValue', { partner: action.partnerName, name: action.ownerName })
      : action.partnerName
    : action.ownerName || t('actions.ownerNone');
  const facts = [
    ...(action.itemTitle ? [{ key: t('actions.itemOf'), value: action.itemTitle }] : []),
    { key: t('actions.owner'), value: owner },
    { key: t('actions.due'), value: action.dueOn ? formatDate(action.dueOn, locale) : t('actions.dueNone') },
    ...(action.nextStep ? [{ key: t('actions.nextStepLabel'), value: <MultilineText>{action.nextStep}</MultilineText> }] : []),
    ...(action.status === 'stopped' && action.stopReason ? [{ key: t('actions.stopReason'), value: action.stopReason }] : []),
    { key: t('actions.lastUpdate'), value: action.lastUpdateAt ? formatDate(action.lastUpdateAt, locale) : t('actions.lastUpdateNone') },
  ];
  return (
    <li id={`action-${action.id}`} className="spiegel-card spiegel-stack" data-testid="action">
      <Heading level={3}>{action.title}</Heading>
      <Paragraph>
        <StatusBadges status={action.status} overdue={isOverdue(action, today)} />
      </Paragraph>
      <DataList items={facts} />
      <Heading level={4}>{t('actions.updatesTitle')}</Heading>
      <Updates updates={action.updates} />
      {children}
    </li>
  );
}
