import { useTranslation } from 'react-i18next';

interface Props {
  boardEnabled: boolean;
  onBoardEnabledChange: (enabled: boolean) => void;
}

/** Whether the public board is on; it shows published results only, what unit officers may read (issue 16). */
export function BoardSettingsFields({ boardEnabled, onBoardEnabledChange }: Props) {
  const { t } = useTranslation();
  return (
    <div>
      <label className="cmp-check">
        <input type="checkbox" checked={boardEnabled} onChange={(e) => onBoardEnabledChange(e.target.checked)} />
        {t('campaigns.form.boardEnabled')}
      </label>
      <p className="field__hint">{t('campaigns.form.boardPublishedOnly')}</p>
    </div>
  );
}
