import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { IdeaCard } from '../../ideas/components/IdeaCard';
import { writeFilters } from '../../ideas/filters';
import { PlaceWorkshops } from '../../workshops/components/PlaceWorkshops';
import { PlaceIdeasQuery, PlacePageQuery } from '../places.graphql';
import { Population } from './PlacesPage';
import '../../ideas/ideas.css';
import '../../workshops/outcome/outcome.css';

/** `/:slug/places/:placeId`: a village and what its residents have contributed. */
export function PlacePage() {
  const { slug = '', placeId = '' } = useParams();
  return <Place key={`${slug}/${placeId}`} slug={slug} placeId={placeId} />;
}

function Place({ slug, placeId }: { slug: string; placeId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlacePageQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const place = municipality?.places.find((p) => p.id === placeId);
  const notFound = !place && (isNotFound(error) || (data !== undefined && !error));
  const notFoundTitle = municipality ? t('workshopOutcome:place.notFound.title') : t('taxonomy:municipality.notFound.title');
  useDocumentTitle(
    place && municipality
      ? t('common:titleWithContext', { page: place.name, parent: municipality.name })
      : notFound
        ? notFoundTitle
        : undefined,
  );

  if (notFound) {
    const body = municipality ? t('workshopOutcome:place.notFound.body') : t('taxonomy:municipality.notFound.body');
    return <NotFound title={notFoundTitle} body={body} />;
  }
  if (!place || !municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('workshopOutcome:place.breadcrumb'), to: paths.places(municipality.slug) },
          { label: place.name },
        ]}
      />
      <article className="place" aria-labelledby="place-title">
        <p className="eyebrow">{t(`taxonomy:placeKind.${place.kind}`)}</p>
        <h1 id="place-title">{place.name}</h1>
        {place.population != null && (
          <p className="lead">
            {t('taxonomy:places.columns.population')}: <Population place={place} />
          </p>
        )}
        <PlaceContributions slug={municipality.slug} placeId={place.id} placeName={place.name} workshopInputCount={place.workshopInputCount} />
      </article>
    </>
  );
}

/** The counts, the workshops held there and the newest ideas tagged to the place. */
function PlaceContributions({
  slug,
  placeId,
  placeName,
  workshopInputCount,
}: {
  slug: string;
  placeId: string;
  placeName: string;
  workshopInputCount: number;
}) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, error }, reexecute] = useQuery({ query: PlaceIdeasQuery, variables: { slug, placeId } });
  const ideas = data?.ideas;
  return (
    <>
      <section className="section" aria-labelledby="place-contributions-heading">
        <h2 id="place-contributions-heading">{t('workshopOutcome:place.contributionsHeading', { place: placeName })}</h2>
        <ul className="place-stats">
          <li>{ideas ? t('workshopOutcome:place.ideaCount', { count: ideas.totalCount }) : t('common:status.loading')}</li>
          <li>{t('workshopOutcome:contributions.workshopInputs', { count: workshopInputCount })}</li>
        </ul>
      </section>
      <PlaceWorkshops slug={slug} placeId={placeId} placeName={placeName} />
      <section className="section" aria-labelledby="place-ideas-heading">
        <h2 id="place-ideas-heading">{t('workshopOutcome:place.ideasHeading')}</h2>
        {!ideas && error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!ideas && !error && <Loading />}
        {ideas && ideas.totalCount === 0 && <p>{t('workshopOutcome:place.ideasEmpty', { place: placeName })}</p>}
        {ideas && ideas.edges.length > 0 && (
          <ul className="idea-list">
            {ideas.edges.map(({ node }) => (
              <li key={node.id}>
                <IdeaCard slug={slug} idea={node} />
              </li>
            ))}
          </ul>
        )}
        {ideas && ideas.totalCount > 0 && (
          <p>
            <Link to={paths.ideas(slug, writeFilters({ placeId }))}>{t('workshopOutcome:place.allIdeas', { place: placeName })}</Link>
          </p>
        )}
      </section>
    </>
  );
}
