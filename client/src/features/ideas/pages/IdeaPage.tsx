import { NAMESPACES, ReportTargetType } from '@medskapa/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useViewer } from '../../accounts/useViewer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { IdeaStatusBadge } from '../components/IdeaStatusBadge';
import { languageName } from '../components/languageName';
import { SupportButton } from '../components/SupportButton';
import { MunicipalityHeaderQuery } from '../../municipalities/municipalities.graphql';
import { Answer } from '../engagement/AnswerSection';
import { Comments } from '../engagement/Comments';
import { IdeaEngagementQuery } from '../engagement/engagement.graphql';
import { FollowButton } from '../engagement/FollowButton';
import { ReportButton } from '../engagement/ReportButton';
import { Timeline } from '../engagement/Timeline';
import { IdeaQuery } from '../ideas.graphql';
import { PlainText } from '../linkify';
import { OfficerAnswerPanel } from '../officer/OfficerAnswerPanel';
import '../ideas.css';

/** State passed to the idea page right after submitting it. */
export interface SubmittedState {
  submitted?: boolean;
}

/** `/:slug/ideas/:id`: one idea. */
export function IdeaPage() {
  const { slug = '', id = '' } = useParams();
  return <Idea key={`${slug}/${id}`} slug={slug} id={id} />;
}

function Idea({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const location = useLocation();
  const submitted = !!(location.state as SubmittedState | null)?.submitted;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeaQuery, variables: { id } });
  // The municipality's name for the breadcrumbs (the header asks the same, so it is cached).
  const [{ data: header }] = useQuery({ query: MunicipalityHeaderQuery, variables: { slug } });
  const municipalityName = header?.municipality?.name;
  // The answer, the timeline, following and the comment count (refreshed after comments change).
  // Asked again on every visit: an officer may have answered since (the cached page shows meanwhile).
  const [{ data: engagementData }, reexecuteEngagement] = useQuery({
    query: IdeaEngagementQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const refreshEngagement = useCallback(() => reexecuteEngagement({ requestPolicy: 'network-only' }), [reexecuteEngagement]);
  const { viewer } = useViewer();
  useLoadingAnnouncement(fetching);
  const idea = data?.idea;
  const notFound = !idea && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(idea ? idea.title : notFound ? t('ideas:idea.notFound.title') : undefined);

  if (notFound) return <NotFound title={t('ideas:idea.notFound.title')} body={t('ideas:idea.notFound.body')} />;
  if (!idea) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  // A link with another municipality's slug (hand-edited or stale) goes to the idea's own address.
  if (idea.municipality.slug !== slug) return <Navigate to={paths.idea(idea.municipality.slug, idea.id)} replace />;

  const date = formatDateTime(idea.createdAt, language, { dateStyle: 'long' });
  const engagement = engagementData?.idea;
  const commentCount = engagement?.commentCount ?? idea.commentCount;
  const ownIdea = !!viewer && idea.author.id === viewer.id;
  const areas = [...new Map(idea.goals.map((goal) => [goal.area.id, goal.area])).values()];

  return (
    <>
      <Breadcrumbs
        crumbs={[
          ...(municipalityName ? [{ label: municipalityName, to: paths.municipality(slug) }] : []),
          { label: t('ideas:list.title'), to: paths.ideas(slug) },
          { label: idea.title },
        ]}
      />
      <article className="idea" aria-labelledby="idea-title">
        {submitted && (
          <div className="notice">
            <p>{t('ideas:idea.submitted', { reference: idea.reference })}</p>
          </div>
        )}
        <header className="idea__header">
          <p className="eyebrow">{idea.reference}</p>
          <h1 id="idea-title" lang={idea.originalLocale}>
            {idea.title}
          </h1>
          <p>
            <IdeaStatusBadge status={idea.status} />
          </p>
          <dl className="facts">
            <div>
              <dt>{t('ideas:idea.author')}</dt>
              <dd>{idea.author.removed ? <em>{t('ideas:idea.removedAuthor')}</em> : idea.author.displayName}</dd>
            </div>
            <div>
              <dt>{t('ideas:idea.date')}</dt>
              <dd>
                <time dateTime={idea.createdAt}>{date}</time>
              </dd>
            </div>
            <div>
              <dt>{t('ideas:idea.language')}</dt>
              <dd>{languageName(idea.originalLocale, language)}</dd>
            </div>
            <div>
              <dt>{t('ideas:idea.reference')}</dt>
              <dd>{idea.reference}</dd>
            </div>
          </dl>
        </header>

        <PlainText className="idea__body prose" text={idea.body} lang={idea.originalLocale} />

        <section className="section" aria-labelledby="idea-tags-heading">
          <h2 id="idea-tags-heading">{t('ideas:idea.tagsHeading')}</h2>
          {idea.goals.length > 0 && (
            <>
              <h3>{t('ideas:idea.goals')}</h3>
              <ul className="link-list">
                {areas.map((area) =>
                  idea.goals
                    .filter((goal) => goal.area.id === area.id)
                    .map((goal) => (
                      <li key={goal.id}>
                        <Link to={paths.area(slug, area.code)}>
                          {goal.code} {goal.title}
                        </Link>{' '}
                        <span className="muted">({t('ideas:idea.inArea', { area: `${area.code} ${area.title}` })})</span>
                      </li>
                    )),
                )}
              </ul>
            </>
          )}
          {idea.places.length > 0 && (
            <>
              <h3>{t('ideas:idea.places')}</h3>
              <ul className="chip-list">
                {idea.places.map((place) => (
                  <li key={place.id} className="chip idea__place">
                    <Link to={paths.ideas(slug, new URLSearchParams({ place: place.id }))}>{place.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section className="section" aria-labelledby="idea-support-heading">
          <h2 id="idea-support-heading">{t('ideas:support.heading')}</h2>
          <SupportButton idea={idea} />
          {engagement && (
            <div className="idea__engage">
              <FollowButton ideaId={idea.id} following={engagement.viewerIsFollowing} />
              {viewer && !ownIdea && <ReportButton targetType={ReportTargetType.IDEA} targetId={idea.id} />}
            </div>
          )}
        </section>

        <section className="section" aria-labelledby="idea-answer-heading" data-slot="answer">
          <h2 id="idea-answer-heading">{t('ideas:idea.answer.heading')}</h2>
          <Answer status={engagement?.status ?? idea.status} response={engagement?.response} />
          <OfficerAnswerPanel ideaId={idea.id} slug={slug} />
        </section>

        <section className="section" aria-labelledby="idea-timeline-heading" data-slot="timeline">
          <h2 id="idea-timeline-heading">{t('ideas:idea.timeline.heading')}</h2>
          <Timeline entries={engagement?.timeline} fallbackCreatedAt={idea.createdAt} />
        </section>

        <section className="section" aria-labelledby="idea-comments-heading" data-slot="comments">
          <h2 id="idea-comments-heading">{t('ideas:idea.comments.heading', { count: commentCount })}</h2>
          <Comments ideaId={idea.id} onChanged={refreshEngagement} />
        </section>
      </article>
    </>
  );
}
