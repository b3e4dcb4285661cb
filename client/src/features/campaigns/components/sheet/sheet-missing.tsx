import type { IndicatorDef, submitProblems } from '@thidua/shared';
import { useTranslation } from 'react-i18next';

type Problems = ReturnType<typeof submitProblems>;

/** Why the submit was refused, indicator by indicator, each a link to its card. */
export function SheetMissing({ problems, defs }: { problems: Problems; defs: readonly IndicatorDef[] }) {
  const { t } = useTranslation();
  const links = (codes: readonly string[]) =>
    codes.map((code) => (
      <a key={code} href={`#indicator-${code}`} className="sheet-missing__link">
        {code} {defs.find((d) => d.code === code)?.title}
      </a>
    ));
  return (
    <div className="alert alert-error sheet-alert" id="sheet-missing" data-testid="sheet-missing" role="alert">
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
