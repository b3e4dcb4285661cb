import { createContext, useContext } from 'react';
import type { Role } from '@thidua/shared';

/** The signed-in user as every feature sees it. Provided by the auth feature, read by all. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: string; code: string; name: string } | null;
}

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

export interface SessionContextValue {
  status: SessionStatus;
  user: SessionUser | null;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside the auth provider');
  return value;
}
