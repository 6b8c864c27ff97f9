// The development outbox holds sign-in links: only this machine itself may read it.
import { describe, expect, it } from 'vitest';
import { statusOf } from '#tests/http';
import { fromThisMachine } from '#app/utils/http.server';
import { listOutbox } from './list-outbox.server';
import { sendMail } from './send-mail.server';

const from = (ip: string) => new Request('http://x/dev/outbox', { headers: { 'x-spiegel-client-ip': ip } });

describe('development outbox', () => {
  it('knows this machine by its loopback addresses, and nothing else', () => {
    for (const ip of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(fromThisMachine(from(ip)), ip).toBe(true);
    for (const ip of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', '2001:db8::1', 'unknown', '1127.0.0.1']) expect(fromThisMachine(from(ip)), ip).toBe(false);
    expect(fromThisMachine(new Request('http://x/'))).toBe(false);
  });

  it('shows the mails to this machine and answers 404 to any other address', async () => {
    await sendMail({ to: 'ouder@example.org', subject: 'Inloggen bij Spiegel', text: 'https://spiegel.example/login/confirm?token=abc' });
    expect((await listOutbox(from('127.0.0.1'))).some((mail) => mail.to === 'ouder@example.org')).toBe(true);
    expect(await statusOf(listOutbox(from('192.168.1.20')))).toBe(404);
    expect(await statusOf(listOutbox(from('unknown')))).toBe(404);
  });
});
