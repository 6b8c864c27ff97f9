// Catalogue keys for role and variant names, so every screen names them the same way.
import type { TrajectoryRole } from '#app/auth/permissions';
import type { StepState } from '#app/features/trajectory/domain/step-overview';
import type { Variant } from '#app/features/trajectory/domain/variants';
import type { MessageKey } from '#app/i18n/i18n';

export const roleLabel: Record<TrajectoryRole, MessageKey> = {
  lead: 'trajectory.roleLead',
  workgroup: 'trajectory.roleWorkgroup',
  policy: 'trajectory.rolePolicy',
  parent_contact: 'trajectory.roleParentContact',
  conversation_leader: 'trajectory.roleConversationLeader',
  process_facilitator: 'trajectory.roleProcessFacilitator',
  minute_taker: 'trajectory.roleMinuteTaker',
  guardian: 'trajectory.roleGuardian',
  listener: 'trajectory.roleListener',
  experience_expert: 'trajectory.roleExperienceExpert',
  partner_contact: 'trajectory.rolePartnerContact',
};

export const roleHint: Record<TrajectoryRole, MessageKey> = {
  lead: 'trajectory.roleLeadHint',
  workgroup: 'trajectory.roleWorkgroupHint',
  policy: 'trajectory.rolePolicyHint',
  parent_contact: 'trajectory.roleParentContactHint',
  conversation_leader: 'trajectory.roleConversationLeaderHint',
  process_facilitator: 'trajectory.roleProcessFacilitatorHint',
  minute_taker: 'trajectory.roleMinuteTakerHint',
  guardian: 'trajectory.roleGuardianHint',
  listener: 'trajectory.roleListenerHint',
  experience_expert: 'trajectory.roleExperienceExpertHint',
  partner_contact: 'trajectory.rolePartnerContactHint',
};

export const variantLabel: Record<Variant, MessageKey> = {
  coalition: 'trajectory.variantCoalition',
  care: 'trajectory.variantCare',
};

export const variantHint: Record<Variant, MessageKey> = {
  coalition: 'trajectory.variantCoalitionHint',
  care: 'trajectory.variantCareHint',
};

export const stateLabel: Record<StepState, MessageKey> = {
  notStarted: 'trajectory.stateNotStarted',
  inProgress: 'trajectory.stateInProgress',
  done: 'trajectory.stateDone',
};

export const stateTone = { notStarted: 'neutral', inProgress: 'active', done: 'done' } as const satisfies Record<StepState, 'neutral' | 'active' | 'done'>;

export const teamKindLabel: Record<'team' | 'neighbourhood', MessageKey> = {
  team: 'trajectory.kindTeam',
  neighbourhood: 'trajectory.kindNeighbourhood',
};
