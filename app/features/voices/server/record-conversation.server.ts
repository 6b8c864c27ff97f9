import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { findIdentifying } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { RuleError } from '#app/utils/rule-error';
import { once } from '#app/utils/submissions.server';
import { answerQuotes, quotesField, summaryField } from '../domain/contribution';
import type { ConversationInput } from '../forms';
import { minutesFinal, questionsFor, storeVoice } from './voices-records.server';

/**
 * An individual conversation with a parent who will not join the group, recorded by a workgroup
 * member who may write the minutes: under a pseudonym, after consent (aloud or on paper), answers
 * per question. A separate source in the draft minutes. Like every minute note, text that names a
 * participant is refused next to its field (the writer rewrites it), nothing stored.
 */
export async function recordConversation(scope: TrajectoryScope & ConversationInput): Promise<{ id: string }> {
  authorize(scope, 'minutes.write');
  return (await db()).transaction(async (tx) => {
    if (await minutesFinal(tx, scope)) throw new RuleError('minutes.alreadyFinal');
    const known = await knownIdentifiers(tx, scope.orgId, scope.trajectoryId);
    const refuseIfIdentifying = (text: string, field: string) => {
      if (findIdentifying(text, known).length > 0) throw new RuleError('minutes.leakField', field);
    };
    refuseIfIdentifying(scope.pseudonym, 'pseudonym');
    const questions = await questionsFor(tx, scope);
    const answers = scope.answers.flatMap((answer) => {
      const question = questions.find((q) => q.field === answer.field);
      if (!question) return [];
      refuseIfIdentifying(answer.summary, summaryField(answer.field));
      const quotes = answerQuotes(answer.quotes);
      for (const quote of quotes) refuseIfIdentifying(quote, quotesField(answer.field));
      return [{ question, summary: answer.summary, quotes }];
    });
    if (answers.length === 0) throw new RuleError('voices.nothingRecorded', 'answers');
    const id = await once(tx, scope.orgId, 'voices.conversation', () =>
      storeVoice(
        tx,
        scope,
        { kind: 'conversation', pseudonym: scope.pseudonym, consent: scope.consent, language: 'nl', recordedBy: scope.actor.userId },
        answers,
      ),
    );
    return { id };
  });
}
