// With SMTP_URL set, mail leaves over SMTP (here to a local test server) and the outbox is gone.
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client } from './http';
import { type RunningServer, startServer } from './server';

describe('mail over SMTP', () => {
  const received: { to: string[]; body: string }[] = [];
  let smtp: SMTPServer;
  let smtpPort = 0;
  let app: RunningServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as { port: number }).port;
    app = await startServer({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`, SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  it('sends the sign-in link by SMTP and serves no outbox', async () => {
    const http = client(app.baseUrl);
    expect((await http.post('/login', { email: 'smtp-test@test.spiegel.local' })).status).toBe(200);
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]!.to).toEqual(['smtp-test@test.spiegel.local']);
    expect(received[0]!.body).toMatch(/Subject: Uw inloglink voor Spiegel/);
    expect(received[0]!.body.replace(/=\r?\n/g, '')).toContain(`${app.baseUrl}/login/confirm?token=`);
    // Text and HTML, the HTML in the recipient's language.
    expect(received[0]!.body).toMatch(/Content-Type: multipart\/alternative/);
    expect(received[0]!.body).toMatch(/Content-Type: text\/plain/);
    expect(received[0]!.body).toMatch(/Content-Type: text\/html/);
    expect(received[0]!.body.replace(/=\r?\n/g, '')).toContain('<html lang=3D"nl"');
    expect((await http.get('/dev/outbox')).status).toBe(404);
  });
});
