import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '#app/i18n/i18n';
import { changeMail, greeting, invitationMail, samePerson } from './invitation-mail';

const t = createTranslator('nl');
const facts = {
  meeting: 'spiegelbijeenkomst',
  trajectory: 'Opgroeien in Oost',
  when: 'donderdag 14 januari 2027, 19:00 uur',
  place: 'Buurthuis',
  url: 'https://spiegel.example/o/x/t/1/dates',
};
const sanne = { userId: 'u1', name: 'Sanne de Vries', email: 'sanne@example.org' };

describe('the invitation greeting', () => {
  it('does not greet the sender and then say she invites herself', () => {
    const { text } = invitationMail(t, { ...facts, recipient: sanne, sender: { userId: 'u1', name: 'Sanne de Vries', email: '' } });
    expect(text.match(/Sanne de Vries/g)).toHaveLength(1);
    expect(text).toMatch(/^Beste Sanne de Vries,\n\nU heeft de werkgroep uitgenodigd/);
    expect(text).not.toContain('nodigt u uit');
  });

  it('names another sender once, after greeting the recipient with tussenvoegsel as written', () => {
    const recipient = { userId: 'u2', name: 'Jan  van den Berg ', email: 'jan@example.org' };
    const { text } = invitationMail(t, { ...facts, recipient, sender: { userId: 'u1', name: 'Sanne de Vries', email: '' } });
    expect(text).toMatch(/^Beste Jan van den Berg,\n\nSanne de Vries nodigt u uit voor de spiegelbijeenkomst/);
  });

  it('knows the same person without accounts by address or by name written differently', () => {
    expect(samePerson({ name: 'Sanne de Vries', email: '' }, { name: 'sanne De  Vries', email: '' })).toBe(true);
    expect(samePerson({ name: 'Sanne de Vries', email: 'S@x.nl' }, { name: 'S. de Vries', email: 's@x.nl' })).toBe(true);
    expect(samePerson({ name: 'Zoë Bakker', email: '' }, { name: 'Zoe Bakker', email: '' })).toBe(true);
    expect(samePerson({ name: 'Sanne de Vries', email: '' }, { name: 'Sanne van Vries', email: '' })).toBe(false);
    expect(samePerson({ name: '', email: '' }, { name: '', email: '' })).toBe(false);
    // Two accounts with the same name are two people.
    expect(samePerson({ userId: 'a', name: 'Sanne de Vries', email: '' }, { userId: 'b', name: 'Sanne de Vries', email: '' })).toBe(false);
  });

  it('never repeats a name in greeting and opening, whoever sends to whom', () => {
    const name = fc.constantFrom('Sanne de Vries', 'Jan van den Berg', 'Ali el Amrani', 'Fatma Yılmaz', 'An', '');
    fc.assert(
      fc.property(name, name, fc.boolean(), (recipientName, senderName, sameAccount) => {
        const recipient = { userId: 'r', name: recipientName, email: 'r@example.org' };
        const sender = { userId: sameAccount ? 'r' : 's', name: sameAccount ? recipientName : senderName, email: '' };
        const [hello, opening] = invitationMail(t, { ...facts, recipient, sender }).text.split('\n\n');
        const named = recipient.name.trim();
        if (named && samePerson(recipient, sender)) expect(opening).not.toContain(named);
        expect(hello).toBe(named ? `Beste ${named},` : 'Hallo,');
      }),
    );
  });

  it('greets without a name when there is none', () => {
    expect(greeting(t, { name: ' ', email: 'x@example.org' })).toBe('Hallo,');
  });

  it('writes the update and the cancellation', () => {
    const update = changeMail(t, 'update', { ...facts, recipient: sanne, previousWhen: 'eerder' });
    expect(update.subject).toBe(`Gewijzigd: spiegelbijeenkomst op ${facts.when}`);
    const cancel = changeMail(t, 'cancel', { ...facts, recipient: sanne, previousWhen: 'donderdag 7 januari 2027' });
    expect(cancel.subject).toBe('Gaat niet door: spiegelbijeenkomst op donderdag 7 januari 2027');
    expect(cancel.text).toContain('op donderdag 7 januari 2027 gaat niet door');
  });
});
