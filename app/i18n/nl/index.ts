import { actions } from './actions';
import { agenda } from './agenda';
import { api } from './api';
import { auth } from './auth';
import { board } from './board';
import { calendar } from './calendar';
import { common } from './common';
import { console } from './console';
import { goal } from './goal';
import { listeners } from './listeners';
import { materials } from './materials';
import { minutes } from './minutes';
import { insights } from './insights';
import { org } from './org';
import { parentPage } from './parent-page';
import { partners } from './partners';
import { personalData } from './personal-data';
import { privacy } from './privacy';
import { program } from './program';
import { questions } from './questions';
import { reception } from './reception';
import { recruitment } from './recruitment';
import { rights } from './rights';
import { reports } from './reports';
import { sso } from './sso';
import { theme } from './theme';
import { trajectory } from './trajectory';
import { validation } from './validation';
import { voices } from './voices';
import { workgroup } from './workgroup';

export const nl = {
  common,
  validation,
  auth,
  org,
  trajectory,
  goal,
  partners,
  workgroup,
  theme,
  calendar,
  program,
  recruitment,
  rights,
  materials,
  listeners,
  questions,
  reception,
  console,
  minutes,
  board,
  privacy,
  personalData,
  agenda,
  parentPage,
  actions,
  insights,
  reports,
  api,
  sso,
  voices,
};
