import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const TABS = [
  { to: '/content', key: 'content.tabs.questions', end: true },
  { to: '/content/resolutions', key: 'content.tabs.resolutions', end: false },
  { to: '/content/quizzes', key: 'content.tabs.quizzes', end: false },
  { to: '/content/import', key: 'content.tabs.import', end: false },
] as const;

/** The content library's sections: questions, resolutions, quizzes, import. */
export function ContentTabs() {
  const { t } = useTranslation();
  return (
    <nav className="subnav" aria-label={t('content.tabs.label')}>
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="subnav__link">
          {t(tab.key)}
        </NavLink>
      ))}
    </nav>
  );
}
