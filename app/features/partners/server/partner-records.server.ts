// Shared by the partners' operations only.
import { and, eq } from 'drizzle-orm';
import { partners, statements } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { config } from '#app/utils/config.server';
import type { PartnerDomain } from '../domain/domains';

export type PartnerInput = {
  name: string;
  domain: PartnerDomain;
  contactName: string;
  contactEmail: string;
  roleDescription: string;
};

/** Only the partner's own fields, whatever else the caller passed along (scope, intent). */
export const partnerInput = ({ name, domain, contactName, contactEmail, roleDescription }: PartnerInput): PartnerInput => ({
  name,
  domain,
  contactName,
  contactEmail,
  roleDescription,
});

/** The partner's personal page: sign the statement of intent and react to statements, without an account. */
export const partnerLinkUrl = (linkToken: string) => `${config.appUrl}/p/partner/${linkToken}`;

/** This partner, in this trajectory of this organisation. */
export const thePartner = ({ orgId, trajectoryId }: TrajectoryScope, partnerId: string) =>
  inOrg(partners, orgId, and(eq(partners.id, partnerId), eq(partners.trajectoryId, trajectoryId)));

/** This statement, in this trajectory of this organisation. */
export const theStatement = ({ orgId, trajectoryId }: TrajectoryScope, statementId: string) =>
  inOrg(statements, orgId, and(eq(statements.id, statementId), eq(statements.trajectoryId, trajectoryId)));
