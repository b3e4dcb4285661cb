import type { IndicatorDef, submitProblems } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

type Problems = ReturnType<typeof submitProblems>;

/**
 * Why the submit was refused, indicator by indicator, shown beside the submit button
 * (where the officer's thumb is); each item brings its card into view and focuses it.
 */
export function SheetMissing({
  problems,
  defs,
  onGoTo,
}: {
  problems: Problems;
  defs: readonly IndicatorDef[];
  onGoTo: (code: string) => void;
}) {
  const { t } = useTranslation();
  const links = (codes: readonly string[]) =>
    codes.map((code) => (
      <a
        key={code}
        href={`#indicator-${code}`}
        className="sheet-missing__link"
        onClick={(e) => {
          e.preventDefault();
          onGoTo(code);
        }}
      >
        {code} {defs.find((d) => d.code === code)?.title}
      </a>
    ));
  return (
    <div className="alert alert-error sheet-missing" id="sheet-missing" data-testid="sheet-missing" role="alert">
      <strong>{t('campaigns.sheet.missingTitle')}</strong>
      {problems.unscored.length > 0 && (
        <p>
          {t('campaigns.sheet.unscored')} {links(problems.unscored)}
        </p>
      )}
      {problems.missingEvidence.length > 0 && (
        <p>
          {t('campaigns.sheet.noEvidence')} {links(problems.missingEvidence)}
        </p>
      )}
    </div>
  );
}

/** Brings an indicator's card into view and puts the focus on it (it is highlighted as missing). */
export function focusIndicator(code: string): void {
  const card = document.getElementById(`indicator-${code}`);
  if (!card) return;
  // Already typing in that card: leave the focus where it is (moving it would blur and resave the field).
  if (card.contains(document.activeElement)) return;
  // jsdom and old browsers have no scrollIntoView options; the focus still moves.
  card.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
  card.focus({ preventScroll: true });
}
