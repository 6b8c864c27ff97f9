import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { listParticipants } from '#app/features/participants/server/list-participants.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, type Locale } from '#app/i18n/i18n';
import { csvFilename, toCsv } from '#app/utils/csv';
import { isPlaceCategory } from '../domain/places';
import { fitLabel, kindLabel, placeLabel, statusLabel } from '../ui/labels';

/**
 * The participants with their personal data as a CSV file (R1), for leads and parent contacts
 * only: personal data by design, so no name guard; everyone else gets a 403.
 */
export async function exportParticipants({ locale, ...scope }: TrajectoryScope & { locale: Locale }) {
  authorize(scope, 'participants.personalData');
  const [list, trajectory] = await Promise.all([listParticipants(scope, 'participants.csv', 'export'), loadTrajectory(scope)]);
  const t = createTranslator(locale);
  const yesNo = (v: boolean) => t(v ? 'common.yes' : 'common.no');
  const header = [
    t('recruitment.csvPseudonym'),
    t('recruitment.fieldKind'),
    t('recruitment.fieldStatus'),
    t('recruitment.fieldName'),
    t('recruitment.fieldSurname'),
    t('recruitment.fieldPhone'),
    t('recruitment.fieldEmail'),
    t('recruitment.fieldCallViaContact'),
    t('recruitment.fieldAddress'),
    t('recruitment.fieldLanguages'),
    t('recruitment.fieldPlaceCategory'),
    t('recruitment.fieldPlaceName'),
    t('recruitment.fieldRecruitedBy'),
    t('recruitment.fieldProfileFit'),
    t('recruitment.fieldInterpreter'),
    t('recruitment.fieldChildcare'),
    t('recruitment.fieldTransport'),
    t('recruitment.fieldDiet'),
    t('recruitment.fieldPreferredTime'),
    t('recruitment.fieldOtherNeeds'),
    t('recruitment.fieldCompensation'),
    t('recruitment.fieldCompensationPaid'),
    t('recruitment.csvConsentAt'),
  ];
  const rows = list.map(({ personal: p, ...participant }) => [
    participant.pseudonym ?? '',
    t(kindLabel(participant.kind)),
    t(statusLabel(participant.status)),
    p.name,
    p.surname,
    p.phone,
    p.email,
    yesNo(p.callViaContact),
    p.address,
    p.languages,
    isPlaceCategory(participant.placeCategory) ? t(placeLabel(participant.placeCategory)) : '',
    participant.placeName,
    participant.recruitedByName ?? '',
    t(fitLabel(participant.profileFit)),
    p.interpreterLanguage,
    yesNo(p.needsChildcare),
    yesNo(p.needsTransport),
    p.diet,
    p.preferredTime,
    p.needs,
    p.compensation,
    yesNo(p.compensationPaid),
    p.consentAt ? formatDate(p.consentAt, locale) : '',
  ]);
  return { filename: csvFilename(t('recruitment.csvFile'), trajectory.title), content: toCsv(header, rows) };
}
