import { compareVietnamese, matchesSearch, type Role } from '@thidua/shared';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { UserUnitsDocument, UsersDocument } from '../graphql/users.documents';

/** The staff accounts filtered by search and role, sorted by username, and the units to assign. */
export function useUsersList() {
  const [result, reexecute] = useQuery({ query: UsersDocument, requestPolicy: 'cache-and-network' });
  const [unitsResult] = useQuery({ query: UserUnitsDocument });
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const users = useMemo(
    () =>
      [...(result.data?.users ?? [])]
        .filter(
          (u) =>
            (!role || u.role === role) &&
            (!query.trim() || matchesSearch(`${u.username} ${u.displayName} ${u.unit?.name ?? ''}`, query)),
        )
        .sort((a, b) => compareVietnamese(a.username, b.username)),
    [result.data, role, query],
  );
  return {
    result,
    users,
    units: unitsResult.data?.units ?? [],
    query,
    setQuery,
    role,
    setRole,
    reload: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
