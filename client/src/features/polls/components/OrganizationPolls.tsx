import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PollsListQuery } from '../pages/PollsPage';
import { PollCard } from './PollCard';
import '../../ideas/ideas.css';

interface OrganizationPollsProps {
  municipalitySlug: string;
  organizationId: string;
  /** Leaders of an approved council and officers: offered "Ny omröstning". */
  canCreate: boolean;
}

/** A school or youth council's polls on its organization page (h2, cards with h3). */
export function OrganizationPolls({ municipalitySlug, organizationId, canCreate }: OrganizationPollsProps) {
  const { t } = useTranslation(NAMESPACES);
  const list = useLoadMore(PollsListQuery, { municipalitySlug, organizationId, status: null }, (data) => data.polls);
  return (
    <section className="section" aria-labelledby="organization-polls-heading">
      <h2 id="organization-polls-heading">{t('polls:organization.heading')}</h2>
      {canCreate && (
        <p>
          <Link className="button button--primary" to={paths.newPoll(municipalitySlug, organizationId)}>
            {t('polls:organization.create')}
          </Link>
        </p>
      )}
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {list.totalCount === 0 && <p>{t('polls:organization.empty')}</p>}
      {list.nodes.length > 0 && (
        <ul className="idea-list">
          {list.nodes.map((poll) => (
            <li key={poll.id}>
              <PollCard slug={municipalitySlug} poll={poll} />
            </li>
          ))}
        </ul>
      )}
      {(list.hasMore || list.loadingMore) && (
        <p>
          <button type="button" className="button" disabled={list.loadingMore} onClick={list.loadMore}>
            {list.loadingMore ? t('common:status.loading') : t('polls:list.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
