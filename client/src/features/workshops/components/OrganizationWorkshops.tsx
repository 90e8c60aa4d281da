import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useWorkshopShortList, WorkshopList } from './PlaceWorkshops';

interface OrganizationWorkshopsProps {
  municipalitySlug: string;
  organizationId: string;
  /** Leaders of the organization and officers: offered "Planera en workshop". */
  canCreate: boolean;
}

/** An organization's workshops on its page (h2, one h3 per workshop), latest first. */
export function OrganizationWorkshops({ municipalitySlug, organizationId, canCreate }: OrganizationWorkshopsProps) {
  const { t } = useTranslation(NAMESPACES);
  const list = useWorkshopShortList(municipalitySlug, { organizationId });
  return (
    <section className="section" aria-labelledby="organization-workshops-heading">
      <h2 id="organization-workshops-heading">{t('workshopOutcome:organization.heading')}</h2>
      {canCreate && (
        <p>
          <Link className="button button--primary" to={paths.newWorkshop(municipalitySlug, organizationId)}>
            {t('workshopOutcome:organization.create')}
          </Link>
        </p>
      )}
      <WorkshopList slug={municipalitySlug} list={list} show="place" empty={t('workshopOutcome:organization.empty')} />
    </section>
  );
}
