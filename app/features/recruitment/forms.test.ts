import { describe, expect, it } from 'vitest';
import { parseForm } from '#app/utils/forms';
import { toChanges, ZAddParticipant } from './forms';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const base = { intent: 'add', status: 'approached', kind: 'parent', name: ' Amina ', placeCategory: 'school', profileFit: '' };

describe('participant form', () => {
  it('needs a way to reach someone', () => {
    const parsed = parseForm(ZAddParticipant, form(base));
    expect(parsed).toMatchObject({ ok: false, errors: { phone: 'recruitment.contactRequired' } });
    expect(parseForm(ZAddParticipant, form({ ...base, callViaContact: 'on' })).ok).toBe(true);
  });

  it('checks the phone number and the e-mail address, and keeps what was typed', () => {
    const parsed = parseForm(ZAddParticipant, form({ ...base, phone: 'bel me', email: 'geen-mail' }));
    expect(parsed).toMatchObject({ ok: false, errors: { phone: 'recruitment.phoneInvalid', email: 'validation.email' }, values: { phone: 'bel me' } });
  });

  it('splits into pipeline fields and personal data', () => {
    const parsed = parseForm(ZAddParticipant, form({ ...base, phone: '06 1234 5678', needsChildcare: 'on', consent: 'on', recruitedBy: '' }));
    if (!parsed.ok) throw new Error('should parse');
    const changes = toChanges(parsed.data);
    expect(changes).toMatchObject({ kind: 'parent', status: 'approached', placeCategory: 'school', recruitedBy: null, consent: true });
    expect(changes.personal).toMatchObject({ name: 'Amina', phone: '06 1234 5678', needsChildcare: true, callViaContact: false });
    expect(changes.personal).not.toHaveProperty('intent');
    expect(changes.personal).not.toHaveProperty('status');
  });
});
