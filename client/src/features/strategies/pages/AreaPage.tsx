import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { SdgList } from '../../../ui/SdgList';
import { TranslationNote } from '../../../ui/TranslationNote';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { GoalIdeasSummary, useAreaIdeas } from '../../ideas/components/AreaGoalIdeas';
import { GoalPolls, useAreaGoalPolls } from '../../polls/components/GoalPolls';
import { GoalWorkshopInputs, useAreaGoalWorkshopInputs } from '../../workshops/components/GoalWorkshopInputs';
import { GoalSection } from '../components/GoalSection';
import { AreaPageQuery } from '../strategies.graphql';

/** `/:slug/areas/:code`: one strategic area with its målbilder. */
export function AreaPage() {
  const { slug = '', code = '' } = useParams();
  return <Area key={`${slug}/${code}`} slug={slug} code={code} />;
}

function Area({ slug, code }: { slug: string; code: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AreaPageQuery, variables: { slug, code } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const area = municipality?.currentStrategy?.area;
  // The ideas of every målbild in one request, once the målbilder are known.
  const ideas = useAreaIdeas(municipality?.slug ?? '', area?.goals.map((goal) => goal.id) ?? []);
  // The youth polls of every målbild, also in one request.
  const polls = useAreaGoalPolls(area ? slug : '', code);
  // Published workshop inputs per målbild, in one request too.
  const workshopInputs = useAreaGoalWorkshopInputs(area ? slug : '', code);
  const notFound = !area && (isNotFound(error) || (data !== undefined && !error));
  const notFoundTitle = municipality
    ? t('taxonomy:area.notFound.title')
    : t('taxonomy:municipality.notFound.title');
  useDocumentTitle(
    area && municipality
      ? t('common:titleWithContext', { page: area.title, parent: municipality.name })
      : notFound
        ? notFoundTitle
        : undefined,
  );

  if (notFound) {
    const body = municipality ? t('taxonomy:area.notFound.body') : t('taxonomy:municipality.notFound.body');
    return <NotFound title={notFoundTitle} body={body} />;
  }
  if (!area || !municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  const regionName = municipality.region?.name;
  return (
    <>
      <Breadcrumbs
        crumbs={[{ label: municipality.name, to: paths.municipality(municipality.slug) }, { label: area.title }]}
      />
      <article className="area">
        <div className="area__header">
          <p className="eyebrow">{t('taxonomy:area.code', { code: area.code })}</p>
          <h1>{area.title}</h1>
          <TranslationNote status={area.translationStatus} />
        </div>
        <p className="lead">{area.description}</p>
        {area.regionalArea && (
          <p className="area__regional">
            {regionName
              ? t('taxonomy:area.regional', { region: regionName, title: area.regionalArea.title })
              : t('taxonomy:area.regionalNoRegion', { title: area.regionalArea.title })}
          </p>
        )}
        <SdgList sdgs={area.sdgs} />
        {area.goals.map((goal) => (
          <GoalSection key={goal.id} goal={goal}>
            <GoalIdeasSummary slug={municipality.slug} goalId={goal.id} ideas={ideas.byGoal.get(goal.id)} />
            <GoalPolls slug={municipality.slug} polls={polls.get(goal.id)} />
            <GoalWorkshopInputs count={workshopInputs.get(goal.id)} />
          </GoalSection>
        ))}
      </article>
    </>
  );
}
