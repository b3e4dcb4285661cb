import type { Role } from '@thidua/shared';

/** Who is asking, as read from a verified access token. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  /** The unit a UNIT_OFFICER acts for; null for other roles. */
  unitId: string | null;
}

/** Claims of our access tokens. */
export interface AccessTokenClaims {
  sub: string;
  usr: string;
  role: Role;
  unit: string | null;
}
