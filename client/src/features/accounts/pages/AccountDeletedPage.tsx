import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** `/account-deleted`: what happened after "Delete my account". */
export function AccountDeletedPage() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('accounts:deleted.title'));
  return (
    <div className="form-page">
      <h1>{t('accounts:deleted.title')}</h1>
      <p className="lead">{t('accounts:deleted.body')}</p>
      <p>{t('accounts:deleted.contributions')}</p>
      <p>
        <Link to={paths.home()}>{t('accounts:registered.toStart')}</Link>
      </p>
    </div>
  );
}
