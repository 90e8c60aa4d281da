import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { MyOrganizations } from '../../organizations/pages/OrganizationsPage';

/** "My organizations" on the profile, with the way to register a new one. */
export function MyOrganizationsSection() {
  const { t } = useTranslation(NAMESPACES);
  return (
    <MyOrganizations>
      <p>
        <Link to={paths.organizations()}>{t('organizations:mine.all')}</Link>
      </p>
    </MyOrganizations>
  );
}
