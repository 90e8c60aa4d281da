import { NAMESPACES, WorkshopOutcomeStatus } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import type { ResultOf } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { WorkshopShortListQuery } from '../outcome/outcome.graphql';
import '../../ideas/ideas.css';
import '../outcome/outcome.css';

type ListedWorkshop = ResultOf<typeof WorkshopShortListQuery>['workshops']['edges'][number]['node'];

/** A place's or an organization's workshops, latest first, page by page. */
export function useWorkshopShortList(municipalitySlug: string, filter: { placeId?: string; organizationId?: string }) {
  return useLoadMore(
    WorkshopShortListQuery,
    { municipalitySlug, placeId: filter.placeId ?? null, organizationId: filter.organizationId ?? null },
    (data) => data.workshops,
  );
}

/** One workshop in a short list: title (link), date, organizer or place, how its outcome stands. */
export function WorkshopListItem({ slug, workshop, show }: { slug: string; workshop: ListedWorkshop; show: 'organization' | 'place' }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const titleId = useId();
  const started = new Date(workshop.startsAt).getTime() <= Date.now();
  return (
    <article className="idea-card workshop-card" aria-labelledby={titleId}>
      <h3 className="idea-card__title" id={titleId}>
        <Link to={paths.workshop(slug, workshop.id)}>{workshop.title}</Link>
      </h3>
      <ul className="meta-list">
        <li>
          <time dateTime={workshop.startsAt}>{formatDateTime(workshop.startsAt, language, { dateStyle: 'long', timeStyle: 'short' })}</time>
        </li>
        {show === 'organization' && <li>{t('workshopOutcome:list.organization', { organization: workshop.organization.name })}</li>}
        {show === 'place' && workshop.place && <li>{workshop.place.name}</li>}
        {workshop.cancelledAt ? (
          <li>{t('workshopOutcome:list.cancelled')}</li>
        ) : (
          (started || workshop.outcomeStatus !== WorkshopOutcomeStatus.NONE) && (
            <li>{t(`workshops:outcomeStatus.${workshop.outcomeStatus as WorkshopOutcomeStatus}`)}</li>
          )
        )}
      </ul>
    </article>
  );
}

/** The workshops held in a place, for its page (h2, then one h3 per workshop). */
export function PlaceWorkshops({ slug, placeId, placeName }: { slug: string; placeId: string; placeName: string }) {
  const { t } = useTranslation(NAMESPACES);
  const list = useWorkshopShortList(slug, { placeId });
  return (
    <section className="section" aria-labelledby="place-workshops-heading">
      <h2 id="place-workshops-heading">{t('workshopOutcome:place.workshopsHeading', { place: placeName })}</h2>
      <WorkshopList slug={slug} list={list} show="organization" empty={t('workshopOutcome:place.workshopsEmpty')} />
    </section>
  );
}

/** The list with its states: loading, error, empty, "Visa fler workshoppar". */
export function WorkshopList({
  slug,
  list,
  show,
  empty,
}: {
  slug: string;
  list: ReturnType<typeof useWorkshopShortList>;
  show: 'organization' | 'place';
  empty: string;
}) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <>
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {list.totalCount === 0 && <p>{empty}</p>}
      {list.nodes.length > 0 && (
        <ul className="idea-list">
          {list.nodes.map((workshop) => (
            <li key={workshop.id}>
              <WorkshopListItem slug={slug} workshop={workshop} show={show} />
            </li>
          ))}
        </ul>
      )}
      {(list.hasMore || list.loadingMore) && (
        <p>
          <button type="button" className="button" disabled={list.loadingMore} onClick={list.loadMore}>
            {list.loadingMore ? t('common:status.loading') : t('workshopOutcome:list.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
