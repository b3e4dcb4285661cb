import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../../components/ui';
import type { BoardSource } from '../../../../generated/graphql';

interface Props {
  /** The select's id (each form keeps its own). */
  id: string;
  boardSource: BoardSource;
  onBoardSourceChange: (source: BoardSource) => void;
  boardEnabled: boolean;
  onBoardEnabledChange: (enabled: boolean) => void;
}

/** What the public board shows (published or reviewed scores) and whether it is on. */
export function BoardSettingsFields({
  id,
  boardSource,
  onBoardSourceChange,
  boardEnabled,
  onBoardEnabledChange,
}: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={id}
        label={t('campaigns.form.boardSource')}
        value={boardSource}
        onChange={onBoardSourceChange}
        options={(['PUBLISHED', 'REVIEWED'] as const).map((v) => ({
          value: v,
          label: t(`campaigns.boardSource.${v}`),
        }))}
      />
      <label className="cmp-check">
        <input type="checkbox" checked={boardEnabled} onChange={(e) => onBoardEnabledChange(e.target.checked)} />
        {t('campaigns.form.boardEnabled')}
      </label>
    </>
  );
}
