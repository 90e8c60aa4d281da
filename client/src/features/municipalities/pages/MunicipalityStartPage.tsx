import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useQuery } from 'urql';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { TranslationNote } from '../../../ui/TranslationNote';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { OpenDialogues } from '../../dialogues/components/OpenDialogues';
import { AreaCard } from '../../strategies/components/AreaCard';
import { MunicipalityStartQuery } from '../municipalities.graphql';

type Strategy = NonNullable<NonNullable<ResultOf<typeof MunicipalityStartQuery>['municipality']>['currentStrategy']>;

/** `/:slug`: a municipality's start page. */
export function MunicipalityStartPage() {
  const { slug = '' } = useParams();
  // A new slug is a new page: no stale content from the previous municipality.
  return <MunicipalityStart key={slug} slug={slug} />;
}

function MunicipalityStart({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MunicipalityStartQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(municipality?.name ?? (notFound ? t('taxonomy:municipality.notFound.title') : undefined));

  if (notFound) {
    return (
      <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />
    );
  }
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  return (
    <>
      <h1>{municipality.name}</h1>
      <AboutMedskapa />
      <OpenDialogues slug={municipality.slug} />
      <IdeasCallToAction slug={municipality.slug} />
      {municipality.currentStrategy ? (
        <StrategyOverview slug={municipality.slug} strategy={municipality.currentStrategy} />
      ) : (
        <p>{t('taxonomy:municipality.noStrategy')}</p>
      )}
    </>
  );
}

function AboutMedskapa() {
  const { t } = useTranslation(NAMESPACES);
  return (
    <section className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('taxonomy:municipality.about.heading')}</h2>
      <p>{t('taxonomy:municipality.about.body')}</p>
      <p id="audience-heading" className="about__audience">
        {t('taxonomy:municipality.about.audienceHeading')}
      </p>
      <ul aria-labelledby="audience-heading">
        <li>{t('taxonomy:municipality.about.residents')}</li>
        <li>{t('taxonomy:municipality.about.youth')}</li>
        <li>{t('taxonomy:municipality.about.associations')}</li>
        <li>{t('taxonomy:municipality.about.municipality')}</li>
      </ul>
    </section>
  );
}

/** The way into the residents' ideas: browse them, or submit one. */
function IdeasCallToAction({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <section className="section" aria-labelledby="ideas-cta-heading">
      <h2 id="ideas-cta-heading">{t('ideas:startPage.heading')}</h2>
      <p>{t('ideas:startPage.body')}</p>
      <ul className="action-list">
        <li>
          <Link className="button button--primary" to={paths.newIdea(slug)}>
            {t('ideas:startPage.submit')}
          </Link>
        </li>
        <li>
          <Link className="button" to={paths.ideas(slug)}>
            {t('ideas:startPage.browse')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function StrategyOverview({ slug, strategy }: { slug: string; strategy: Strategy }) {
  const { t } = useTranslation(NAMESPACES);
  const period =
    strategy.periodEnd == null
      ? t('taxonomy:strategy.periodOpen', { start: String(strategy.periodStart) })
      : t('taxonomy:strategy.period', { start: String(strategy.periodStart), end: String(strategy.periodEnd) });
  return (
    <section className="strategy" aria-labelledby="strategy-heading">
      <p className="eyebrow">{t('taxonomy:strategy.current')}</p>
      <h2 id="strategy-heading">{strategy.title}</h2>
      <TranslationNote status={strategy.translationStatus} />
      <ul className="meta-list">
        <li>{period}</li>
        <li>{t('taxonomy:strategy.status', { status: t(`taxonomy:strategyStatus.${strategy.status}`) })}</li>
      </ul>
      <p>{strategy.description}</p>
      <h3>{t('taxonomy:strategy.areasHeading')}</h3>
      <ul className="cards">
        {strategy.areas.map((area) => (
          <li key={area.id}>
            <AreaCard slug={slug} area={area} />
          </li>
        ))}
      </ul>
    </section>
  );
}
