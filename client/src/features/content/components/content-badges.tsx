import type { Difficulty, QuestionStatus, QuestionType } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ status, testId }: { status: QuestionStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-status badge-status--${status.toLowerCase()}`} data-testid={testId}>
      {t(`content.status.${status}`)}
    </span>
  );
}

export function TypeBadge({ type }: { type: QuestionType }) {
  const { t } = useTranslation();
  return <span className="badge badge-kind">{t(`content.type.${type}`)}</span>;
}

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-difficulty badge-difficulty--${difficulty.toLowerCase()}`}>
      {t(`content.difficulty.${difficulty}`)}
    </span>
  );
}

/** "v3", with the version games use when it is an older one. */
export function VersionLabel({ current, published }: { current: number; published: number | null }) {
  const { t } = useTranslation();
  return (
    <span className="version-label">
      {t('content.versionShort', { n: current })}
      {published !== null && published !== current && (
        <span className="muted"> · {t('content.inUseVersion', { n: published })}</span>
      )}
    </span>
  );
}
