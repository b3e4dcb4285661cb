/**
 * The public contest pages (no sign-in, phone first): one lazily
 * loaded chunk with its stylesheet; no admin code in a resident's download.
 */
import './contests.css';

export { AttemptPage } from './components/public/attempt-page';
export { ContestPage } from './components/public/contest-page';
export { ContestSlugPage } from './components/public/contest-slug-page';
export { ResultPage } from './components/public/result-page';
