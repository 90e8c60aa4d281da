import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { MunicipalitiesQuery } from '../municipalities.graphql';

/** `/`: what Medskapa is, and the municipalities on it. */
export function MunicipalityListPage() {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MunicipalitiesQuery });
  useLoadingAnnouncement(fetching);
  useDocumentTitle(t('common:home.documentTitle'));
  const municipalities = data?.municipalities;

  return (
    <>
      <h1>{t('common:home.title')}</h1>
      <p className="lead">{t('common:home.lead')}</p>
      <section aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">{t('common:home.municipalitiesHeading')}</h2>
        {error && !municipalities && (
          <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        )}
        {!municipalities && fetching && <Loading />}
        {municipalities && municipalities.length === 0 && <p>{t('common:home.empty')}</p>}
        {municipalities && municipalities.length > 0 && (
          <ul className="link-list">
            {municipalities.map((municipality) => (
              <li key={municipality.id}>
                <Link to={paths.municipality(municipality.slug)}>{municipality.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
