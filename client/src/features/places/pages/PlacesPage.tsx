import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PlacesPageQuery } from '../places.graphql';

type Place = Pick<NonNullable<ResultOf<typeof PlacesPageQuery>['municipality']>['places'][number], 'population' | 'populationYear'>;

/** `/:slug/places`: the municipality's central town, villages and districts. */
export function PlacesPage() {
  const { slug = '' } = useParams();
  return <Places key={slug} slug={slug} />;
}

function Places({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlacesPageQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  const title = municipality ? t('taxonomy:places.title', { municipality: municipality.name }) : undefined;
  useDocumentTitle(title ?? (notFound ? t('taxonomy:municipality.notFound.title') : undefined));

  if (notFound) {
    return (
      <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />
    );
  }
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  const { places } = municipality;
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('taxonomy:places.count', { count: places.length })}</p>
      {places.length === 0 ? (
        <p>{t('taxonomy:places.empty')}</p>
      ) : (
        <table className="table">
          <caption>{t('taxonomy:places.caption', { municipality: municipality.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('taxonomy:places.columns.name')}</th>
              <th scope="col">{t('taxonomy:places.columns.kind')}</th>
              <th scope="col" className="table__number">
                {t('taxonomy:places.columns.population')}
              </th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.id}>
                <th scope="row">
                  <Link to={paths.place(municipality.slug, place.id)}>{place.name}</Link>
                </th>
                <td>{t(`taxonomy:placeKind.${place.kind}`)}</td>
                <td className="table__number">
                  <Population place={place} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** "1 051 (2015)"; a dash with a spoken "no figure" where the population is unknown. */
export function Population({ place }: { place: Place }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  if (place.population == null) {
    return (
      <>
        <span aria-hidden="true">{t('taxonomy:places.noFigureSymbol')}</span>
        <span className="visually-hidden">{t('taxonomy:places.noFigure')}</span>
      </>
    );
  }
  const population = formatNumber(place.population, language);
  if (place.populationYear == null) return <>{population}</>;
  return <>{t('taxonomy:places.population', { population, year: String(place.populationYear) })}</>;
}
