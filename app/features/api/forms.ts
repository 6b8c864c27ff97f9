// The API tokens page's form fields (route contract).
import { z } from 'zod';
import { API_TOKEN_SCOPES } from '#app/db/schema';
import { f } from '#app/utils/forms';

export const ZApiTokenForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), name: f.required(100), scope: f.choice(API_TOKEN_SCOPES) }),
  z.object({ intent: z.literal('revoke'), tokenId: f.uuid() }),
]);
