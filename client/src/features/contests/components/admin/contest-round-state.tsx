import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../../../components/form-error';
import { Button } from '../../../../components/ui';
import { contestErrorText } from '../../utils/contest-errors';
import { formatDateTime } from '../../../../lib/format';

interface Props {
  round: { id: string; name: string };
  frozenAt: string | null;
  publishedAt: string | null;
  canManage: boolean;
  freezing: boolean;
  publishing: boolean;
  error: CombinedError | undefined;
  onFreeze: () => void;
  onPublish: () => void;
}

/** Where a round's results stand (live, frozen, published) and the buttons that move them on. */
export function ContestRoundState(props: Props) {
  const { round, frozenAt, publishedAt, canManage } = props;
  const { t } = useTranslation();
  return (
    <div className="ct-round-state">
      <p>
        {publishedAt
          ? t('contests.results.publishedAt', { time: formatDateTime(publishedAt) })
          : frozenAt
            ? t('contests.results.frozenAt', { time: formatDateTime(frozenAt) })
            : t('contests.results.live')}
      </p>
      {canManage && (
        <div className="ct-round-state__actions">
          <Button
            data-testid="freeze-round"
            disabled={Boolean(frozenAt) || Boolean(publishedAt) || props.freezing}
            onClick={props.onFreeze}
          >
            {t('contests.results.freeze')}
          </Button>
          <Button
            variant="primary"
            data-testid="publish-round"
            disabled={Boolean(publishedAt) || props.publishing}
            onClick={() => {
              if (window.confirm(t('contests.results.publishConfirm', { name: round.name }))) props.onPublish();
            }}
          >
            {t('contests.results.publish')}
          </Button>
        </div>
      )}
      <FormError message={contestErrorText(t, props.error)} />
    </div>
  );
}
