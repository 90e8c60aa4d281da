import { DialogueStatus, NAMESPACES, PollStatus, TranslationStatus, type DialoguePhaseKind, type DialogueTargetGroup } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { formatDateTime, formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { TranslationNote } from '../../../ui/TranslationNote';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DecisionsTable } from '../components/DecisionsTable';
import { DialogueDecisionsEditor } from '../components/DialogueDecisionsEditor';
import { DialogueFeedbackEditor } from '../components/DialogueFeedbackEditor';
import { DialogueFollow } from '../components/DialogueFollow';
import { DialogueManagerPanel } from '../components/DialogueManagerPanel';
import { DialogueStatusBadge } from '../components/DialogueStatusBadge';
import { PhaseTimeline } from '../components/PhaseTimeline';
import { formatDay } from '../dialogueFormat';
import { DialogueIdeasQuery, DialoguePageQuery } from '../dialogues.graphql';
import '../dialogues.css';

type Dialogue = NonNullable<ResultOf<typeof DialoguePageQuery>['dialogue']>;

/** `/:slug/dialogues/:id`: one dialogue: how to take part, what has come in, the återkoppling. */
export function DialoguePage() {
  const { slug = '', id = '' } = useParams();
  return <DialogueView key={`${slug}/${id}`} slug={slug} id={id} />;
}

function DialogueView({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DialoguePageQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const dialogue = data?.dialogue;
  const notFound = !dialogue && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(dialogue ? dialogue.title : notFound ? t('dialogues:page.notFound.title') : undefined);

  if (notFound) return <NotFound title={t('dialogues:page.notFound.title')} body={t('dialogues:page.notFound.body')} />;
  if (!dialogue) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  const municipality = dialogue.municipality;
  // A link with another municipality's slug goes to the dialogue's own address.
  if (municipality.slug !== slug) return <Navigate to={paths.dialogue(municipality.slug, dialogue.id)} replace />;

  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const readerStatus = dialogue.translationStatus.find((s) => s.locale === language)?.status;
  const current = dialogue.phases.find((phase) => phase.isCurrent) ?? null;
  const reported = dialogue.status === DialogueStatus.REPORTED;
  const manage = dialogue.viewerCanManage;

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('dialogues:list.title'), to: paths.dialogues(municipality.slug) },
          { label: dialogue.title },
        ]}
      />
      <article className="dialogue" aria-labelledby="dialogue-title">
        <header className="dialogue__header">
          <p className="eyebrow">{t('dialogues:page.eyebrow')}</p>
          <h1 id="dialogue-title" tabIndex={-1}>
            {dialogue.title}
          </h1>
          {(readerStatus === TranslationStatus.MACHINE_ASSISTED || readerStatus === TranslationStatus.MISSING) && (
            <TranslationNote status={readerStatus} />
          )}
          <p>
            <DialogueStatusBadge status={dialogue.status} />
          </p>
          <p className="dialogue__current">
            {current
              ? t('dialogues:page.currentPhase', {
                  phase: t(`dialogues:phase.${current.kind as DialoguePhaseKind}`),
                  start: formatDay(current.startsOn, language),
                  end: formatDay(current.endsOn, language),
                })
              : t('dialogues:page.noCurrentPhase')}
          </p>
          <DialogueFollow dialogueId={dialogue.id} follows={dialogue.viewerFollows} followerCount={dialogue.followerCount} />
        </header>

        {manage && <DialogueManagerPanel slug={municipality.slug} dialogue={dialogue} onChanged={refresh} />}

        <section className="section" aria-labelledby="dialogue-purpose-heading">
          <h2 id="dialogue-purpose-heading">{t('dialogues:page.purposeHeading')}</h2>
          <p className="dialogue__text">{dialogue.purpose}</p>
        </section>

        {dialogue.phases.length > 0 && (
          <section className="section" aria-labelledby="dialogue-phases-heading">
            <h2 id="dialogue-phases-heading">{t('dialogues:page.phasesHeading')}</h2>
            <PhaseTimeline phases={dialogue.phases} />
          </section>
        )}

        <section className="section" aria-labelledby="dialogue-promise-heading">
          <h2 id="dialogue-promise-heading">{t('dialogues:page.promiseHeading')}</h2>
          <p className="dialogue__text">{dialogue.promise}</p>
          {(dialogue.decisionMaker || dialogue.decisionExpectedOn) && (
            <dl className="facts">
              {dialogue.decisionMaker && (
                <div>
                  <dt>{t('dialogues:page.decisionMaker')}</dt>
                  <dd>{dialogue.decisionMaker}</dd>
                </div>
              )}
              {dialogue.decisionExpectedOn && (
                <div>
                  <dt>{t('dialogues:page.decisionExpectedOn')}</dt>
                  <dd>
                    <time dateTime={dialogue.decisionExpectedOn}>{formatDay(dialogue.decisionExpectedOn, language)}</time>
                  </dd>
                </div>
              )}
            </dl>
          )}
        </section>

        <WhoAndWhere slug={municipality.slug} dialogue={dialogue} />

        {dialogue.status === DialogueStatus.OPEN ? (
          <TakePart slug={municipality.slug} dialogue={dialogue} />
        ) : (
          dialogue.status !== DialogueStatus.DRAFT && (
            <section className="section" aria-labelledby="dialogue-take-part-heading">
              <h2 id="dialogue-take-part-heading">{t('dialogues:page.takePartHeading')}</h2>
              <p>{t('dialogues:page.takePartClosed')}</p>
            </section>
          )
        )}

        <Collected slug={municipality.slug} dialogue={dialogue} />

        {reported && (
          <section className="section" aria-labelledby="dialogue-feedback-heading">
            <h2 id="dialogue-feedback-heading" tabIndex={-1}>
              {t('dialogues:page.feedbackHeading')}
            </h2>
            {dialogue.feedbackPublishedAt && (
              <p className="muted">
                {t('dialogues:page.feedbackPublished', {
                  date: formatDateTime(dialogue.feedbackPublishedAt, language, { dateStyle: 'long' }),
                })}
              </p>
            )}
            <h3>{t('dialogues:fields.whatWeHeard')}</h3>
            <p className="dialogue__text">{dialogue.whatWeHeard}</p>
            <h3>{t('dialogues:fields.whatHappensNow')}</h3>
            <p className="dialogue__text">{dialogue.whatHappensNow}</p>
            {dialogue.decisions.length > 0 && (
              <>
                <h3>{t('dialogues:decisions.heading')}</h3>
                <DecisionsTable decisions={dialogue.decisions} />
              </>
            )}
          </section>
        )}

        {manage && (dialogue.status === DialogueStatus.CLOSED || reported) && (
          <DialogueFeedbackEditor key={dialogue.status} dialogue={dialogue} onChanged={refresh} />
        )}
        {manage && dialogue.status !== DialogueStatus.DRAFT && (
          <DialogueDecisionsEditor dialogueId={dialogue.id} decisions={dialogue.decisions} onChanged={refresh} />
        )}
      </article>
    </>
  );
}

