// The organisation's privacy page: the register of personal data, readable and printable.
import { Paragraph, Section, Table } from '#app/components/ui';
import { orgRoleKey } from '#app/features/organisations/domain/labels';
import { roleLabel } from '#app/features/trajectory/ui/labels';
import { type MessageKey, useI18n } from '#app/i18n/i18n';
import type { DataSubject, Keeping, Purpose } from '../domain/register';
import type { WhoSees } from '../domain/who-sees';

type Row = {
  table: string;
  columns: string[];
  subject: DataSubject;
  purpose: Purpose;
  seenBy: WhoSees | 'nobody' | 'linkOnly';
  keeping: Keeping;
  months: number | null;
};

const purposeKey = (p: Purpose): MessageKey => `personalData.purpose_${p}`;

export function PrivacyRegister({ orgName, rows, purposes }: { orgName: string; rows: Row[]; purposes: Purpose[] }) {
  const { t } = useI18n();
  const who = (seenBy: Row['seenBy']) => {
    if (seenBy === 'nobody' || seenBy === 'linkOnly') return t(`personalData.seenBy_${seenBy}`);
    if (seenBy.everyone) return t('personalData.seenBy_everyone');
    return [
      ...seenBy.orgRoles.map((r) => t('personalData.seenByOrgRole', { role: t(orgRoleKey(r)) })),
      ...seenBy.trajectoryRoles.map((r) => t('personalData.seenByTrajectoryRole', { role: t(roleLabel[r]) })),
    ].join('; ');
  };
  const howLong = (row: Row) =>
    row.months !== null
      ? t('personalData.keeping_retention', { months: t('personalData.months', { count: row.months }) })
      : t(`personalData.keeping_${row.keeping as 'account'}`);
  return (
    <>
      <Paragraph>{t('personalData.privacyWhere', { org: orgName })}</Paragraph>
      <p className="utrecht-paragraph spiegel-noprint">{t('personalData.privacyPrint')}</p>
      <Section id="register" title={t('personalData.privacyTableTitle')}>
        <Table
          testId="privacy-register"
          rows={rows}
          rowKey={(r) => `${r.table}-${r.columns.join()}`}
          rowTestId={(r) => `register-${r.table}`}
          columns={[
            {
              header: t('personalData.columnWhat'),
              rowHeader: true,
              cell: (r) => (
                <>
                  <code>{r.table}</code>: {r.columns.join(', ')}
                </>
              ),
            },
            { header: t('personalData.columnWhose'), cell: (r) => t(`personalData.subject_${r.subject}`) },
            { header: t('personalData.columnWhy'), cell: (r) => t(purposeKey(r.purpose)) },
            { header: t('personalData.columnWho'), cell: (r) => who(r.seenBy) },
            { header: t('personalData.columnHowLong'), cell: howLong },
          ]}
        />
      </Section>
      <Section id="purposes" title={t('personalData.privacyPurposesTitle')}>
        <ul>
          {purposes.map((p) => (
            <li key={p}>{t(purposeKey(p))}</li>
          ))}
        </ul>
      </Section>
      <Section id="consent" title={t('personalData.privacyConsentTitle')}>
        <Paragraph>{t('personalData.privacyConsentText')}</Paragraph>
      </Section>
    </>
  );
}
