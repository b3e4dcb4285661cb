/** The contest administration pages (ADMIN; REVIEWER read-only), one lazily loaded chunk. */
import './contests.css';

export { ContestAdminPage, NewContestPage } from './components/admin/contest-admin-page';
export { ContestsPage } from './components/admin/contests-page';
