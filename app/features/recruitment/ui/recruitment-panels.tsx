// The parts of the participants page. PipelineBoard shows personal data and is only rendered
// for leads and parent contacts; the other panels show numbers and pseudonyms only.
import { Form } from 'react-router';
import { Alert, Button, Heading, Link, Paragraph, StatusBadge, Section } from '#app/components/ui';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { formatDate, useI18n, useT } from '#app/i18n/i18n';
import type { Need } from '../domain/needs';
import { moveDirection, type ParticipantStatus, STATUSES } from '../domain/pipeline';
import type { PlaceCategory, PlaceCount, ProfileFit } from '../domain/places';
import type { StatusCounts, TargetWarning } from '../domain/targets';
import { fitLabel, kindLabel, needIcon, needLabel, placeLabel, statusLabel } from './labels';

const plainList = { listStyle: 'none', padding: 0 } as const;

/** Numbers side by side: short enough to take in at a glance, wraps at 360 px. */
function CountList({ items, testId }: { items: { label: string; count: number }[]; testId: string }) {
  return (
    <ul className="spiegel-inline" style={{ ...plainList, gap: '0.5rem 1.5rem' }} data-testid={testId}>
      {items.map((item) => (
        <li key={item.label}>
          {item.label}: <strong>{item.count}</strong>
        </li>
      ))}
    </ul>
  );
}

export function TargetPanel({
  counts,
  committed,
  min,
  max,
  warnings,
}: {
  counts: StatusCounts;
  committed: number;
  min: number;
  max: number;
  warnings: TargetWarning[];
}) {
  const t = useT();
  return (
    <Section id="counts-title" title={t('recruitment.countsTitle')}>
      <Paragraph>
        <strong data-testid="target-count">{t('recruitment.countsTarget', { count: committed, min, max })}</strong>
      </Paragraph>
      {warnings.map((w) => (
        <Alert key={w} type={w === 'manyInterested' ? 'info' : 'warning'}>
          <span data-testid={`warning-${w}`}>
            {w === 'belowMin'
              ? t('recruitment.warning_belowMin', { count: committed, min, missing: min - committed })
              : w === 'aboveMax'
                ? t('recruitment.warning_aboveMax', { max })
                : t('recruitment.warning_manyInterested', { count: counts.interested })}
          </span>
        </Alert>
      ))}
      {warnings.length === 0 ? <Alert type="ok">{t('recruitment.targetOk')}</Alert> : null}
      <CountList testId="status-counts" items={STATUSES.map((s) => ({ label: t(statusLabel(s)), count: counts[s] }))} />
      <Paragraph>{t('recruitment.countsNote')}</Paragraph>
    </Section>
  );
}

