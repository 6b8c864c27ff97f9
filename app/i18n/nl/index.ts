import { auth } from './auth';
import { common } from './common';
import { org } from './org';
import { validation } from './validation';

export const nl = { common, validation, auth, org };
