import { Role } from '@thidua/shared';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/components/require-auth';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomePage } from '../features/home/components/home-page';
import { UnitsImportPage } from '../features/units/components/units-import-page';
import { UnitsPage } from '../features/units/components/units-page';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';
import { RequireRole } from './require-role';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'units', element: <UnitsPage /> },
          {
            element: <RequireRole roles={[Role.ADMIN]} />,
            children: [{ path: 'units/import', element: <UnitsImportPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
