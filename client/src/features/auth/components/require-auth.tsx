import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../../../components/loading';
import { useSession } from '../../../lib/session';

/** Route guard: waits for the session to be restored, sends signed-out visitors to /sign-in. */
export function RequireAuth() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') {
    return (
      <div className="page-center">
        <Loading />
      </div>
    );
  }
  if (status === 'signed-out') {
    const from = location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return <Outlet />;
}
