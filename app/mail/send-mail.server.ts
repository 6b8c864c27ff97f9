import { db } from '#app/db/client.server';
import { mailOutbox } from '#app/db/schema';
import { config } from '#app/utils/config.server';

export type MailAttachment = { filename: string; content: string; contentType: string };
export type Mail = { to: string; subject: string; text: string; attachments?: MailAttachment[] };

let transport: Promise<import('nodemailer').Transporter> | null = null;

/** Sends over SMTP when SMTP_URL is set; otherwise keeps the mail in the development outbox. */
export async function sendMail(mail: Mail): Promise<void> {
  if (config.smtpUrl) {
    transport ??= import('nodemailer').then((m) => m.default.createTransport(config.smtpUrl));
    await (await transport).sendMail({ from: config.mailFrom, ...mail });
    return;
  }
  // The outbox keeps text only: attachments are named at the end of the text.
  const names = (mail.attachments ?? []).map((a) => a.filename);
  const text = names.length > 0 ? `${mail.text}\n\n[Bijlage: ${names.join(', ')}]` : mail.text;
  await (await db()).insert(mailOutbox).values({ to: mail.to, subject: mail.subject, text });
  // The text (sign-in links) only where the development outbox is served; in production no log line holds a token.
  console.info(config.outboxEnabled ? `[mail] to ${mail.to}: ${mail.subject}\n${text}` : `[mail] not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}`);
}
