import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/ui';
import type { SheetAutosave } from '../../hooks/use-sheet-autosave';
import { formatScore } from '../../utils/campaign-model';

interface SheetBarProps {
  total: number;
  max: number;
  editable: boolean;
  returned: boolean;
  autosave: SheetAutosave;
  onSubmit: () => void;
  /** What a refused submit misses, shown right above the button. */
  problems?: ReactNode;
}

/** The sticky bar: the total so far, whether the typing is saved, the submit and what it still misses. */
export function SheetBar({ total, max, editable, returned, autosave, onSubmit, problems }: SheetBarProps) {
  const { t, i18n } = useTranslation();
  const fmt = (n: number) => formatScore(n, i18n.language);
  return (
    <footer className={`sheet-bar${problems ? ' has-problems' : ''}`}>
      {problems && <div className="sheet-bar__problems">{problems}</div>}
      <div className="sheet-bar__info">
        <span className="sheet-bar__total">
          {t('campaigns.sheet.total')}: <strong data-testid="sheet-total">{fmt(total)}</strong> / {fmt(max)}
        </span>
        {editable && <SaveStatus autosave={autosave} />}
      </div>
      {editable && (
        <Button variant="primary" className="sheet-bar__submit" data-testid="sheet-submit" onClick={onSubmit}>
          {returned ? t('campaigns.sheet.resubmit') : t('campaigns.sheet.submit')}
        </Button>
      )}
    </footer>
  );
}

/** Saved (at what time), saving, not saved yet, refused, or failed with a retry. */
function SaveStatus({ autosave }: { autosave: SheetAutosave }) {
  const { t, i18n } = useTranslation();
  const { state, savedAt, error } = autosave;
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  return (
    <span
      className={`sheet-saved is-${state}`}
      data-testid="sheet-saved"
      data-state={state}
      role="status"
      aria-live="polite"
    >
      {state === 'saved' &&
        (savedAt ? t('campaigns.sheet.savedAt', { time: time.format(savedAt) }) : t('campaigns.sheet.saved'))}
      {state === 'saving' && t('campaigns.sheet.saving')}
      {state === 'dirty' && t('campaigns.sheet.dirty')}
      {state === 'invalid' && t('campaigns.sheet.invalid')}
      {state === 'error' && (
        <>
          {error}{' '}
          <Button variant="ghost" size="small" onClick={() => void autosave.flush()}>
            {t('campaigns.sheet.retry')}
          </Button>
        </>
      )}
    </span>
  );
}
