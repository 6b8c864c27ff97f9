import type { Catalogue } from '../i18n';
import { auth } from './auth';
import { common } from './common';
import { goal } from './goal';
import { org } from './org';
import { partners } from './partners';
import { theme } from './theme';
import { trajectory } from './trajectory';
import { validation } from './validation';
import { workgroup } from './workgroup';

export const en: Catalogue = { common, validation, auth, org, trajectory, goal, partners, workgroup, theme };
