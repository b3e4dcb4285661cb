import { compareVietnamese, matchesSearch, RANKING_CRITERIA } from '@thidua/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import type {
  ContestFieldsFragment,
  CountingAttempt,
  CreateContestInput,
  Difficulty,
  PredictionKind,
  RankingCriterion,
} from '../../../../generated/graphql';
import { ContestSetupDataDocument } from '../../graphql/contests.documents';

interface RoundRow {
  name: string;
  startsAt: string;
  endsAt: string;
}
interface DrawRow {
  sectionId: string;
  difficulty: Difficulty | '';
  count: string;
}
interface TierRow {
  label: string;
  count: string;
  unitPoints: string;
}

interface FormState {
  title: string;
  rulesText: string;
  rounds: RoundRow[];
  eligibleUnitIds: string[];
  drawRules: DrawRow[];
  timeLimitMinutes: string;
  attemptsPerRound: string;
  countingAttempt: CountingAttempt;
  predictionKind: PredictionKind;
  shuffleOptions: boolean;
  rankingChain: RankingCriterion[];
  participationPoints: string;
  prizeTiers: TierRow[];
}

/** ISO → the value of an <input type="datetime-local"> in the browser's time zone. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value: string): string {
  return new Date(value).toISOString();
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

function initialState(contest: ContestFieldsFragment | null): FormState {
  if (contest)
    return {
      title: contest.title,
      rulesText: contest.rulesText,
      rounds: contest.rounds.map((r) => ({
        name: r.name,
        startsAt: toLocalInput(r.startsAt),
        endsAt: toLocalInput(r.endsAt),
      })),
      eligibleUnitIds: [...contest.eligibleUnitIds],
      drawRules: contest.drawRules.map((r) => ({
        sectionId: r.sectionId ?? '',
        difficulty: r.difficulty ?? '',
        count: String(r.count),
      })),
      timeLimitMinutes: String(Math.round(contest.timeLimitSeconds / 60)),
      attemptsPerRound: String(contest.attemptsPerRound),
      countingAttempt: contest.countingAttempt,
      predictionKind: contest.predictionKind,
      shuffleOptions: contest.shuffleOptions,
      rankingChain: [...contest.rankingChain],
      participationPoints: String(contest.unitPrize.participationPoints),
      prizeTiers: contest.unitPrize.prizeTiers.map((p) => ({
        label: p.label,
        count: String(p.count),
        unitPoints: String(p.unitPoints),
      })),
    };
  const monday = new Date();
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7) + 7);
  return {
    title: '',
    rulesText: '',
    rounds: [0, 1, 2, 3].map((week) => ({
      name: `Đợt ${week + 1}`,
      startsAt: toLocalInput(new Date(monday.getTime() + week * WEEK_MS).toISOString()),
      endsAt: toLocalInput(new Date(monday.getTime() + (week + 1) * WEEK_MS).toISOString()),
    })),
    eligibleUnitIds: [],
    drawRules: [{ sectionId: '', difficulty: '', count: '10' }],
    timeLimitMinutes: '10',
    attemptsPerRound: '3',
    countingAttempt: 'BEST',
    predictionKind: 'PARTICIPANTS',
    shuffleOptions: true,
    rankingChain: [...RANKING_CRITERIA],
    participationPoints: '100',
    prizeTiers: [
      { label: 'Giải Nhất', count: '1', unitPoints: '10' },
      { label: 'Giải Nhì', count: '2', unitPoints: '8' },
      { label: 'Giải Ba', count: '3', unitPoints: '6' },
      { label: 'Giải Khuyến khích', count: '5', unitPoints: '2' },
    ],
  };
}

export function toInput(state: FormState): CreateContestInput {
  return {
    title: state.title.trim(),
    rulesText: state.rulesText,
    rounds: state.rounds.map((r) => ({
      name: r.name.trim(),
      startsAt: fromLocalInput(r.startsAt),
      endsAt: fromLocalInput(r.endsAt),
    })),
    eligibleUnitIds: state.eligibleUnitIds,
    drawRules: state.drawRules.map((r) => ({
      sectionId: r.sectionId || null,
      difficulty: r.difficulty || null,
      count: Number(r.count),
    })),
    timeLimitSeconds: Math.round(Number(state.timeLimitMinutes) * 60),
    attemptsPerRound: Number(state.attemptsPerRound),
    countingAttempt: state.countingAttempt,
    predictionKind: state.predictionKind,
    shuffleOptions: state.shuffleOptions,
    rankingChain: state.rankingChain,
    unitPrize: {
      participationPoints: Number(state.participationPoints),
      prizeTiers: state.prizeTiers.map((p) => ({
        label: p.label.trim(),
        count: Number(p.count),
        unitPoints: Number(p.unitPoints),
      })),
    },
  };
}

interface ContestFormProps {
  contest: ContestFieldsFragment | null;
  readOnly: boolean;
  busy: boolean;
  error: string | null;
  saved: boolean;
  onSave: (input: CreateContestInput) => void;
}

/**
 * Set-up of a contest. Title and rules can change any time; everything that decides
 * scores and ranks (rounds, draw, time, attempts, chain, prizes) only while DRAFT.
 */
