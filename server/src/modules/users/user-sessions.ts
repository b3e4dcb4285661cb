/**
 * Ends the sessions of an account. Declared here, where an account change needs it (a new
 * password or a deactivation ends every session: a stolen laptop), and provided by the auth
 * module, which owns the sessions. So auth depends on users and never the other way round.
 * Nest fails at start-up if no module provides it, so sessions cannot silently outlive a change.
 */
export abstract class UserSessions {
  abstract endAll(userId: string): Promise<void>;
}
