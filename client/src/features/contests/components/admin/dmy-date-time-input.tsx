import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDmyTime, parseDmyTime } from '../../../../lib/dmy-date';

/**
 * A date and time typed and shown as dd/mm/yyyy hh:mm, whatever the browser's language (a
 * native datetime-local input shows mm/dd/yyyy in an English browser). Holds the local
 * "YYYY-MM-DDTHH:mm" value; a text that is not a real date is marked and, on leaving the
 * field, replaced by the last good value, so the field always shows what will be saved.
 */
export function DmyDateTimeInput({
  value,
  onChange,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [text, setText] = useState(() => formatDmyTime(value));
  const [shown, setShown] = useState(value);
  // A new value from outside (a round added, the weekly plan): show it.
  if (value !== shown) {
    setShown(value);
    setText(formatDmyTime(value));
  }
  const invalid = parseDmyTime(text) === null;
  return (
    <>
      <input
        type="text"
        className="ct-dmy"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? hintId : undefined}
        placeholder={t('contests.setup.dateTimePlaceholder')}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseDmyTime(e.target.value);
          if (parsed !== null && parsed !== value) {
            setShown(parsed);
            onChange(parsed);
          }
        }}
        onBlur={() => setText(formatDmyTime(value))}
      />
      {invalid && (
        <small id={hintId} className="ct-dmy__hint" role="alert">
          {t('contests.setup.dateTimeHint')}
        </small>
      )}
    </>
  );
}
