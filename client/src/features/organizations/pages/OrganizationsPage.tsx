import { NAMESPACES } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DEFAULT_MUNICIPALITY } from '../../accounts/components/HomePlaceFields';
import { useViewer } from '../../accounts/useViewer';
import { MunicipalitiesQuery } from '../../municipalities/municipalities.graphql';
import { OrganizationList } from '../components/OrganizationList';
import { MyOrganizationsQuery, OrganizationsQuery } from '../organizations.graphql';

const MUNICIPALITY_PARAM = 'municipality';

/** `/organizations`: the viewer's own organizations, then the approved ones of a municipality. */
export function OrganizationsPage() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const slug = params.get(MUNICIPALITY_PARAM) ?? viewer?.municipality?.slug ?? DEFAULT_MUNICIPALITY;
  const title = t('organizations:list.title');
  useDocumentTitle(title);

  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('organizations:list.lead')}</p>
      <p>
        {viewer ? (
          <Link className="button button--primary" to={paths.newOrganization()}>
            {t('organizations:list.create')}
          </Link>
        ) : (
          <>
            {t('organizations:list.signInToCreate')}{' '}
            <Link to={paths.login(paths.newOrganization())}>{t('accounts:signInPrompt.login')}</Link>
          </>
        )}
      </p>
      {viewer && <MyOrganizations />}
      <MunicipalityOrganizations slug={slug} onChoose={(next) => setParams({ [MUNICIPALITY_PARAM]: next })} />
    </>
  );
}

/** "Mina föreningar och råd", also on the profile. */
export function MyOrganizations({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyOrganizationsQuery });
  useLoadingAnnouncement(fetching);
  const memberships = data?.me?.organizations ?? [];
  return (
    <section className="section" aria-labelledby="my-organizations-heading">
      <h2 id="my-organizations-heading">{t('organizations:mine.heading')}</h2>
      {error && !data && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && fetching && <Loading />}
      {data && memberships.length === 0 && <p>{t('organizations:mine.none')}</p>}
      {memberships.length > 0 && (
        <OrganizationList
          showMunicipality
          items={memberships.map((m) => ({ organization: m.organization, role: m.role }))}
        />
      )}
      {children}
    </section>
  );
}

function MunicipalityOrganizations({ slug, onChoose }: { slug: string; onChoose(slug: string): void }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OrganizationsQuery, variables: { municipalitySlug: slug } });
  const [{ data: options }] = useQuery({ query: MunicipalitiesQuery });
  useLoadingAnnouncement(fetching);
  const municipalities = options?.municipalities ?? [];
  const name = municipalities.find((m) => m.slug === slug)?.name ?? slug;
  const [choice, setChoice] = useState(slug);
  const organizations = data?.organizations ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(choice);
  };

  return (
    <section className="section" aria-labelledby="municipality-organizations-heading">
      <h2 id="municipality-organizations-heading">{t('organizations:list.inMunicipality', { municipality: name })}</h2>
      {municipalities.length > 1 && (
        <form className="inline-form" onSubmit={onSubmit}>
          <div className="field">
            <label className="field__label" htmlFor="organizations-municipality">
              {t('accounts:fields.municipality.label')}
            </label>
            <select
              id="organizations-municipality"
              className="field__select"
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
            >
              {municipalities.map((m) => (
                <option key={m.id} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('organizations:list.show')}
          </button>
        </form>
      )}
      {error && !data && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && fetching && <Loading />}
      {data && organizations.length === 0 && <p>{t('organizations:list.empty')}</p>}
      {organizations.length > 0 && <OrganizationList items={organizations.map((organization) => ({ organization }))} />}
    </section>
  );
}
