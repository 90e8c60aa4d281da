import { NAMESPACES, type DialogueStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { MunicipalityHeaderQuery } from '../../municipalities/municipalities.graphql';
import { DialogueCard } from '../components/DialogueCard';
import { canManageDialogues, PUBLIC_STATUS_FILTERS, readDialogueStatusFilter } from '../dialogueFormat';
import { DialoguesListQuery } from '../dialogues.graphql';
import '../../ideas/ideas.css';
import '../dialogues.css';

/** `/:slug/dialogues`: a municipality's dialogues, filtered by the address's `?status=`. */
export function DialoguesPage() {
  const { slug = '' } = useParams();
  return <Dialogues key={slug} slug={slug} />;
}

function Dialogues({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const canManage = canManageDialogues(viewer, slug);
  const status = readDialogueStatusFilter(params, canManage);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MunicipalityHeaderQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(
    municipality
      ? t('common:titleWithContext', { page: t('dialogues:list.title'), parent: municipality.name })
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

  const filters: (DialogueStatus | undefined)[] = [...PUBLIC_STATUS_FILTERS, undefined];
  if (canManage) filters.push('DRAFT' as DialogueStatus);

  return (
    <>
      <Breadcrumbs crumbs={[{ label: municipality.name, to: paths.municipality(municipality.slug) }, { label: t('dialogues:list.title') }]} />
      <div className="ideas-header">
        <h1>{t('dialogues:list.title')}</h1>
        <p className="lead">{t('dialogues:list.lead', { municipality: municipality.name })}</p>
        {canManage && (
          <p>
            <Link className="button button--primary" to={paths.newDialogue(municipality.slug)}>
              {t('dialogues:list.create')}
            </Link>
          </p>
        )}
      </div>
      {/* Links, not a select: each filter is an address of its own, so reload and back keep it. */}
      <nav className="tabs" aria-label={t('dialogues:list.filterLabel')}>
        <ul>
          {filters.map((value) => (
            <li key={value ?? 'ALL'}>
              <Link
                className="tabs__link"
                to={paths.dialogues(municipality.slug, value ? new URLSearchParams({ status: value }) : undefined)}
                aria-current={value === status ? 'page' : undefined}
              >
                {t(`dialogues:list.filters.${value ?? 'ALL'}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DialogueResults key={status ?? 'ALL'} slug={municipality.slug} status={status} />
    </>
  );
}

function DialogueResults({ slug, status }: { slug: string; status: DialogueStatus | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DialoguesListQuery,
    variables: { municipalitySlug: slug, status: status ?? null },
  });
  useLoadingAnnouncement(fetching);
  const dialogues = data?.dialogues;
  return (
    <section className="idea-results" aria-labelledby="dialogue-results-heading">
      <h2 id="dialogue-results-heading" className="visually-hidden">
        {t('dialogues:list.resultsHeading')}
      </h2>
      <p className="idea-results__count" role="status" aria-live="polite" aria-atomic="true">
        {dialogues ? t('dialogues:list.count', { count: dialogues.length }) : ''}
      </p>
      {error && !dialogues && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!dialogues && !error && <Loading />}
      {dialogues?.length === 0 && <p>{status ? t('dialogues:list.emptyFiltered') : t('dialogues:list.empty')}</p>}
      {dialogues && dialogues.length > 0 && (
        <ul className="idea-list">
          {dialogues.map((dialogue) => (
            <li key={dialogue.id}>
              <DialogueCard slug={slug} dialogue={dialogue} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
