/** The public posting (niêm yết công khai): residents read the list and comment, no sign-in. */
export { PostingPage } from './components/public/posting-page';
