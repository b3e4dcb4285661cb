import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Loading } from '../../../../components/loading';
import type { FlagResolution } from '../../../../generated/graphql';
import { errorText } from '../../../../lib/error-text';
import { ContestFlagsDocument, ResolveContestFlagDocument } from '../../graphql/contests.documents';

import { Button } from '../../../../components/ui';
import { formatDateTime } from '../../../../lib/format';

/** The facts of a flag in words: "10 answers in 8 s (at least 20 s expected)". */
function FlagDetails({ kind, details }: { kind: string; details: string }) {
  const { t } = useTranslation();
  let facts: Record<string, unknown> = {};
  try {
    facts = JSON.parse(details) as Record<string, unknown>;
  } catch {
    return <span>{details}</span>;
  }
  const num = (key: string) => (typeof facts[key] === 'number' ? facts[key] : 0);
  const text = (key: string) => {
    const value = facts[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  if (kind === 'IMPLAUSIBLE_TIMING')
    return (
      <span>
        {t('contests.flags.timing', {
          answered: num('answered'),
          seconds: Math.round(num('durationMs') / 100) / 10,
          minimum: Math.round(num('minimumMs') / 1000),
          score: num('score'),
        })}
      </span>
    );
  if (kind === 'UNIFORM_TIMING')
    return (
      <span>
        {t('contests.flags.uniform', {
          correct: num('correct'),
          answered: num('answered'),
          seconds: Math.round(num('meanIntervalMs') / 100) / 10,
          variation: Math.round(num('variation') * 100),
          score: num('score'),
        })}
      </span>
    );
  if (kind === 'EMPTY_SUBMISSION')
    return <span>{t('contests.flags.emptySubmission', { answered: num('answered'), count: num('questions') })}</span>;
  return (
    <span>
      {t(facts.reason === 'BIRTH_YEAR' ? 'contests.flags.duplicateYear' : 'contests.flags.duplicateName', {
        registeredName: text('registeredName'),
        registeredBirthYear: text('registeredBirthYear'),
        otherName: text('otherName'),
        otherBirthYear: text('otherBirthYear'),
      })}
    </span>
  );
}

/** Flags for review before prizes: implausible timing, the same phone under another name. */
export function ContestFlagsPanel({ contestId, canResolve }: { contestId: string; canResolve: boolean }) {
  const { t } = useTranslation();
  const [unresolvedOnly, setUnresolvedOnly] = useState(true);
  const [result, refetch] = useQuery({
    query: ContestFlagsDocument,
    variables: { contestId, unresolvedOnly },
    requestPolicy: 'cache-and-network',
  });
  const [resolved, resolve] = useMutation(ResolveContestFlagDocument);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const flags = result.data?.contestFlags ?? [];

  const act = (id: string, resolution: FlagResolution) =>
    void resolve({ input: { id, resolution, note: notes[id]?.trim() || null } }).then(() =>
      refetch({ requestPolicy: 'network-only' }),
    );

  return (
    <section aria-labelledby="flags-title" data-testid="contest-flags">
      <div className="toolbar">
        <h2 id="flags-title">{t('contests.flags.title')}</h2>
        <label className="ct-check">
          <input type="checkbox" checked={unresolvedOnly} onChange={(e) => setUnresolvedOnly(e.target.checked)} />
          {t('contests.flags.unresolvedOnly')}
        </label>
      </div>
      <p className="field__hint">{t('contests.flags.lead')}</p>
      <FormError message={errorText(t, result.error ?? resolved.error)} />
      {!result.data && result.fetching && <Loading />}
      {result.data && flags.length === 0 && <p className="empty">{t('contests.flags.empty')}</p>}
      {flags.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('contests.flags.kind')}</th>
                <th>{t('contests.flags.entrant')}</th>
                <th>{t('contests.flags.facts')}</th>
                <th>{t('contests.flags.when')}</th>
                <th>{t('contests.flags.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {flags.map((flag, n) => (
                <tr key={flag.id} data-testid={`flag-row-${n}`}>
                  <td>
                    <span className="badge ct-flag">{t(`contests.flags.kinds.${flag.kind}`)}</span>
                  </td>
                  <td>
                    {flag.entrantName}
                    <br />
                    <span className="muted">{flag.phoneMasked}</span>
                  </td>
                  <td>
                    <FlagDetails kind={flag.kind} details={flag.details} />
                  </td>
                  <td>{formatDateTime(flag.createdAt)}</td>
                  <td>
                    {flag.resolution ? (
                      <span>
                        <strong>{t(`contests.flags.resolutions.${flag.resolution}`)}</strong>
                        {flag.resolutionNote && <span className="muted"> · {flag.resolutionNote}</span>}
                      </span>
                    ) : canResolve ? (
                      <div className="ct-flag-actions">
                        <input
                          aria-label={t('contests.flags.note')}
                          placeholder={t('contests.flags.note')}
                          value={notes[flag.id] ?? ''}
                          onChange={(e) => setNotes((s) => ({ ...s, [flag.id]: e.target.value }))}
                        />
                        <Button size="small" disabled={resolved.fetching} onClick={() => act(flag.id, 'DISMISSED')}>
                          {t('contests.flags.dismiss')}
                        </Button>
                        <Button
                          variant="danger"
                          size="small"
                          disabled={resolved.fetching}
                          onClick={() => {
                            if (window.confirm(t('contests.flags.disqualifyConfirm', { name: flag.entrantName })))
                              act(flag.id, 'DISQUALIFIED');
                          }}
                        >
                          {t('contests.flags.disqualify')}
                        </Button>
                      </div>
                    ) : (
                      <span className="muted">{t('contests.flags.pending')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
