import { db } from '#app/db/client.server';
import { checkFormTime, isHoneypotFilled } from '#app/features/materials/domain/signup-guard';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { RuleError } from '#app/utils/rule-error';
import { once } from '#app/utils/submissions.server';
import { answerQuotes, maskedForOthers } from '../domain/contribution';
import { hasContributionTexts } from '../domain/contribution-texts';
import type { ContributionInput } from '../forms';
import { contributionMinSeconds, contributionSecret, findContributionTarget, minutesFinal, questionsFor, storeVoice } from './voices-records.server';

/**
 * An anonymous contribution from the public form, authorised by the trajectory's link (404 when it
 * is unknown, renewed or switched off), not by a role. A filled honeypot is ignored quietly; a form
 * sent too fast or with a broken time stamp is a RuleError. The answers enter the draft minutes as
 * one "individual contribution": what looks like a name, phone number or address is masked for
 * everyone who reads it (never refused: the parent cannot be asked again). Once per submission key.
 */
export async function submitContribution({
  token,
  input,
  honeypot,
  now = Date.now(),
}: {
  token: string;
  input: ContributionInput;
  honeypot: unknown;
  now?: number;
}): Promise<'saved' | 'ignored'> {
  if (isHoneypotFilled(honeypot)) return 'ignored';
  const time = checkFormTime(input.startedAt, now, contributionSecret(), contributionMinSeconds());
  if (time === 'too-fast') throw new RuleError('voices.tooFast');
  if (time === 'invalid') throw new RuleError('voices.expired');
  await (
    await db()
  ).transaction(async (tx) => {
    const target = await findContributionTarget(tx, token);
    if (await minutesFinal(tx, target)) throw new RuleError('voices.closed');
    const known = await knownIdentifiers(tx, target.orgId, target.trajectoryId);
    const answers = (await questionsFor(tx, target)).flatMap((question) => {
      const text = input.answers.find((a) => a.field === question.field)?.text;
      const quotes = text ? answerQuotes(maskedForOthers(text, findIdentifying(text, known))) : [];
      return quotes.length > 0 ? [{ question, summary: '', quotes }] : [];
    });
    // Answers only to questions that were taken off meanwhile: nothing to keep.
    if (answers.length === 0) throw new RuleError('voices.nothingFilled', 'answers');
    await once(tx, target.orgId, 'voices.contribution', () =>
      storeVoice(
        tx,
        target,
        { kind: 'contribution', pseudonym: '', consent: 'form', language: hasContributionTexts(input.lang) ? input.lang : 'nl', recordedBy: null },
        answers,
      ),
    );
  });
  return 'saved';
}
