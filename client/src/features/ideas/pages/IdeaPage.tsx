import { IdeaStatus, NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { IdeaStatusBadge } from '../components/IdeaStatusBadge';
import { languageName } from '../components/languageName';
import { SupportButton } from '../components/SupportButton';
import { MunicipalityHeaderQuery } from '../../municipalities/municipalities.graphql';
import { IdeaQuery } from '../ideas.graphql';
import { PlainText } from '../linkify';
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
  useLoadingAnnouncement(fetching);
  const idea = data?.idea;
  const notFound = !idea && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(idea ? idea.title : notFound ? t('ideas:idea.notFound.title') : undefined);

  if (notFound) return <NotFound title={t('ideas:idea.notFound.title')} body={t('ideas:idea.notFound.body')} />;
  if (!idea) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  const date = formatDateTime(idea.createdAt, language, { dateStyle: 'long' });
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
          {/* ROUND 2: follow and report buttons go here, beside support. */}
        </section>

        {/* ROUND 2: the municipality's answer and the council decision. */}
        <section className="section idea__slot" aria-labelledby="idea-answer-heading" data-slot="answer">
          <h2 id="idea-answer-heading">{t('ideas:idea.answer.heading')}</h2>
          <p>{idea.status === IdeaStatus.PUBLISHED ? t('ideas:idea.answer.none') : t('ideas:idea.answer.later')}</p>
        </section>

        {/* ROUND 2: the timeline (IdeaEvent: submitted, threshold, status changes, answer, decision). */}
        <section className="section idea__slot" aria-labelledby="idea-timeline-heading" data-slot="timeline">
          <h2 id="idea-timeline-heading">{t('ideas:idea.timeline.heading')}</h2>
          <ol className="idea__timeline">
            <li>
              <time dateTime={idea.createdAt}>{date}</time>: {t('ideas:idea.timeline.submitted')}
            </li>
          </ol>
        </section>

        {/* ROUND 2: comments. */}
        <section className="section idea__slot" aria-labelledby="idea-comments-heading" data-slot="comments">
          <h2 id="idea-comments-heading">{t('ideas:idea.comments.heading', { count: idea.commentCount })}</h2>
          <p>{t('ideas:idea.comments.later')}</p>
        </section>
      </article>
    </>
  );
}
