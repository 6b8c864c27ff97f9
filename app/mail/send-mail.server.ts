import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { mailOutbox, organisations } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { renderMailHtml } from './render-mail';

export type MailAttachment = { filename: string; content: string; contentType: string };
/**
 * A mail: its text, in the recipient's language (`lang`, Dutch when unknown). The HTML part is
 * made from the text (render-mail.ts), in the colour of the organisation it is sent for (`orgId`).
 */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** The recipient's language (BCP 47), 'nl' when unknown. */
  lang?: string;
  orgId?: string;
  links?: Record<string, string>;
  attachments?: MailAttachment[];
  /** A calendar invitation, update or cancellation also goes as the mail's own text/calendar part (RFC 6047). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
};

let transport: Promise<import('nodemailer').Transporter> | null = null;

async function accentOf(orgId: string | undefined): Promise<string> {
  if (!orgId) return '';
  const [org] = await (await db()).select({ accent: organisations.accentColour }).from(organisations).where(eq(organisations.id, orgId));
  return org?.accent ?? '';
}

/** Sends over SMTP when SMTP_URL is set; otherwise keeps the mail in the development outbox. Always text and HTML. */
export async function sendMail(mail: Mail): Promise<void> {
  const { lang = 'nl', orgId, links, icalEvent, ...rest } = mail;
  // As a text/calendar part (the invitation a calendar app acts on) and as the same file attached (as Google Calendar sends it).
  const calendarFile = icalEvent
    ? [{ filename: icalEvent.filename, content: icalEvent.content, contentType: `text/calendar; charset=utf-8; method=${icalEvent.method}` }]
    : [];
  const message = { ...rest, attachments: [...(rest.attachments ?? []), ...calendarFile] };
  const html = renderMailHtml({ lang, subject: mail.subject, text: mail.text, accent: await accentOf(orgId), links });
  if (config.smtpUrl) {
    transport ??= import('nodemailer').then((m) => m.default.createTransport(config.smtpUrl));
    await (
      await transport
    ).sendMail({ from: config.mailFrom, ...message, html, ...(icalEvent ? { icalEvent: { method: icalEvent.method, content: icalEvent.content } } : {}) });
    return;
  }
  // The outbox keeps text and HTML: attachments are named at the end of the text.
  const names = message.attachments.map((a) =>
    a.contentType.includes('method=') ? `${a.filename} (METHOD:${/method=(\w+)/.exec(a.contentType)?.[1]})` : a.filename,
  );
  const text = names.length > 0 ? `${mail.text}\n\n[Bijlage: ${names.join(', ')}]` : mail.text;
  await (await db()).insert(mailOutbox).values({ to: mail.to, subject: mail.subject, text, html });
  // The text (sign-in links) only where the development outbox is served; in production no log line holds a token.
  console.info(config.outboxEnabled ? `[mail] to ${mail.to}: ${mail.subject}\n${text}` : `[mail] not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}`);
}
