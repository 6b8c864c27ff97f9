import type { validation as nl } from '../nl/validation';

export const validation: Record<keyof typeof nl, string> = {
  required: 'Fill in this field.',
  invalid: 'This is not right. Check what you filled in.',
  email: 'Enter a valid e-mail address, for example name@example.org.',
  tooLong: 'This is too long. Make it shorter.',
  controlChars: 'This contained an invisible character that is not allowed. We removed it. Check the text and send it again.',
  dateRange: 'Enter a date between 1900 and 2100.',
  date: 'Enter a valid date.',
  number: 'Enter a whole number, 0 or more.',
  url: 'Enter a full web address starting with https://.',
  choose: 'Make a choice.',
  slug: 'Use only lower-case letters, digits and hyphens (3 to 40 characters).',
  slugTaken: 'This short address is already taken. Choose another.',
  rangeOrder: 'The minimum cannot be higher than the maximum.',
  submissionReused: 'This form was already sent with other details. Reload the page and fill it in again.',
};
