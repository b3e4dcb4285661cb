// The people feature's pages, loaded on demand by the router (one chunk, one stylesheet).
import './people.css';

export { CodeSheetsPage } from './components/code-sheets-page';
export { PeopleIndexPage } from './components/people-index-page';
export { PersonPage } from './components/person-page';
export { PrivacyPage } from './components/privacy-page';
export { RosterPage } from './components/roster-page';
