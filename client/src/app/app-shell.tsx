import type { Role } from '@thidua/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { NotificationBell } from '../features/notifications/components/notification-bell';
import { useSession } from '../lib/session';
import { UserMenu } from './user-menu';

interface NavItem {
  to: string;
  key: string;
  end: boolean;
  testId: string;
  /** Only these roles see the item (all signed-in users when absent). */
  roles?: readonly Role[];
}

/** Sections that exist today. Nội dung, Thi trực tiếp, Thi đua, Cuộc thi join this list as they ship. */
const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', key: 'nav.home', end: true, testId: 'nav-home' },
  { to: '/units', key: 'nav.units', end: false, testId: 'nav-units' },
  { to: '/content', key: 'nav.content', end: false, testId: 'nav-content', roles: ['ADMIN', 'REVIEWER', 'HOST'] },
  { to: '/host', key: 'nav.live', end: false, testId: 'nav-live', roles: ['HOST', 'ADMIN'] },
  {
    to: '/campaigns',
    key: 'nav.campaigns',
    end: false,
    testId: 'nav-campaigns',
    roles: ['ADMIN', 'REVIEWER', 'UNIT_OFFICER'],
  },
  {
    to: '/activities',
    key: 'activities.nav',
    end: false,
    testId: 'nav-activities',
    roles: ['ADMIN', 'REVIEWER', 'UNIT_OFFICER'],
  },
  {
    to: '/commendation',
    key: 'commendation.nav',
    end: false,
    testId: 'nav-commendation',
    roles: ['ADMIN', 'REVIEWER'],
  },
  { to: '/contests', key: 'contests.nav', end: false, testId: 'nav-contests', roles: ['ADMIN', 'REVIEWER'] },
  { to: '/admin/people', key: 'people.nav', end: false, testId: 'nav-people', roles: ['ADMIN', 'UNIT_OFFICER'] },
  { to: '/users', key: 'nav.users', end: false, testId: 'nav-users', roles: ['ADMIN'] },
];

/** Staff who get notifications (sheets returned, approved, deadlines): the bell is theirs. */
const NOTIFIED_ROLES: readonly Role[] = ['ADMIN', 'REVIEWER', 'UNIT_OFFICER'];

export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useSession();
  const navItems = NAV_ITEMS.filter((item) => !item.roles || (user && item.roles.includes(user.role)));
  const [menuOpen, setMenuOpen] = useState(false);

  // A phone's menu closes once the user has picked a page.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <button
            type="button"
            className="topbar__menu-btn"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
            data-testid="nav-toggle"
            onClick={() => setMenuOpen((v) => !v)}
          >
            <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
          </button>
          <Link to="/" className="brand" aria-label={t('app.homeLink')}>
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <nav id="main-nav" className={`nav${menuOpen ? ' is-open' : ''}`} aria-label={t('nav.label')}>
            <ul className="nav__list">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link" data-testid={item.testId}>
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
            <LanguageSwitch className="nav__lang" />
          </nav>
          <div className="topbar__end">
            <LanguageSwitch className="topbar__lang" />
            {user && NOTIFIED_ROLES.includes(user.role) && <NotificationBell />}
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('app.footer')}</footer>
    </div>
  );
}
