import { NAMESPACES, type PollStatus } from '@medskapa/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { graphql } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { MunicipalityHeaderQuery } from '../../municipalities/municipalities.graphql';
import { PollCard } from '../components/PollCard';
import { canCreatePolls, MyPollOrganizationsQuery, POLL_STATUS_FILTERS, readPollStatusFilter } from '../pollStatus';
import '../../ideas/ideas.css';

/** One page of a municipality's polls (optionally of one organization or status). */
export const PollsListQuery = graphql(`
  query PollsList($municipalitySlug: String!, $organizationId: ID, $status: PollStatus, $first: Int, $after: String) {
    polls(municipalitySlug: $municipalitySlug, organizationId: $organizationId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          question
          audience
          status
          opensAt
          closesAt
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** Whether the signed-in person may create polls in `slug` (officer, or leader of a council there). */
export function useCanCreatePolls(slug: string): boolean {
  const { viewer } = useViewer();
  const [{ data }] = useQuery({ query: MyPollOrganizationsQuery, pause: !viewer });
  return canCreatePolls(viewer, data?.me?.organizations ?? [], slug);
}

/** `/:slug/polls`: a municipality's youth polls, filtered by the address's `?status=`. */
export function PollsPage() {
  const { slug = '' } = useParams();
  return <Polls key={slug} slug={slug} />;
}

function Polls({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const status = readPollStatusFilter(params);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MunicipalityHeaderQuery, variables: { slug } });
  const canCreate = useCanCreatePolls(slug);
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(
    municipality
      ? t('common:titleWithContext', { page: t('polls:list.title'), parent: municipality.name })
      : notFound
        ? t('taxonomy:municipality.notFound.title')
        : undefined,
  );

  if (notFound) {
    return <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
  }
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  return (
    <>
      <Breadcrumbs crumbs={[{ label: municipality.name, to: paths.municipality(municipality.slug) }, { label: t('polls:list.title') }]} />
      <div className="ideas-header">
        <h1>{t('polls:list.title')}</h1>
        <p className="lead">{t('polls:list.lead', { municipality: municipality.name })}</p>
        {canCreate && (
          <p>
            <Link className="button button--primary" to={paths.newPoll(municipality.slug)}>
              {t('polls:list.create')}
            </Link>
          </p>
        )}
      </div>
      {/* Links, not a select: each filter is an address of its own, so reload and back keep it. */}
      <nav className="tabs" aria-label={t('polls:list.filterLabel')}>
        <ul>
          {[undefined, ...POLL_STATUS_FILTERS].map((value) => (
            <li key={value ?? 'ALL'}>
              <Link
                className="tabs__link"
                to={paths.polls(municipality.slug, value ? new URLSearchParams({ status: value }) : undefined)}
                aria-current={value === status ? 'page' : undefined}
              >
                {t(`polls:list.filters.${value ?? 'ALL'}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <PollResultsList key={status ?? 'ALL'} slug={municipality.slug} status={status} />
    </>
  );
}

/** The matching polls, a polite count, and "Visa fler". */
function PollResultsList({ slug, status }: { slug: string; status: PollStatus | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  const list = useLoadMore(PollsListQuery, { municipalitySlug: slug, status: status ?? null, organizationId: null }, (data) => data.polls);
  useLoadingAnnouncement(list.loading || list.loadingMore);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);

  // After "Visa fler", focus moves to the first new poll, so the reader continues from there.
  useEffect(() => {
    if (firstNew.current === null || list.loadingMore) return;
    const index = firstNew.current;
    if (list.nodes.length <= index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.idea-card__title a')[index]?.focus();
  }, [list.nodes.length, list.loadingMore]);

  const count =
    list.totalCount === undefined
      ? ''
      : list.nodes.length < list.totalCount
        ? t('polls:list.showing', { shown: list.nodes.length, count: list.totalCount })
        : t('polls:list.count', { count: list.totalCount });

  return (
    <section className="idea-results" aria-labelledby="poll-results-heading">
      <h2 id="poll-results-heading" className="visually-hidden">
        {t('polls:list.resultsHeading')}
      </h2>
      <p className="idea-results__count" role="status" aria-live="polite" aria-atomic="true">
        {count}
      </p>
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {list.totalCount === 0 && <p>{status ? t('polls:list.emptyFiltered') : t('polls:list.empty')}</p>}
      {list.nodes.length > 0 && (
        <ul className="idea-list" ref={listRef}>
          {list.nodes.map((poll) => (
            <li key={poll.id}>
              <PollCard slug={slug} poll={poll} />
            </li>
          ))}
        </ul>
      )}
      {(list.hasMore || list.loadingMore) && (
        <p>
          <button
            type="button"
            className="button"
            disabled={list.loadingMore}
            onClick={() => {
              firstNew.current = list.nodes.length;
              list.loadMore();
            }}
          >
            {list.loadingMore ? t('common:status.loading') : t('polls:list.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
