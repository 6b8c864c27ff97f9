import { auth } from './auth';
import { common } from './common';
import { goal } from './goal';
import { org } from './org';
import { partners } from './partners';
import { theme } from './theme';
import { trajectory } from './trajectory';
import { validation } from './validation';
import { workgroup } from './workgroup';

export const nl = { common, validation, auth, org, trajectory, goal, partners, workgroup, theme };
