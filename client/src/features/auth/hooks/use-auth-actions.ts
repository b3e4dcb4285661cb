import { createContext, useContext } from 'react';
import type { SessionTokens } from '../../../lib/auth-tokens';
import type { SessionUser } from '../../../lib/session';

export interface AuthActions {
  /** Stores a fresh session returned by `signIn`. */
  establish: (tokens: SessionTokens, user: SessionUser) => void;
}

export const AuthActionsContext = createContext<AuthActions | null>(null);

export function useAuthActions(): AuthActions {
  const value = useContext(AuthActionsContext);
  if (!value) throw new Error('useAuthActions must be used inside AuthProvider');
  return value;
}
