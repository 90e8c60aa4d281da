import { NAMESPACES } from '@medskapa/shared';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './useDocumentTitle';

interface NotFoundProps {
  title?: string;
  body?: string;
}

/** A proper page for an address that names nothing: one h1, an explanation, a way back. */
export function NotFound({ title, body }: NotFoundProps) {
  const { t } = useTranslation(NAMESPACES);
  const heading = title ?? t('common:notFound.title');
  useDocumentTitle(heading);
  return (
    <div className="not-found">
      <h1>{heading}</h1>
      <p>{body ?? t('common:notFound.body')}</p>
      <p>
        <Link to="/">{t('common:notFound.home')}</Link>
      </p>
    </div>
  );
}

/** The catch-all route. */
export function NotFoundPage() {
  return <NotFound />;
}
