import { MembershipRole, NAMESPACES, OrganizationStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { OrganizationSummaryFragment } from '../organizations.graphql';

export interface OrganizationListItem {
  organization: FragmentOf<typeof OrganizationSummaryFragment>;
  /** The viewer's role in it, for "my organizations". */
  role?: MembershipRole;
}

/** Organizations as a list of links with kind, place, members and (unless approved) status. */
export function OrganizationList({ items, showMunicipality = false }: { items: readonly OrganizationListItem[]; showMunicipality?: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <ul className="item-list">
      {items.map(({ organization: masked, role }) => {
        const organization = readFragment(OrganizationSummaryFragment, masked);
        return (
          <li key={organization.id} className="item-list__item">
            <p className="item-list__title">
              <Link to={paths.organization(organization.id)}>{organization.name}</Link>
            </p>
            <ul className="meta-list">
              <li>{t(`organizations:kinds.${organization.kind}`)}</li>
              {showMunicipality && <li>{organization.municipality.name}</li>}
              {organization.homePlace && <li>{organization.homePlace.name}</li>}
              <li>{t('organizations:memberCount', { count: organization.memberCount })}</li>
              {role && <li>{t('organizations:yourRole', { role: t(`organizations:roles.${role}`) })}</li>}
            </ul>
            {organization.status !== OrganizationStatus.APPROVED && (
              <p>
                <StatusBadge status={organization.status} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** PENDING / APPROVED / REJECTED in words, with a colour that is never the only cue. */
export function StatusBadge({ status }: { status: OrganizationStatus }) {
  const { t } = useTranslation(NAMESPACES);
  const tone = status === OrganizationStatus.APPROVED ? 'ok' : status === OrganizationStatus.PENDING ? 'warning' : 'danger';
  return <span className={`badge badge--${tone}`}>{t(`organizations:status.${status}`)}</span>;
}
