import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { WorkshopCard } from '../components/WorkshopCard';
import { canPlanWorkshops, MyWorkshopOrganizationsQuery, WorkshopFiltersQuery, WorkshopsListQuery } from '../workshops.graphql';
import '../../ideas/ideas.css';
import '../workshops.css';

/** The tabs, in order; UPCOMING is the default (no `when` in the address). */
export const WORKSHOP_WHEN = ['UPCOMING', 'PAST', 'ALL'] as const;
export type WorkshopWhenFilter = (typeof WORKSHOP_WHEN)[number];

/** The list's filters as the address carries them: `?when=PAST&place=<id>&organization=<id>`. */
export interface WorkshopFilters {
  when: WorkshopWhenFilter;
  placeId: string;
  organizationId: string;
}

export function readWorkshopFilters(params: URLSearchParams): WorkshopFilters {
  const when = params.get('when') ?? '';
  return {
    when: (WORKSHOP_WHEN as readonly string[]).includes(when) ? (when as WorkshopWhenFilter) : 'UPCOMING',
    placeId: params.get('place') ?? '',
    organizationId: params.get('organization') ?? '',
  };
}

export function writeWorkshopFilters(filters: WorkshopFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.when !== 'UPCOMING') params.set('when', filters.when);
  if (filters.placeId) params.set('place', filters.placeId);
  if (filters.organizationId) params.set('organization', filters.organizationId);
  return params;
}

/** Whether the signed-in person may plan workshops in `slug`. */
export function useCanPlanWorkshops(slug: string): boolean {
  const { viewer } = useViewer();
  const [{ data }] = useQuery({ query: MyWorkshopOrganizationsQuery, pause: !viewer });
  return canPlanWorkshops(viewer, data?.me?.organizations ?? [], slug);
}

/** `/:slug/workshops`: a municipality's workshops, filtered by the address. */
export function WorkshopsPage() {
  const { slug = '' } = useParams();
  return <Workshops key={slug} slug={slug} />;
}

function Workshops({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const filters = readWorkshopFilters(params);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkshopFiltersQuery, variables: { slug } });
  const canPlan = useCanPlanWorkshops(slug);
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(
    municipality
      ? t('common:titleWithContext', { page: t('workshops:list.title'), parent: municipality.name })
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
  const places = municipality.places;
  const organizations = [...(data?.organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <>
      <Breadcrumbs crumbs={[{ label: municipality.name, to: paths.municipality(municipality.slug) }, { label: t('workshops:list.title') }]} />
      <div className="ideas-header">
        <h1>{t('workshops:list.title')}</h1>
        <p className="lead">{t('workshops:list.lead', { municipality: municipality.name })}</p>
        {canPlan && (
          <p>
            <Link className="button button--primary" to={paths.newWorkshop(municipality.slug)}>
              {t('workshops:list.create')}
            </Link>
          </p>
        )}
      </div>
      {/* Links, not buttons: each tab is an address of its own, so reload and back keep it. */}
      <nav className="tabs" aria-label={t('workshops:list.whenLabel')}>
        <ul>
          {WORKSHOP_WHEN.map((when) => (
            <li key={when}>
              <Link
                className="tabs__link"
                to={paths.workshops(municipality.slug, writeWorkshopFilters({ ...filters, when }))}
                aria-current={when === filters.when ? 'page' : undefined}
              >
                {t(`workshops:list.when.${when}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <WorkshopFilterForm
        key={`${filters.placeId}|${filters.organizationId}`}
        filters={filters}
        places={places}
        organizations={organizations}
      />
      <WorkshopResultsList key={`${filters.when}|${filters.placeId}|${filters.organizationId}`} slug={municipality.slug} filters={filters} />
    </>
  );
}

/** Place and organization selects, applied with a button (a change of select never moves the page). */
function WorkshopFilterForm({
  filters,
  places,
  organizations,
}: {
  filters: WorkshopFilters;
  places: readonly { id: string; name: string }[];
  organizations: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation(NAMESPACES);
  const [, setParams] = useSearchParams();
  const [placeId, setPlaceId] = useState(filters.placeId);
  const [organizationId, setOrganizationId] = useState(filters.organizationId);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams(writeWorkshopFilters({ when: filters.when, placeId, organizationId }));
  };
  const onClear = () => setParams(writeWorkshopFilters({ when: filters.when, placeId: '', organizationId: '' }));
  return (
    <form className="idea-filters workshop-filters" role="search" aria-label={t('workshops:list.filterLabel')} onSubmit={onSubmit}>
      <div className="idea-filters__grid">
        <div className="field">
          <label className="field__label" htmlFor="workshop-filter-place">
            {t('workshops:list.place')}
          </label>
          <select id="workshop-filter-place" className="field__select" value={placeId} onChange={(e) => setPlaceId(e.target.value)}>
            <option value="">{t('workshops:list.allPlaces')}</option>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="workshop-filter-organization">
            {t('workshops:list.organization')}
          </label>
          <select
            id="workshop-filter-organization"
            className="field__select"
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">{t('workshops:list.allOrganizations')}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          {t('workshops:list.apply')}
        </button>
        {(filters.placeId || filters.organizationId) && (
          <button type="button" className="button" onClick={onClear}>
            {t('workshops:list.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The matching workshops, a polite count, and "Visa fler". */
function WorkshopResultsList({ slug, filters }: { slug: string; filters: WorkshopFilters }) {
  const { t } = useTranslation(NAMESPACES);
  const list = useLoadMore(
    WorkshopsListQuery,
    {
      municipalitySlug: slug,
      when: filters.when,
      placeId: filters.placeId || null,
      organizationId: filters.organizationId || null,
      goalId: null,
    },
    (data) => data.workshops,
  );
  useLoadingAnnouncement(list.loading || list.loadingMore);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);

  // After "Visa fler", focus moves to the first new workshop, so the reader continues from there.
  useEffect(() => {
    if (firstNew.current === null || list.loadingMore) return;
    const index = firstNew.current;
    if (list.nodes.length <= index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.idea-card__title a')[index]?.focus();
  }, [list.nodes.length, list.loadingMore]);

  const filtered = !!(filters.placeId || filters.organizationId);
  const count =
    list.totalCount === undefined
      ? ''
      : list.nodes.length < list.totalCount
        ? t('workshops:list.showing', { shown: list.nodes.length, count: list.totalCount })
        : t('workshops:list.count', { count: list.totalCount });

  return (
    <section className="idea-results" aria-labelledby="workshop-results-heading">
      <h2 id="workshop-results-heading" className="visually-hidden">
        {t('workshops:list.resultsHeading')}
      </h2>
      <p className="idea-results__count" role="status" aria-live="polite" aria-atomic="true">
        {count}
      </p>
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {list.totalCount === 0 && <p>{filtered ? t('workshops:list.emptyFiltered') : t(`workshops:list.empty.${filters.when}`)}</p>}
      {list.nodes.length > 0 && (
        <ul className="idea-list" ref={listRef}>
          {list.nodes.map((workshop) => (
            <li key={workshop.id}>
              <WorkshopCard slug={slug} workshop={workshop} />
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
            {list.loadingMore ? t('common:status.loading') : t('workshops:list.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
