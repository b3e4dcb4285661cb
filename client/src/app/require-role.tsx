import type { Role } from '@thidua/shared';
import { Outlet } from 'react-router';
import { NoPermission } from '../components/no-permission';
import { useSession } from '../lib/session';

/** Shows the "no permission" state instead of pages the role cannot use. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useSession();
  if (!user || !roles.includes(user.role)) return <NoPermission />;
  return <Outlet />;
}
