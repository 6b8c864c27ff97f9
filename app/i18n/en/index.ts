import type { Catalogue } from '../i18n';
import { auth } from './auth';
import { common } from './common';
import { org } from './org';
import { validation } from './validation';

export const en: Catalogue = { common, validation, auth, org };
