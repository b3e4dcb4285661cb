import { DEFAULT_LIVE_GAME_SETTINGS, type LiveGameSettings } from '@thidua/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../../../lib/error-text';
import { LiveQuizzesDocument, StartLiveGameDocument } from '../graphql/live.documents';

/** A new game asks players to identify first (guests allowed, marked): only roster persons move a unit's figures. */
export const NEW_GAME_SETTINGS: LiveGameSettings = { ...DEFAULT_LIVE_GAME_SETTINGS, identityMode: 'ROSTER_PREFERRED' };

export type SetGameSetting = <K extends keyof LiveGameSettings>(key: K, value: LiveGameSettings[K]) => void;

/** A new game: the quizzes to choose from, the chosen quiz and rules, and starting it (then to its console). */
export function useNewGame() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error: quizzesError }] = useQuery({ query: LiveQuizzesDocument });
  const [{ fetching: starting, error: startError }, startGame] = useMutation(StartLiveGameDocument);
  const [quizId, setQuizId] = useState('');
  const [settings, setSettings] = useState<LiveGameSettings>(NEW_GAME_SETTINGS);
  const [validation, setValidation] = useState<string | null>(null);
  const set: SetGameSetting = (key, value) => setSettings((s) => ({ ...s, [key]: value }));

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

  return {
    loading: fetching && !data,
    quizzes: data?.quizzes ?? [],
    quizId,
    setQuizId,
    settings,
    set,
    starting,
    error: validation ?? errorText(t, startError) ?? errorText(t, quizzesError),
    submit: (event: FormEvent) => void submit(event),
  };
}
