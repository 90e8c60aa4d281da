import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

/** Agenda 2030 goal numbers: chips for the eye, one sentence ("Agenda 2030: mål 3, 10") for screen readers. */
export function SdgList({ sdgs }: { sdgs: readonly number[] }) {
  const { t } = useTranslation(NAMESPACES);
  if (sdgs.length === 0) return null;
  return (
    <p className="sdgs">
      <span className="visually-hidden">{t('taxonomy:area.sdgs', { count: sdgs.length, goals: sdgs.join(', ') })}</span>
      <span className="sdgs__visual" aria-hidden="true">
        <span className="sdgs__label">{t('taxonomy:area.sdgsShort')}</span>
        {sdgs.map((goal) => (
          <span key={goal} className="sdgs__goal">
            {goal}
          </span>
        ))}
      </span>
    </p>
  );
}
