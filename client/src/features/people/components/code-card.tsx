import { useTranslation } from 'react-i18next';
import type { CardPerson } from '../utils/code-sheets';
import { cardClassLine, joinUrl } from '../utils/code-sheets';
import { QrSvg } from './qr-svg';

/** One cut-out card: who it is for, their personal code in large letters, and its QR code. */
export function CodeCard({ person, origin }: { person: CardPerson; origin: string }) {
  const { t } = useTranslation();
  const code = person.personalCode ?? '';
  const url = joinUrl(origin, code);
  const classLine = cardClassLine(person);
  return (
    <article className="code-card" data-testid="code-card" data-code={code}>
      <QrSvg className="code-card__qr" value={url} label={t('people.codes.qrLabel', { name: person.fullName })} />
      <div className="code-card__text">
        <p className="code-card__unit">{person.unitLine ?? person.unit.name}</p>
        <p className="code-card__name">{person.fullName}</p>
        {classLine && <p className="code-card__class">{classLine}</p>}
        <p className="code-card__label">{t('people.codes.codeLabel')}</p>
        <p className="code-card__code" translate="no">
          {code}
        </p>
        <p className="code-card__hint">{t('people.codes.hint', { host: new URL(origin).host })}</p>
      </div>
    </article>
  );
}