/** Whom the dialogue wants to hear, the målbilder it is about and the places it concerns. */
function WhoAndWhere({ slug, dialogue }: { slug: string; dialogue: Dialogue }) {
  const { t } = useTranslation(NAMESPACES);
  if (dialogue.targetGroups.length === 0 && dialogue.goals.length === 0 && dialogue.places.length === 0) return null;
  return (
    <section className="section" aria-labelledby="dialogue-scope-heading">
      <h2 id="dialogue-scope-heading">{t('dialogues:page.scopeHeading')}</h2>
      {dialogue.targetGroups.length > 0 && (
        <>
          <h3>{t('dialogues:page.targetGroupsHeading')}</h3>
          <ul className="tag-list dialogue__tags">
            {dialogue.targetGroups.map((group) => (
              <li key={group}>{t(`dialogues:targetGroup.${group as DialogueTargetGroup}`)}</li>
            ))}
          </ul>
        </>
      )}
      {dialogue.goals.length > 0 && (
        <>
          <h3>{t('dialogues:page.goalsHeading')}</h3>
          <ul className="link-list">
            {dialogue.goals.map((goal) => (
              <li key={goal.id}>
                <Link to={paths.area(slug, goal.area.code)}>
                  {goal.code} {goal.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialogue.places.length > 0 && (
        <>
          <h3>{t('dialogues:page.placesHeading')}</h3>
          <ul className="link-list">
            {dialogue.places.map((place) => (
              <li key={place.id}>
                <Link to={paths.place(slug, place.id)}>{place.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "Så deltar du": open surveys, giving an idea, upcoming workshops and open polls. */
function TakePart({ slug, dialogue }: { slug: string; dialogue: Dialogue }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const now = Date.now();
  const surveys = dialogue.surveys.filter((survey) => survey.isOpen);
  const workshops = dialogue.workshops.filter((w) => !w.cancelledAt && new Date(w.startsAt).getTime() >= now);
  const polls = dialogue.polls.filter((poll) => poll.status === PollStatus.OPEN);
  return (
    <section className="section" aria-labelledby="dialogue-take-part-heading">
      <h2 id="dialogue-take-part-heading">{t('dialogues:page.takePartHeading')}</h2>
      <p>{t('dialogues:page.takePartLead')}</p>
      {surveys.length > 0 && (
        <>
          <h3>{t('dialogues:page.surveysHeading')}</h3>
          <ul className="item-list">
            {surveys.map((survey) => (
              <li key={survey.id} className="item-list__item">
                <p className="item-list__title" id={`dialogue-survey-${survey.id}`}>
                  {survey.title}
                </p>
                {survey.closesAt && (
                  <p className="muted">
                    {t('dialogues:page.surveyCloses', { date: formatDateTime(survey.closesAt, language, { dateStyle: 'long', timeStyle: 'short' }) })}
                  </p>
                )}
                <p>
                  {/* The same words for every survey: the title tells them apart. */}
                  <Link className="button button--primary" to={paths.survey(slug, survey.id)} aria-describedby={`dialogue-survey-${survey.id}`}>
                    {t('dialogues:page.answerSurvey')}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('dialogues:page.ideaHeading')}</h3>
      <p>{t('dialogues:page.ideaLead')}</p>
      <p>
        <Link className="button" to={`${paths.newIdea(slug)}?${new URLSearchParams({ dialogue: dialogue.id })}`}>
          {t('dialogues:page.giveIdea')}
        </Link>
      </p>
      {workshops.length > 0 && (
        <>
          <h3>{t('dialogues:page.workshopsHeading')}</h3>
          <ul className="link-list">
            {workshops.map((workshop) => (
              <li key={workshop.id}>
                <Link to={paths.workshop(slug, workshop.id)}>{workshop.title}</Link>{' '}
                <time className="muted" dateTime={workshop.startsAt}>
                  {formatDateTime(workshop.startsAt, language, { dateStyle: 'long', timeStyle: 'short' })}
                </time>
              </li>
            ))}
          </ul>
        </>
      )}
      {polls.length > 0 && (
        <>
          <h3>{t('dialogues:page.pollsHeading')}</h3>
          <ul className="link-list">
            {polls.map((poll) => (
              <li key={poll.id}>
                <Link to={paths.poll(slug, poll.id)}>{poll.question}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** "Det här har kommit in": the counts, the latest ideas, the workshops and polls of the dialogue. */
function Collected({ slug, dialogue }: { slug: string; dialogue: Dialogue }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const surveyResponses = dialogue.surveys.reduce((sum, survey) => sum + survey.responseCount, 0);
  if (dialogue.status === DialogueStatus.DRAFT && !dialogue.viewerCanManage) return null;
  return (
    <section className="section" aria-labelledby="dialogue-collected-heading">
      <h2 id="dialogue-collected-heading">{t('dialogues:page.collectedHeading')}</h2>
      <dl className="facts dialogue__counts">
        <div>
          <dt>{t('dialogues:page.counts.contributions')}</dt>
          <dd>{number(dialogue.contributionCount)}</dd>
        </div>
        <div>
          <dt>{t('dialogues:page.counts.ideas')}</dt>
          <dd>{number(dialogue.ideaCount)}</dd>
        </div>
        <div>
          <dt>{t('dialogues:page.counts.surveyResponses')}</dt>
          <dd>{number(surveyResponses)}</dd>
        </div>
        <div>
          <dt>{t('dialogues:page.counts.workshops')}</dt>
          <dd>{number(dialogue.workshops.length)}</dd>
        </div>
        <div>
          <dt>{t('dialogues:page.counts.polls')}</dt>
          <dd>{number(dialogue.polls.length)}</dd>
        </div>
      </dl>
      <LatestIdeas slug={slug} dialogueId={dialogue.id} />
      {dialogue.workshops.length > 0 && (
        <>
          <h3>{t('dialogues:page.workshopsHeld')}</h3>
          <ul className="link-list">
            {dialogue.workshops.map((workshop) => (
              <li key={workshop.id}>
                <Link to={paths.workshop(slug, workshop.id)}>{workshop.title}</Link>{' '}
                <time className="muted" dateTime={workshop.startsAt}>
                  {formatDateTime(workshop.startsAt, language, { dateStyle: 'long' })}
                </time>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialogue.polls.length > 0 && (
        <>
          <h3>{t('dialogues:page.pollsHeld')}</h3>
          <ul className="link-list">
            {dialogue.polls.map((poll) => (
              <li key={poll.id}>
                <Link to={paths.poll(slug, poll.id)}>{poll.question}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {dialogue.surveys.some((survey) => survey.status === 'CLOSED') && (
        <>
          <h3>{t('dialogues:page.surveyResultsHeading')}</h3>
          <ul className="link-list">
            {dialogue.surveys
              .filter((survey) => survey.status === 'CLOSED')
              .map((survey) => (
                <li key={survey.id}>
                  <Link to={paths.surveyResults(slug, survey.id)}>{t('dialogues:page.surveyResultsOf', { title: survey.title })}</Link>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

function LatestIdeas({ slug, dialogueId }: { slug: string; dialogueId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, error }] = useQuery({ query: DialogueIdeasQuery, variables: { municipalitySlug: slug, dialogueId } });
  const ideas = data?.ideas.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h3>{t('dialogues:page.latestIdeas')}</h3>
      {error && !data && <ErrorAlert error={error} />}
      {data && ideas.length === 0 && <p>{t('dialogues:page.noIdeas')}</p>}
      {ideas.length > 0 && (
        <ul className="link-list">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <Link to={paths.idea(slug, idea.id)} lang={idea.originalLocale}>
                {idea.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {ideas.length > 0 && (
        <p>
          <Link to={paths.ideas(slug, new URLSearchParams({ dialogue: dialogueId }))}>{t('dialogues:page.allIdeas')}</Link>
        </p>
      )}
    </>
  );
}
