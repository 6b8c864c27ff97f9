// Configuration read once from the environment; documented in the README.
const env = process.env;

export const config = {
  appUrl: (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
  smtpUrl: env.SMTP_URL ?? '',
  mailFrom: env.MAIL_FROM ?? 'Spiegel <no-reply@spiegel.local>',
  // The development outbox is never served when SMTP is configured or NODE_ENV=production was set by the operator.
  // Sign-in links per e-mail address per 15 minutes.
  loginLinksPerAddress: Number(env.LOGIN_LINKS_PER_ADDRESS ?? 5),
  // The government's school holiday file per school year, e.g.
  // https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays/schoolyear/{schoolyear}?output=json
  // Fetched daily by a job when set; empty: admins upload the file on the school holidays page.
  schoolHolidaysUrl: env.SCHOOL_HOLIDAYS_URL ?? '',
  outboxEnabled: !env.SMTP_URL && env.SPIEGEL_EXPLICIT_PRODUCTION !== 'true',
  // 32 random bytes in base64 (`openssl rand -base64 32`): the key that encrypts secrets Spiegel stores,
  // such as an organisation's single sign-on client secret (decision 0028). Without it no new one can be saved.
  get secretsKey() {
    return env.SECRETS_KEY ?? '';
  },
  get secureCookies() {
    return this.appUrl.startsWith('https://');
  },
};
