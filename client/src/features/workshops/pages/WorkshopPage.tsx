import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { formatWorkshopTime, langAttribute, textLanguage, workshopPhase, type WorkshopPhase } from '../components/WorkshopDetailsFormat';
import { WorkshopOrganizerPanel } from '../components/WorkshopOrganizerPanel';
import { WorkshopSignup } from '../components/WorkshopSignup';
import { WorkshopOutcomeReview } from '../outcome/WorkshopOutcomeReview';
import { WorkshopOutcomeView } from '../outcome/WorkshopOutcomeView';
import { WorkshopPageQuery } from '../workshops.graphql';
import '../../ideas/ideas.css';
import '../workshops.css';

const PHASE_TONE: Record<WorkshopPhase, string> = {
  upcoming: 'badge--ok',
  ongoing: 'badge--warning',
  past: '',
  cancelled: 'badge--danger',
};

/** `/:slug/workshops/:id`: one workshop, its sign-up, the organizer's tools and the outcome. */
export function WorkshopPage() {
  const { slug = '', id = '' } = useParams();
  return <Workshop key={id} slug={slug} id={id} />;
}

function Workshop({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkshopPageQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const workshop = data?.workshop;
  const notFound = !workshop && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(
    workshop
      ? t('common:titleWithContext', { page: workshop.title, parent: t('workshops:list.title') })
      : notFound
        ? t('workshops:page.notFound.title')
        : undefined,
  );

  if (notFound) return <NotFound title={t('workshops:page.notFound.title')} body={t('workshops:page.notFound.body')} />;
  if (!workshop) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  const municipality = workshop.municipality;
  const municipalitySlug = municipality.slug || slug;
  const phase = workshopPhase(workshop);
  const titleLang = langAttribute(textLanguage(workshop.titleTranslations, language, workshop.originalLocale), language);
  const descriptionLang = langAttribute(textLanguage(workshop.descriptionTranslations, language, workshop.originalLocale), language);

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipalitySlug) },
          { label: t('workshops:list.title'), to: paths.workshops(municipalitySlug) },
          { label: workshop.title },
        ]}
      />
      <article className="workshop" aria-labelledby="workshop-title">
        <header className="workshop__header">
          <h1 id="workshop-title" lang={titleLang} tabIndex={-1}>
            {workshop.title}
          </h1>
          <p>
            <span className={['badge', PHASE_TONE[phase]].filter(Boolean).join(' ')}>
              <span className="visually-hidden">{t('workshops:phase.label')} </span>
              {t(`workshops:phase.${phase}`)}
            </span>
          </p>
          {phase === 'cancelled' && (
            <div className="status-box">
              <p>{t('workshops:page.cancelledNotice')}</p>
            </div>
          )}
          <dl className="facts">
            <div>
              <dt>{t('workshops:page.when')}</dt>
              <dd>
                <time dateTime={workshop.startsAt}>{formatWorkshopTime(workshop.startsAt, workshop.endsAt, language)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('workshops:page.venue')}</dt>
              <dd>{workshop.venue}</dd>
            </div>
            {workshop.place && (
              <div>
                <dt>{t('workshops:page.place')}</dt>
                <dd>
                  <Link to={paths.place(municipalitySlug, workshop.place.id)}>{workshop.place.name}</Link>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('workshops:page.organization')}</dt>
              <dd>
                <Link to={paths.organization(workshop.organization.id)}>{workshop.organization.name}</Link>
              </dd>
            </div>
          </dl>
          {phase !== 'cancelled' && (
            <p>
              {/* Served by the API, not a page of this app. */}
              <a className="button" href={workshop.icsUrl} download>
                {t('workshops:page.ics')}
              </a>
            </p>
          )}
        </header>

        {workshop.description && (
          <section className="section" aria-labelledby="workshop-description-heading">
            <h2 id="workshop-description-heading">{t('workshops:page.description')}</h2>
            <p className="workshop__description prose" lang={descriptionLang}>
              {workshop.description}
            </p>
          </section>
        )}

        {workshop.goals.length > 0 && (
          <section className="section" aria-labelledby="workshop-goals-heading">
            <h2 id="workshop-goals-heading">{t('workshops:page.goals')}</h2>
            <ul>
              {workshop.goals.map((goal) => (
                <li key={goal.id}>
                  <Link to={paths.area(municipalitySlug, goal.area.code)}>
                    {goal.code} {goal.title}
                  </Link>{' '}
                  <span className="muted">({t('workshops:page.inArea', { area: `${goal.area.code} ${goal.area.title}` })})</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {workshop.signupEnabled && <WorkshopSignup workshop={workshop} phase={phase} signedIn={!!viewer} />}

        {workshop.viewerCanManage && <WorkshopOrganizerPanel slug={municipalitySlug} workshop={workshop} phase={phase} />}

        <WorkshopOutcomeView workshopId={workshop.id} slug={municipalitySlug} />
        {workshop.viewerCanManage && <WorkshopOutcomeReview workshopId={workshop.id} slug={municipalitySlug} />}
      </article>
    </>
  );
}