/** For everyone: the pseudonyms of those who registered, with kind and step. Nothing else. */
export function PseudonymList({ items }: { items: { pseudonym: string; kind: ParticipantKind; status: ParticipantStatus }[] }) {
  const t = useT();
  return (
    <Section id="registered-title" title={t('recruitment.registeredTitle')} intro={t('recruitment.pseudonymRule')}>
      {items.length === 0 ? (
        <Paragraph>{t('recruitment.registeredEmpty')}</Paragraph>
      ) : (
        <ul data-testid="pseudonym-list">
          {items.map((p) => (
            <li key={p.pseudonym}>
              {t('recruitment.pseudonymItem', { pseudonym: p.pseudonym, kind: t(kindLabel(p.kind)), status: t(statusLabel(p.status)) })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function PlacesPanel({ places, fits }: { places: PlaceCount[]; fits: Record<ProfileFit, number> }) {
  const t = useT();
  return (
    <Section id="places-title" title={t('recruitment.placesTitle')} intro={t('recruitment.placesIntro')}>
      {places.length === 0 ? (
        <Paragraph>{t('recruitment.placesEmpty')}</Paragraph>
      ) : (
        <ul data-testid="place-counts">
          {places.map((c) => (
            <li key={c.category || 'unknown'}>
              {t('recruitment.placeCount', { place: t(placeLabel(c.category)), count: c.count })}
              {c.places.length > 0 ? (
                <ul>
                  {c.places.map((p) => (
                    <li key={p.name}>{t('recruitment.placeCount', { place: p.name, count: p.count })}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('recruitment.fitTitle')}</Heading>
      <CountList testId="fit-counts" items={(['fits', 'partly', 'not', ''] as const).map((fit) => ({ label: t(fitLabel(fit)), count: fits[fit] }))} />
    </Section>
  );
}

export function NeedsPanel({ totals }: { totals: { interpreters: Record<string, number>; childcare: number; transport: number; diet: number } }) {
  const t = useT();
  const lines = [
    ...Object.entries(totals.interpreters).map(([language, count]) => t('recruitment.needsTotalInterpreter', { language, count })),
    ...(totals.childcare ? [t('recruitment.needsTotalChildcare', { count: totals.childcare })] : []),
    ...(totals.transport ? [t('recruitment.needsTotalTransport', { count: totals.transport })] : []),
    ...(totals.diet ? [t('recruitment.needsTotalDiet', { count: totals.diet })] : []),
  ];
  return (
    <Section id="needs-title" title={t('recruitment.needsTitle')}>
      {lines.length === 0 ? (
        <Paragraph>{t('recruitment.needsTotalNone')}</Paragraph>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export type PipelineParticipant = {
  id: string;
  name: string;
  pseudonym: string | null;
  kind: ParticipantKind;
  status: ParticipantStatus;
  phone: string;
  email: string;
  callViaContact: boolean;
  placeCategory: PlaceCategory | '';
  placeName: string;
  recruitedByName: string | null;
  profileFit: ProfileFit;
  needs: Need[];
  compensation: string;
  compensationPaid: boolean;
  consentAt: Date | string | null;
  fromSignup: boolean;
  moves: ParticipantStatus[];
};

export function NeedsList({ needs }: { needs: Need[] }) {
  const t = useT();
  if (needs.length === 0) return <span>{t('recruitment.needsNone')}</span>;
  return (
    <ul style={plainList}>
      {needs.map((n) => (
        <li key={n.kind}>
          <span aria-hidden="true">{needIcon[n.kind]} </span>
          {t(needLabel(n.kind), { detail: n.detail })}
        </li>
      ))}
    </ul>
  );
}

/** Grouped lists per step: readable at 360 px, one small form per move (works without JavaScript). */
export function PipelineBoard({ participants, base }: { participants: PipelineParticipant[]; base: string }) {
  const t = useT();
  return (
    <Section id="pipeline-title" title={t('recruitment.pipelineTitle')}>
      {STATUSES.map((status) => {
        const group = participants.filter((p) => p.status === status);
        return (
          <section key={status} aria-labelledby={`status-${status}`} className="spiegel-stack" data-testid={`status-${status}`}>
            <Heading level={3} id={`status-${status}`}>
              {t(statusLabel(status))} ({group.length})
            </Heading>
            {group.length === 0 ? (
              <Paragraph>{t('recruitment.nobodyInStatus')}</Paragraph>
            ) : (
              <ul className="spiegel-cards">
                {group.map((p) => (
                  <ParticipantCard key={p.id} participant={p} base={base} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </Section>
  );
}

function ParticipantCard({ participant: p, base }: { participant: PipelineParticipant; base: string }) {
  const { t, locale } = useI18n();
  const name = p.name || t('recruitment.nameless');
  const place = [p.placeCategory ? t(placeLabel(p.placeCategory)) : '', p.placeName].filter(Boolean).join(', ');
  const details = [
    p.phone,
    p.email,
    p.callViaContact ? t('recruitment.contactViaContactPerson') : '',
    place ? t('recruitment.metAt', { place }) : '',
    p.recruitedByName ? t('recruitment.recruitedByValue', { name: p.recruitedByName }) : '',
    t(fitLabel(p.profileFit)),
    p.compensation
      ? `${t('recruitment.compensationValue', { what: p.compensation })} (${t(p.compensationPaid ? 'recruitment.compensationPaidValue' : 'recruitment.compensationUnpaidValue')})`
      : t('recruitment.compensationNone'),
    p.consentAt ? t('recruitment.consentGiven', { date: formatDate(p.consentAt, locale) }) : t('recruitment.consentMissing'),
    p.fromSignup ? t('recruitment.signupSource') : '',
  ].filter(Boolean);
  return (
    <li className="spiegel-card spiegel-stack" data-testid="participant" style={{ overflowWrap: 'anywhere' }}>
      <Paragraph>
        <strong>{name}</strong> · {t(kindLabel(p.kind))}
        <br />
        {p.pseudonym ? (
          <StatusBadge tone="active">{t('recruitment.pseudonymValue', { pseudonym: p.pseudonym })}</StatusBadge>
        ) : (
          <span>{t('recruitment.noPseudonymYet')}</span>
        )}
      </Paragraph>
      <ul style={plainList}>
        {details.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <NeedsList needs={p.needs} />
      <Paragraph>
        <Link to={`${base}/participants/${p.id}`}>{t('recruitment.editLink', { name })}</Link>
      </Paragraph>
      <div role="group" aria-label={t('recruitment.movesLabel', { name })} className="spiegel-inline">
        {p.moves.map((to) => {
          const direction = moveDirection(p.status, to);
          const label = t(`recruitment.move_${direction}`, { status: t(statusLabel(to)).toLocaleLowerCase(locale === 'nl' ? 'nl' : 'en') });
          return (
            <Form method="post" key={to}>
              <input type="hidden" name="intent" value="move" />
              <input type="hidden" name="participantId" value={p.id} />
              <input type="hidden" name="to" value={to} />
              <Button appearance={direction === 'forward' ? 'primary' : 'secondary'} aria-label={t('recruitment.moveAria', { action: label, name })}>
                {label}
              </Button>
            </Form>
          );
        })}
      </div>
    </li>
  );
}
