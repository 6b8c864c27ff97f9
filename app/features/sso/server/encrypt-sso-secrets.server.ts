import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { organisationSso } from '#app/db/schema';
import { isSealed, secretsKey } from '#app/utils/secret-box.server';
import { sealClientSecret } from './sso-records.server';

/**
 * Start-up step (decision 0028): encrypts the client secrets stored as given before Spiegel had a
 * SECRETS_KEY. Idempotent: an encrypted secret is left alone, so a second start (or a second
 * instance at the same time, which waits for the row lock) changes nothing. Throws when SECRETS_KEY
 * is set but not 32 bytes in base64; without a key it changes nothing and says how many wait.
 * Answers how many secrets it encrypted and how many are still plain.
 */
export async function encryptPlainSsoSecrets(): Promise<{ encrypted: number; plain: number }> {
  const hasKey = secretsKey() !== null;
  return (await db()).transaction(async (tx) => {
    const rows = await tx.select({ orgId: organisationSso.orgId, clientSecret: organisationSso.clientSecret }).from(organisationSso).for('update');
    const plain = rows.filter((row) => !isSealed(row.clientSecret));
    if (!hasKey) {
      if (plain.length) console.warn(`[sso] ${plain.length} client secret(s) are stored unencrypted: set SECRETS_KEY (see the README) and restart.`);
      return { encrypted: 0, plain: plain.length };
    }
    for (const row of plain) {
      await tx
        .update(organisationSso)
        .set({ clientSecret: sealClientSecret(row.clientSecret, row.orgId) })
        .where(eq(organisationSso.orgId, row.orgId));
    }
    if (plain.length) console.info(`[sso] encrypted ${plain.length} client secret(s) under SECRETS_KEY.`);
    return { encrypted: plain.length, plain: 0 };
  });
}
