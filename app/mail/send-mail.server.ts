import { db } from '#app/db/client.server';
import { mailOutbox } from '#app/db/schema';
import { config } from '#app/utils/config.server';

export type Mail = { to: string; subject: string; text: string };

let transport: Promise<import('nodemailer').Transporter> | null = null;

/** Sends over SMTP when SMTP_URL is set; otherwise keeps the mail in the development outbox. */
export async function sendMail(mail: Mail): Promise<void> {
  if (config.smtpUrl) {
    transport ??= import('nodemailer').then((m) => m.default.createTransport(config.smtpUrl));
    await (await transport).sendMail({ from: config.mailFrom, ...mail });
    return;
  }
  await (await db()).insert(mailOutbox).values(mail);
  console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
}
