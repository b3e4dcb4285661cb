import { DEFAULT_LIVE_GAME_SETTINGS, type LiveGameSettings } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import { errorText } from '../../../../lib/error-text';
import { LiveQuizzesDocument, StartLiveGameDocument } from '../../graphql/live.documents';
import '../../live.css';

const TIME_MULTIPLIERS = [1, 1.5, 2, 3] as const;

/** `/host/new`: pick a quiz, set the game's rules, get a PIN. */
export function NewGamePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error: quizzesError }] = useQuery({ query: LiveQuizzesDocument });
  const [{ fetching: starting, error: startError }, startGame] = useMutation(StartLiveGameDocument);
  const [quizId, setQuizId] = useState('');
  const [settings, setSettings] = useState<LiveGameSettings>(DEFAULT_LIVE_GAME_SETTINGS);
  const [validation, setValidation] = useState<string | null>(null);
  const quizzes = data?.quizzes ?? [];

  function set<K extends keyof LiveGameSettings>(key: K, value: LiveGameSettings[K]) {
    setSettings((s) => ({ ...s, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!quizId) {
      setValidation(t('live.host.quizRequired'));
      return;
    }
    setValidation(null);
    const result = await startGame({ input: { quizId, settings } });
    const game = result.data?.startLiveGame;
    if (game) void navigate(`/host/${game.id}`);
  }

  return (
    <section className="page" aria-labelledby="new-game-title">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/host">{t('live.host.gamesTitle')}</Link> / <span>{t('live.host.newGame')}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="new-game-title">{t('live.host.newGame')}</h1>
          <p className="page-header__lead">{t('live.host.newGameLead')}</p>
        </div>
      </header>
      {fetching && !data ? (
        <Loading />
      ) : (
        <form className="form card new-game" onSubmit={(e) => void submit(e)} noValidate>
          <FormError message={validation ?? errorText(t, startError) ?? errorText(t, quizzesError)} />
          <div className="field">
            <label htmlFor="new-game-quiz">{t('live.host.quiz')}</label>
            <select
              id="new-game-quiz"
              data-testid="new-game-quiz"
              value={quizId}
              onChange={(e) => setQuizId(e.target.value)}
            >
              <option value="">{t('live.host.quizPlaceholder')}</option>
              {quizzes.map((quiz) => (
                <option key={quiz.id} value={quiz.id}>
                  {quiz.title}
                </option>
              ))}
            </select>
            {quizzes.length === 0 && <p className="field__hint">{t('live.host.noQuizzes')}</p>}
          </div>

          <fieldset className="new-game__group">
            <legend>{t('live.settings.scoringMode')}</legend>
            {(['SPEED', 'ACCURACY'] as const).map((mode) => (
              <label key={mode} className="choice">
                <input
                  type="radio"
                  name="scoringMode"
                  data-testid={`new-game-scoring-${mode}`}
                  checked={settings.scoringMode === mode}
                  onChange={() => set('scoringMode', mode)}
                />
                <span>
                  <strong>{t(`live.settings.scoring.${mode}`)}</strong>
                  <small className="muted">{t(`live.settings.scoringHint.${mode}`)}</small>
                </span>
              </label>
            ))}
            <label className="choice">
              <input
                type="checkbox"
                data-testid="new-game-streak"
                checked={settings.streakBonus}
                onChange={(e) => set('streakBonus', e.target.checked)}
              />
              <span>
                <strong>{t('live.settings.streakBonus')}</strong>
                <small className="muted">{t('live.settings.streakHint')}</small>
              </span>
            </label>
          </fieldset>

          <fieldset className="new-game__group">
            <legend>{t('live.settings.unitAggregation')}</legend>
            {(['MEAN', 'PARTICIPATION_WEIGHTED'] as const).map((mode) => (
              <label key={mode} className="choice">
                <input
                  type="radio"
                  name="unitAggregation"
                  data-testid={`new-game-aggregation-${mode}`}
                  checked={settings.unitAggregation === mode}
                  onChange={() => set('unitAggregation', mode)}
                />
                <span>
                  <strong>{t(`live.settings.aggregation.${mode}`)}</strong>
                  <small className="muted">{t(`live.unitFormula.${mode}`)}</small>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="form-grid">
            <div className="field">
              <label htmlFor="new-game-leaderboard">{t('live.settings.leaderboardMode')}</label>
              <select
                id="new-game-leaderboard"
                value={settings.leaderboardMode}
                onChange={(e) => set('leaderboardMode', e.target.value as LiveGameSettings['leaderboardMode'])}
              >
                <option value="AFTER_EACH_QUESTION">{t('live.settings.leaderboard.AFTER_EACH_QUESTION')}</option>
                <option value="END_ONLY">{t('live.settings.leaderboard.END_ONLY')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="new-game-podium">{t('live.settings.podiumPlaces')}</label>
              <input
                id="new-game-podium"
                type="number"
                min={1}
                max={10}
                value={settings.podiumPlaces}
                onChange={(e) => set('podiumPlaces', clampInt(e.target.value, 1, 10, 3))}
              />
            </div>
            <div className="field">
              <label htmlFor="new-game-time">{t('live.settings.timeMultiplier')}</label>
              <select
                id="new-game-time"
                value={settings.timeMultiplier}
                onChange={(e) => set('timeMultiplier', Number(e.target.value))}
              >
                {TIME_MULTIPLIERS.map((m) => (
                  <option key={m} value={m}>
                    {t('live.settings.timeMultiplierValue', { value: m })}
                  </option>
                ))}
              </select>
              <p className="field__hint">{t('live.settings.timeMultiplierHint')}</p>
            </div>
            <div className="field">
              <label htmlFor="new-game-reading">{t('live.settings.readingSeconds')}</label>
              <input
                id="new-game-reading"
                type="number"
                min={0}
                max={30}
                value={settings.readingSeconds}
                onChange={(e) => set('readingSeconds', clampInt(e.target.value, 0, 30, 4))}
              />
              <p className="field__hint">{t('live.settings.readingHint')}</p>
            </div>
          </div>
          <label className="choice">
            <input
              type="checkbox"
              data-testid="new-game-late-join"
              checked={settings.allowLateJoin}
              onChange={(e) => set('allowLateJoin', e.target.checked)}
            />
            <span>
              <strong>{t('live.settings.allowLateJoin')}</strong>
              <small className="muted">{t('live.settings.allowLateJoinHint')}</small>
            </span>
          </label>
          <div className="form-actions form-actions--start">
            <button type="submit" className="btn btn-primary" data-testid="new-game-submit" disabled={starting}>
              {starting ? t('live.host.starting') : t('live.host.start')}
            </button>
            <Link className="btn btn-secondary" to="/host">
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      )}
    </section>
  );
}

function clampInt(text: string, min: number, max: number, fallback: number): number {
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}