export function ContestForm({ contest, readOnly, busy, error, saved, onSave }: ContestFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => initialState(contest));
  const [unitQuery, setUnitQuery] = useState('');
  const [data] = useQuery({ query: ContestSetupDataDocument });
  const locked = readOnly || (contest !== null && contest.status !== 'DRAFT');
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const sections = useMemo(
    () => (data.data?.resolutions ?? []).map((r) => ({ resolution: r, sections: r.sections })),
    [data.data],
  );
  const units = useMemo(() => {
    const list = data.data?.units ?? [];
    const byId = new Map(list.map((u) => [u.id, u]));
    const depth = (id: string | null | undefined, n = 0): number => {
      const parent = id ? byId.get(id) : undefined;
      return parent ? depth(parent.parentId, n + 1) : n;
    };
    return [...list]
      .map((u) => ({
        ...u,
        depth: depth(u.parentId),
        parentName: u.parentId ? (byId.get(u.parentId)?.name ?? '') : '',
      }))
      .sort((a, b) => compareVietnamese(a.parentName, b.parentName) || compareVietnamese(a.name, b.name));
  }, [data.data]);
  const shownUnits = units.filter((u) => matchesSearch(`${u.name} ${u.code} ${u.parentName}`, unitQuery));
  const questionCount = state.drawRules.reduce((sum, r) => sum + (Number(r.count) || 0), 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave(toInput(state));
  }

  const moveCriterion = (from: number, to: number) =>
    setState((s) => {
      const chain = [...s.rankingChain];
      const [item] = chain.splice(from, 1);
      chain.splice(to, 0, item);
      return { ...s, rankingChain: chain };
    });

  return (
    <form className="form ct-form" onSubmit={submit} noValidate data-testid="contest-form">
      <FormError message={error} />
      {saved && <p className="alert alert-success">{t('contests.setup.saved')}</p>}
      {contest && contest.status !== 'DRAFT' && !readOnly && (
        <p className="alert alert-info">{t('contests.setup.lockedNote')}</p>
      )}
      <fieldset disabled={readOnly} className="ct-fieldset">
        <div className="field">
          <label htmlFor="ct-title">{t('contests.setup.titleField')}</label>
          <input
            id="ct-title"
            data-testid="contest-title-input"
            value={state.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="ct-rules">{t('contests.setup.rules')}</label>
          <textarea id="ct-rules" rows={8} value={state.rulesText} onChange={(e) => set('rulesText', e.target.value)} />
        </div>
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset">
        <legend>{t('contests.setup.roundsTitle')}</legend>
        <table className="table table--compact">
          <thead>
            <tr>
              <th>{t('contests.setup.roundName')}</th>
              <th>{t('contests.setup.startsAt')}</th>
              <th>{t('contests.setup.endsAt')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {state.rounds.map((round, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={t('contests.setup.roundName')}
                    value={round.name}
                    onChange={(e) =>
                      set(
                        'rounds',
                        state.rounds.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    type="datetime-local"
                    aria-label={t('contests.setup.startsAt')}
                    value={round.startsAt}
                    onChange={(e) =>
                      set(
                        'rounds',
                        state.rounds.map((r, j) => (j === i ? { ...r, startsAt: e.target.value } : r)),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    type="datetime-local"
                    aria-label={t('contests.setup.endsAt')}
                    value={round.endsAt}
                    onChange={(e) =>
                      set(
                        'rounds',
                        state.rounds.map((r, j) => (j === i ? { ...r, endsAt: e.target.value } : r)),
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() =>
                      set(
                        'rounds',
                        state.rounds.filter((_, j) => j !== i),
                      )
                    }
                    disabled={state.rounds.length <= 1}
                  >
                    {t('contests.setup.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => {
            const last = state.rounds[state.rounds.length - 1];
            const start = last ? new Date(last.endsAt).getTime() : Date.now();
            set('rounds', [
              ...state.rounds,
              {
                name: `Đợt ${state.rounds.length + 1}`,
                startsAt: toLocalInput(new Date(start).toISOString()),
                endsAt: toLocalInput(new Date(start + WEEK_MS).toISOString()),
              },
            ]);
          }}
        >
          + {t('contests.setup.addRound')}
        </button>
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset">
        <legend>{t('contests.setup.drawTitle', { count: questionCount })}</legend>
        <p className="field__hint">{t('contests.setup.drawHint')}</p>
        <table className="table table--compact">
          <thead>
            <tr>
              <th>{t('contests.setup.section')}</th>
              <th>{t('contests.setup.difficulty')}</th>
              <th>{t('contests.setup.count')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {state.drawRules.map((rule, i) => (
              <tr key={i}>
                <td>
                  <select
                    aria-label={t('contests.setup.section')}
                    value={rule.sectionId}
                    onChange={(e) =>
                      set(
                        'drawRules',
                        state.drawRules.map((r, j) => (j === i ? { ...r, sectionId: e.target.value } : r)),
                      )
                    }
                  >
                    <option value="">{t('contests.setup.anySection')}</option>
                    {sections.map(({ resolution, sections: list }) => (
                      <optgroup key={resolution.id} label={`${resolution.code} · ${resolution.title}`}>
                        {list.map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.title.startsWith(s.key) ? s.title : `${s.key} · ${s.title}`}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('contests.setup.difficulty')}
                    value={rule.difficulty}
                    onChange={(e) =>
                      set(
                        'drawRules',
                        state.drawRules.map((r, j) =>
                          j === i ? { ...r, difficulty: e.target.value as Difficulty | '' } : r,
                        ),
                      )
                    }
                  >
                    <option value="">{t('contests.setup.anyDifficulty')}</option>
                    {(['EASY', 'MEDIUM', 'HARD'] as const).map((d) => (
                      <option key={d} value={d}>
                        {t(`contests.difficulty.${d}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="number"
                    min={1}
                    className="ct-num"
                    aria-label={t('contests.setup.count')}
                    value={rule.count}
                    onChange={(e) =>
                      set(
                        'drawRules',
                        state.drawRules.map((r, j) => (j === i ? { ...r, count: e.target.value } : r)),
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() =>
                      set(
                        'drawRules',
                        state.drawRules.filter((_, j) => j !== i),
                      )
                    }
                    disabled={state.drawRules.length <= 1}
                  >
                    {t('contests.setup.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => set('drawRules', [...state.drawRules, { sectionId: '', difficulty: '', count: '1' }])}
        >
          + {t('contests.setup.addRule')}
        </button>
        <label className="ct-check">
          <input
            type="checkbox"
            checked={state.shuffleOptions}
            onChange={(e) => set('shuffleOptions', e.target.checked)}
          />
          {t('contests.setup.shuffle')}
        </label>
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset ct-grid">
        <legend>{t('contests.setup.attemptTitle')}</legend>
        <div className="field">
          <label htmlFor="ct-time">{t('contests.setup.timeLimit')}</label>
          <input
            id="ct-time"
            type="number"
            min={1}
            className="ct-num"
            value={state.timeLimitMinutes}
            onChange={(e) => set('timeLimitMinutes', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="ct-attempts">{t('contests.setup.attemptsPerRound')}</label>
          <input
            id="ct-attempts"
            type="number"
            min={1}
            className="ct-num"
            value={state.attemptsPerRound}
            onChange={(e) => set('attemptsPerRound', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="ct-counting">{t('contests.setup.counting')}</label>
          <select
            id="ct-counting"
            value={state.countingAttempt}
            onChange={(e) => set('countingAttempt', e.target.value as CountingAttempt)}
          >
            <option value="BEST">{t('contests.setup.countingBEST')}</option>
            <option value="LAST">{t('contests.setup.countingLAST')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ct-prediction">{t('contests.setup.prediction')}</label>
          <select
            id="ct-prediction"
            value={state.predictionKind}
            onChange={(e) => set('predictionKind', e.target.value as PredictionKind)}
          >
            {(['NONE', 'PARTICIPANTS', 'PERFECT_SCORES'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`contests.predictionKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset">
        <legend>{t('contests.setup.chainTitle')}</legend>
        <p className="field__hint">{t('contests.setup.chainHint')}</p>
        <ol className="ct-chain" data-testid="contest-chain">
          {state.rankingChain.map((criterion, i) => (
            <li key={criterion}>
              <span>{t(`contests.criterion.${criterion}`)}</span>
              <span className="ct-chain__moves">
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  disabled={i === 0}
                  aria-label={t('contests.setup.moveUp')}
                  onClick={() => moveCriterion(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  disabled={i === state.rankingChain.length - 1}
                  aria-label={t('contests.setup.moveDown')}
                  onClick={() => moveCriterion(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  disabled={criterion === 'SCORE'}
                  onClick={() =>
                    set(
                      'rankingChain',
                      state.rankingChain.filter((c) => c !== criterion),
                    )
                  }
                >
                  {t('contests.setup.remove')}
                </button>
              </span>
            </li>
          ))}
        </ol>
        {RANKING_CRITERIA.filter((c) => !state.rankingChain.includes(c)).map((c) => (
          <button
            key={c}
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => set('rankingChain', [...state.rankingChain, c])}
          >
            + {t(`contests.criterion.${c}`)}
          </button>
        ))}
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset">
        <legend>{t('contests.setup.prizeTitle')}</legend>
        <p className="field__hint">{t('contests.setup.prizeHint')}</p>
        <div className="field">
          <label htmlFor="ct-pp">{t('contests.setup.participationPoints')}</label>
          <input
            id="ct-pp"
            type="number"
            min={0}
            className="ct-num"
            value={state.participationPoints}
            onChange={(e) => set('participationPoints', e.target.value)}
          />
        </div>
        <table className="table table--compact">
          <thead>
            <tr>
              <th>{t('contests.setup.tierLabel')}</th>
              <th>{t('contests.setup.tierCount')}</th>
              <th>{t('contests.setup.tierPoints')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {state.prizeTiers.map((tier, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={t('contests.setup.tierLabel')}
                    value={tier.label}
                    onChange={(e) =>
                      set(
                        'prizeTiers',
                        state.prizeTiers.map((p, j) => (j === i ? { ...p, label: e.target.value } : p)),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={1}
                    className="ct-num"
                    aria-label={t('contests.setup.tierCount')}
                    value={tier.count}
                    onChange={(e) =>
                      set(
                        'prizeTiers',
                        state.prizeTiers.map((p, j) => (j === i ? { ...p, count: e.target.value } : p)),
                      )
                    }
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    className="ct-num"
                    aria-label={t('contests.setup.tierPoints')}
                    value={tier.unitPoints}
                    onChange={(e) =>
                      set(
                        'prizeTiers',
                        state.prizeTiers.map((p, j) => (j === i ? { ...p, unitPoints: e.target.value } : p)),
                      )
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-small"
                    onClick={() =>
                      set(
                        'prizeTiers',
                        state.prizeTiers.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('contests.setup.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => set('prizeTiers', [...state.prizeTiers, { label: '', count: '1', unitPoints: '0' }])}
        >
          + {t('contests.setup.addTier')}
        </button>
      </fieldset>

      <fieldset disabled={locked} className="ct-fieldset">
        <legend>
          {t('contests.setup.unitsTitle')}{' '}
          <span className="muted">
            {state.eligibleUnitIds.length === 0
              ? t('contests.setup.allUnits')
              : t('contests.setup.someUnits', { count: state.eligibleUnitIds.length })}
          </span>
        </legend>
        <p className="field__hint">{t('contests.setup.unitsHint')}</p>
        <input
          type="search"
          className="ct-unit-search"
          placeholder={t('contests.register.unitSearchPlaceholder')}
          value={unitQuery}
          onChange={(e) => setUnitQuery(e.target.value)}
        />
        <div className="ct-units">
          {shownUnits.map((u) => (
            <label key={u.id} className="ct-check" style={{ paddingLeft: `${u.depth * 1.1}rem` }}>
              <input
                type="checkbox"
                checked={state.eligibleUnitIds.includes(u.id)}
                onChange={(e) =>
                  set(
                    'eligibleUnitIds',
                    e.target.checked
                      ? [...state.eligibleUnitIds, u.id]
                      : state.eligibleUnitIds.filter((x) => x !== u.id),
                  )
                }
              />
              {u.name} <code className="muted">{u.code}</code>
            </label>
          ))}
        </div>
      </fieldset>

      {!readOnly && (
        <div className="form-actions form-actions--start">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="contest-save">
            {contest ? t('contests.setup.save') : t('contests.setup.create')}
          </button>
        </div>
      )}
    </form>
  );
}
