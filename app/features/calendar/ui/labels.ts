import type { MessageKey, Translate } from '#app/i18n/i18n';
import type { HolidayKey } from '../domain/holidays';
import type { FeedbackForm, MeetingKind } from '../domain/meetings';

export const meetingLabel: Record<MeetingKind, MessageKey> = {
  mirror: 'calendar.meetingMirror',
  follow_up: 'calendar.meetingFollowUp',
  feedback: 'calendar.meetingFeedback',
};

export const meetingHint: Record<MeetingKind, MessageKey> = {
  mirror: 'calendar.hintMirror',
  follow_up: 'calendar.hintFollowUp',
  feedback: 'calendar.hintFeedback',
};

/** A meeting's name inside a sentence ("… van de spiegelbijeenkomst"). */
export const meetingInSentence = (t: Translate, kind: MeetingKind) => t(meetingLabel[kind]).toLocaleLowerCase();

export const feedbackFormLabel: Record<FeedbackForm, MessageKey> = {
  meeting: 'calendar.formMeeting',
  home_visit: 'calendar.formHomeVisit',
  own_professional: 'calendar.formOwnProfessional',
  letter: 'calendar.formLetter',
  other: 'calendar.formOther',
};

export const regionLabel: Record<'noord' | 'midden' | 'zuid' | 'all', MessageKey> = {
  noord: 'calendar.regionNoord',
  midden: 'calendar.regionMidden',
  zuid: 'calendar.regionZuid',
  all: 'calendar.regionAll',
};

export const holidayLabel: Record<HolidayKey, MessageKey> = {
  ramadan: 'calendar.holidayRamadan',
  eidAlFitr: 'calendar.holidayEidAlFitr',
  eidAlAdha: 'calendar.holidayEidAlAdha',
  christmas: 'calendar.holidayChristmas',
  goodFriday: 'calendar.holidayGoodFriday',
  easter: 'calendar.holidayEaster',
  ascension: 'calendar.holidayAscension',
  pentecost: 'calendar.holidayPentecost',
  roshHashanah: 'calendar.holidayRoshHashanah',
  yomKippur: 'calendar.holidayYomKippur',
  chineseNewYear: 'calendar.holidayChineseNewYear',
  ketiKoti: 'calendar.holidayKetiKoti',
};

const schoolHolidayLabel: Record<string, MessageKey> = {
  herfstvakantie: 'calendar.schoolHolidayAutumn',
  kerstvakantie: 'calendar.schoolHolidayChristmas',
  voorjaarsvakantie: 'calendar.schoolHolidaySpring',
  meivakantie: 'calendar.schoolHolidayMay',
  zomervakantie: 'calendar.schoolHolidaySummer',
};

/** A school holiday's name in the page's language when it is one of the official five (stored in Dutch), else as typed. */
export function schoolHolidayName(name: string, t: Translate): string {
  const key = schoolHolidayLabel[name.trim().toLowerCase()];
  return key ? t(key) : name;
}

export function isFeedbackForm(value: string): value is FeedbackForm {
  return value in feedbackFormLabel;
}
