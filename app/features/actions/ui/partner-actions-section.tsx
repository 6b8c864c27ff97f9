// "Uw acties" on the partner's personal page: the actions it owns, each with a plain form for an update (no JavaScript needed).
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, FormErrorSummary, Section } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { PARTNER_UPDATE_INTENT } from '../forms';
import { ActionCard, type ShownAction } from './action-card';
import { UpdateFields } from './action-fields';

export function PartnerActionsSection({ actions, today, result }: { actions: ShownAction[]; today: string; result: FormAnswer<unknown> | undefined }) {
  const t = useT();
  if (actions.length === 0) return null;
  return (
    <Section id="acties" title={t('actions.partnerTitle')} intro={t('actions.partnerIntro')}>
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {actions.map((action) => {
          const state = stateFor(result, PARTNER_UPDATE_INTENT, action.id);
          return (
            <ActionCard key={action.id} action={action} today={today}>
              {succeeded(result, PARTNER_UPDATE_INTENT, action.id) ? <Alert type="ok">{t('actions.partnerUpdateSaved')}</Alert> : null}
              <FormErrorSummary state={state} />
              {/* Without JavaScript the answer opens at this action, where its message is. */}
              <Form method="post" action={`#action-${action.id}`} className="spiegel-stack" noValidate key={action.updates.length}>
                <input type="hidden" name="intent" value={PARTNER_UPDATE_INTENT} />
                <SubmissionKey />
                <input type="hidden" name="actionId" value={action.id} />
                <UpdateFields state={state} idPrefix={`update-${action.id}`} status={action.status} />
                <Button>{t('actions.partnerUpdateButton')}</Button>
              </Form>
            </ActionCard>
          );
        })}
      </ul>
    </Section>
  );
}
