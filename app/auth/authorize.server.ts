// The permission check every operation makes as its first step: 403 when the caller may not.
import { type Caller, can, type Permission } from './permissions';
import { forbidden } from '#app/utils/http.server';

export function authorize(caller: Caller, permission: Permission): void {
  if (!can(caller, permission)) forbidden();
}
