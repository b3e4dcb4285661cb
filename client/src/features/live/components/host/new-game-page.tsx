import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { Button, buttonClass, Page } from '../../../../components/ui';
import { useNewGame } from '../../hooks/use-new-game';
import { NewGameSettings } from './new-game-settings';
import '../../live.css';

/** `/host/new`: pick a quiz, set the game's rules, get a PIN. */
export function NewGamePage() {
  const { t } = useTranslation();
  const game = useNewGame();
  return (
    <Page
      titleId="new-game-title"
      title={t('live.host.newGame')}
      lead={t('live.host.newGameLead')}
      breadcrumb={[{ label: t('live.host.gamesTitle'), to: '/host' }, { label: t('live.host.newGame') }]}
    >
      {game.loading ? (
        <Loading />
      ) : (
        <form className="form card new-game" onSubmit={game.submit} noValidate>
          <FormError message={game.error} />
          <div className="field">
            <label htmlFor="new-game-quiz">{t('live.host.quiz')}</label>
            <select
              id="new-game-quiz"
              data-testid="new-game-quiz"
              value={game.quizId}
              onChange={(e) => game.setQuizId(e.target.value)}
            >
              <option value="">{t('live.host.quizPlaceholder')}</option>
              {game.quizzes.map((quiz) => (
                <option key={quiz.id} value={quiz.id}>
                  {quiz.title}
                </option>
              ))}
            </select>
            {game.quizzes.length === 0 && <p className="field__hint">{t('live.host.noQuizzes')}</p>}
          </div>
          <NewGameSettings settings={game.settings} set={game.set} />
          <div className="form-actions form-actions--start">
            <Button type="submit" variant="primary" data-testid="new-game-submit" disabled={game.starting}>
              {game.starting ? t('live.host.starting') : t('live.host.start')}
            </Button>
            <Link className={buttonClass('secondary')} to="/host">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      )}
    </Page>
  );
}
