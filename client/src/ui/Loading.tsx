import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

/**
 * The visible placeholder while a page loads. It reserves the height of a page heading and a
 * few lines so the footer does not jump; the announcement comes from the live region.
 */
export function Loading() {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="loading" aria-hidden="true">
      <span className="loading__spinner" />
      <span>{t('common:status.loading')}</span>
    </div>
  );
}
