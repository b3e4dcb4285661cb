import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FileIcon, LockIcon, UnitsIcon, UploadIcon } from '../../../components/icons';
import { canManageUnits } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
import { OfficerSheets } from './officer-sheets';

interface SectionCard {
  to: string;
  icon: ReactNode;
  title: string;
  body: string;
  testId: string;
}

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;

  const cards: SectionCard[] = [
    {
      to: '/units',
      icon: <UnitsIcon size={28} />,
      title: user.role === 'UNIT_OFFICER' ? t('units.titleOwn') : t('home.cards.units.title'),
      body: t('home.cards.units.body'),
      testId: 'home-card-units',
    },
  ];
  if (canManageUnits(user.role)) {
    cards.push({
      to: '/units/import',
      icon: <UploadIcon size={28} />,
      title: t('home.cards.import.title'),
      body: t('home.cards.import.body'),
      testId: 'home-card-import',
    });
  }

  if (user.role === 'ADMIN' || user.role === 'REVIEWER' || user.role === 'HOST') {
    cards.push({
      to: '/content',
      icon: <FileIcon size={28} />,
      title: t('home.cards.content.title'),
      body: t('home.cards.content.body'),
      testId: 'home-card-content',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'HOST') {
    cards.push({
      to: '/host',
      icon: <FileIcon size={28} />,
      title: t('home.cards.live.title'),
      body: t('home.cards.live.body'),
      testId: 'home-card-live',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'REVIEWER' || user.role === 'UNIT_OFFICER') {
    cards.push({
      to: '/campaigns',
      icon: <FileIcon size={28} />,
      title: t('home.cards.campaigns.title'),
      body: t(`home.cards.campaigns.body${user.role === 'UNIT_OFFICER' ? 'Officer' : ''}`),
      testId: 'home-card-campaigns',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'REVIEWER' || user.role === 'UNIT_OFFICER') {
    cards.push({
      to: '/activities',
      icon: <FileIcon size={28} />,
      title: t('home.cards.activities.title'),
      body: t('home.cards.activities.body'),
      testId: 'home-card-activities',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'REVIEWER') {
    cards.push({
      to: '/commendation',
      icon: <FileIcon size={28} />,
      title: t('home.cards.commendation.title'),
      body: t('home.cards.commendation.body'),
      testId: 'home-card-commendation',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'UNIT_OFFICER') {
    cards.push({
      to: '/admin/people',
      icon: <UnitsIcon size={28} />,
      title: t('home.cards.people.title'),
      body: t('home.cards.people.body'),
      testId: 'home-card-people',
    });
  }
  if (user.role === 'ADMIN' || user.role === 'REVIEWER') {
    cards.push({
      to: '/contests',
      icon: <FileIcon size={28} />,
      title: t('contests.home.title'),
      body: t('contests.home.body'),
      testId: 'home-card-contests',
    });
  }
  if (user.role === 'ADMIN') {
    cards.push({
      to: '/users',
      icon: <LockIcon size={28} />,
      title: t('home.cards.users.title'),
      body: t('home.cards.users.body'),
      testId: 'home-card-users',
    });
  }

  return (
    <section className="page" aria-labelledby="home-title">
      <header className="hero">
        <h1 id="home-title" data-testid="home-greeting">
          {t('home.greeting', { name: user.displayName })}
        </h1>
        <p className="hero__meta">
          <span className="badge badge-role">{t(`roles.${user.role}`)}</span>
          {user.unit && (
            <span>
              {t('home.yourUnit')}: <strong>{user.unit.name}</strong>
            </span>
          )}
        </p>
        <p className="hero__lead">{t(`home.roleIntro.${user.role}`)}</p>
      </header>
      {user.role === 'UNIT_OFFICER' && <OfficerSheets />}
      <ul className="card-grid">
        {cards.map((card) => (
          <li key={card.to}>
            <Link className="card card--link" to={card.to} data-testid={card.testId}>
              <span className="card__icon">{card.icon}</span>
              <span className="card__title">{card.title}</span>
              <span className="card__body">{card.body}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
