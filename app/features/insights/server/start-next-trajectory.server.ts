import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { looksIdentifying } from '#app/features/privacy/domain/name-guard';
import { createTrajectory } from '#app/features/trajectory/server/create-trajectory.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { type Locale } from '#app/i18n/i18n';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { themeKey } from '../domain/library';
import { composeTheme } from '../domain/next-trajectory';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { isUuid, readCarryOver } from './insights-records.server';

export type NextTrajectory = {
  from: string;
  title: string;
  teamId: string | null;
  /** Typed by the person; when empty, the theme is made from the chosen themes and actions. */
  theme: string;
  themes: readonly string[];
  actionIds: readonly string[];
  /** The language the composed theme is written in (the person's own). */
  locale: Locale;
};

/**
 * "Start een volgend traject": a new trajectory that starts from an earlier one (which carries over
 * its goals, partners, workgroup and targets), with a theme made from the themes and open actions
 * chosen from it. The theme is read by the new workgroup and on flyers: the privacy guard checks it.
 */
export async function startNextTrajectory({ orgId, actor, ...input }: OrgScope & NextTrajectory): Promise<{ id: string }> {
  authorize({ actor }, 'org.createTrajectory');
  if (input.teamId !== null && !isUuid(input.teamId)) notFound();
  const database = await db();
  const carry = await readCarryOver(database, orgId, input.from);
  const themes = new Map(carry.themes.map((t) => [themeKey(t), t]));
  const chosenThemes = input.themes.map((t) => themes.get(themeKey(t)));
  const chosenActions = input.actionIds.map((id) => carry.actions.find((a) => a.id === id)?.title);
  // A theme or action that is not (or no longer) open in that trajectory.
  if (chosenThemes.includes(undefined) || chosenActions.includes(undefined)) notFound();
  const theme = composeTheme({
    typed: input.theme,
    themes: chosenThemes as string[],
    actions: chosenActions as string[],
    continueLabel: createTranslator(input.locale)('insights.nextContinueWith'),
  });
  if (looksIdentifying(theme, await knownIdentifiers(database, orgId, carry.previous.id))) throw new RuleError('privacy.identifying', 'theme');
  return createTrajectory({
    orgId,
    actor,
    title: input.title,
    theme,
    teamId: input.teamId,
    variant: carry.previous.variant,
    previousTrajectoryId: carry.previous.id,
  });
}
