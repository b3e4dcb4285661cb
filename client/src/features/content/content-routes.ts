/**
 * The content library's pages, one lazily loaded chunk (with its stylesheet) for all
 * of them: the player's and the screen's bundles never include the authoring UI.
 */
import './styles/content-list.css';
import './styles/content-editor.css';
import './styles/content-preview.css';
import './styles/content-quizzes.css';
import './styles/content-responsive.css';

export { ContentImportPage } from './components/content-import-page';
export { QuestionEditorPage } from './components/question-editor-page';
export { QuestionsPage } from './components/questions-page';
export { QuizEditorPage } from './components/quiz-editor-page';
export { QuizzesPage } from './components/quizzes-page';
export { ResolutionsPage } from './components/resolutions-page';
