import { NAMESPACES } from '@medskapa/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – Medskapa"; leaves it as it is while `page` is unknown. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation(NAMESPACES);
  const title = page === undefined ? undefined : t('common:documentTitle', { page });
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title]);
}
