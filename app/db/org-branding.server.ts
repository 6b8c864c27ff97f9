// The organisation's colour and logo, for its reports and its settings page. The organisations
// table is the tenant itself: its own id is the scope; the logo's row is keyed by it.
import { eq } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { organisationLogos, organisations } from '#app/db/schema';
import { DEFAULT_ACCENT, type LogoMediaType } from '#app/features/organisations/domain/branding';

export type OrgLogo = { data: Buffer; mediaType: LogoMediaType; updatedAt: Date };
export type OrgBranding = { accent: string; logo?: OrgLogo };

/** The accent colour (Spiegel's own while none is set) and the logo, when there is one. */
export async function orgBranding(orgId: string, reader?: Db | Tx): Promise<OrgBranding> {
  const database = reader ?? (await db());
  const [org] = await database.select({ accent: organisations.accentColour }).from(organisations).where(eq(organisations.id, orgId));
  const [logo] = await database
    .select({ data: organisationLogos.bytes, mediaType: organisationLogos.mediaType, updatedAt: organisationLogos.updatedAt })
    .from(organisationLogos)
    .where(eq(organisationLogos.orgId, orgId));
  return { accent: org?.accent || DEFAULT_ACCENT, ...(logo ? { logo } : {}) };
}
