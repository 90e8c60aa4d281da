import { AgeGroup, ErrorCode, isAnswered, NAMESPACES, ParticipantGender, type SurveyAnswerProblem, type SurveyAnswers, type SurveyAnswerValue } from '@medskapa/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, hasErrorCode, isNotFound } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { answerProblems, answersFromStored, answersToInput, asProblemCode, shownQuestionIds, toDefinitions, type AnswerableQuestion } from '../respond/answers';
import { QuestionField } from '../respond/QuestionField';
import { respondentTokenFor } from '../respond/respondentToken';
import { MySurveyResponseQuery, SaveSurveyProgressMutation, SubmitSurveyResponseMutation, SurveyPageQuery } from '../respond/surveyPage.graphql';
import type { SurveyQuestionView, SurveySectionView, SurveyView } from '../respond/types';
import '../respond/survey.css';

/** How long typing may pause before the answers are saved. */
export const SAVE_DEBOUNCE_MS = 1500;

const AGE_GROUPS = Object.values(AgeGroup);
const GENDERS = Object.values(ParticipantGender);

interface Demographics {
  ageGroup: AgeGroup | null;
  gender: ParticipantGender | null;
  homePlaceId: string | null;
}
const NO_DEMOGRAPHICS: Demographics = { ageGroup: null, gender: null, homePlaceId: null };

type StepKey = `section:${string}` | 'demographics' | 'review';

/** `/:slug/surveys/:id`: answering a survey, one section per page, saved as you go. */
export function SurveyPage() {
  const { slug = '', id = '' } = useParams();
  return <SurveyLoader key={`${slug}/${id}`} slug={slug} id={id} />;
}

function SurveyLoader({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SurveyPageQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  // Switching the UI language asks for the survey again in the new language; meanwhile the
  // questions stay on screen (in the old language), so the answers being given are not lost.
  const lastSurvey = useRef<SurveyView | null>(null);
  if (data?.survey) lastSurvey.current = data.survey;
  const survey = data?.survey ?? (fetching ? lastSurvey.current : null);
  // Drafts are not for respondents (the API says NOT_FOUND to everyone else; managers preview in the builder).
  const notFound = (!survey && (isNotFound(error) || (data !== undefined && !error))) || survey?.status === 'DRAFT';
  useDocumentTitle(survey && !notFound ? survey.title : notFound ? t('surveyResponse:page.notFound.title') : undefined);

  if (notFound) return <NotFound title={t('surveyResponse:page.notFound.title')} body={t('surveyResponse:page.notFound.body')} />;
  if (!survey) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (survey.municipality.slug !== slug) return <Navigate to={paths.survey(survey.municipality.slug, survey.id)} replace />;
  return <SurveyDetails survey={survey} />;
}

function SurveyDetails({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { viewer, loading: viewerLoading } = useViewer();
  const slug = survey.municipality.slug;
  const closed = survey.status === 'CLOSED' || !survey.isOpen;
  const needsSignIn = survey.responseMode === 'SIGNED_IN' && !viewer;

  let body;
  if (closed) {
    body = (
      <div className="survey-notice" role="status">
        <p>{t('surveyResponse:page.closed')}</p>
        {survey.status === 'CLOSED' && (
          <p>
            <Link to={paths.surveyResults(slug, survey.id)}>{t('surveyResponse:page.resultsLink')}</Link>
          </p>
        )}
      </div>
    );
  } else if (survey.responseMode === 'SIGNED_IN' && viewerLoading) {
    body = <Loading />;
  } else if (needsSignIn) {
    body = (
      <p>
        <Link className="button button--primary" to={paths.login(paths.survey(slug, survey.id))}>
          {t('surveyResponse:page.signInLink')}
        </Link>
      </p>
    );
  } else {
    body = <Respond survey={survey} />;
  }

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: survey.municipality.name, to: paths.municipality(slug) },
          ...(survey.dialogue ? [{ label: survey.dialogue.title, to: paths.dialogue(slug, survey.dialogue.id) }] : []),
          { label: survey.title },
        ]}
      />
      <article className="survey" aria-labelledby="survey-title" lang={language}>
        <header className="survey__header">
          <p className="eyebrow">{t('surveyResponse:page.eyebrow')}</p>
          <h1 id="survey-title">{survey.title}</h1>
          {survey.description && <p className="survey__description prose">{survey.description}</p>}
          {survey.dialogue && (
            <p>
              {t('surveyResponse:page.dialogue')}{' '}
              <Link to={paths.dialogue(slug, survey.dialogue.id)}>{survey.dialogue.title}</Link>
            </p>
          )}
          <p className="survey__mode">
            {survey.responseMode === 'ANONYMOUS' ? t('surveyResponse:page.anonymous') : t('surveyResponse:page.signedIn')}
          </p>
          {survey.closesAt && (
            <p>
              {t('surveyResponse:page.closesAt', {
                date: formatDateTime(survey.closesAt, language, { dateStyle: 'long', timeStyle: 'short' }),
              })}
            </p>
          )}
        </header>
        {body}
      </article>
    </>
  );
}

/** The survey's questions with their 1-based numbers, as the validation wants them. */
function answerable(question: SurveyQuestionView): AnswerableQuestion {
  return {
    id: question.id,
    type: question.type,
    required: question.required,
    number: question.number,
    allowOther: question.allowOther,
    maxChoices: question.maxChoices,
    condition: question.condition ? { questionId: question.condition.questionId, optionIds: [...question.condition.optionIds] } : null,
  };
}

/** The API's answer problems (`extensions.fields` with path `answers.<questionId>` and a `problem` code). */
function answerFieldErrors(error: CombinedError | undefined): { questionId: string; problem: SurveyAnswerProblem | null; message: string }[] {
  return (error?.graphQLErrors ?? []).flatMap((e) => {
    const fields = Array.isArray(e.extensions?.fields) ? (e.extensions.fields as unknown[]) : [];
    return fields.flatMap((field) => {
      const f = field as { path?: unknown; message?: unknown; problem?: unknown };
      if (typeof f.path !== 'string' || !f.path.startsWith('answers.')) return [];
      return [{ questionId: f.path.slice('answers.'.length), problem: asProblemCode(f.problem), message: String(f.message ?? '') }];
    });
  });
}

function conflictReason(error: CombinedError | undefined): string | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code === 'CONFLICT' && typeof e.extensions.reason === 'string') return e.extensions.reason;
  }
  return undefined;
}

type Phase = 'loading' | 'answering' | 'submitted' | 'alreadyResponded';

function Respond({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const form = useFormErrors('survey');
  const token = useMemo(() => respondentTokenFor(survey.seriesId || survey.id), [survey.seriesId, survey.id]);
  const [progress] = useQuery({
    query: MySurveyResponseQuery,
    variables: { surveyId: survey.id, respondentToken: token },
    requestPolicy: 'network-only',
  });
  const [, saveProgress] = useMutation(SaveSurveyProgressMutation);
  const [submitting, setSubmitting] = useState(false);
  const [, submitResponse] = useMutation(SubmitSurveyResponseMutation);

  const questions = useMemo(() => survey.sections.flatMap((s) => s.questions), [survey.sections]);
  const validationQuestions = useMemo(() => questions.map(answerable), [questions]);
  const definitions = useMemo(() => toDefinitions(survey.sections.map((s) => ({ id: s.id, questions: s.questions.map((q) => ({ ...q, ...answerable(q) })) }))), [survey.sections]);
  const sectionOf = useMemo(() => {
    const map = new Map<string, SurveySectionView>();
    for (const section of survey.sections) for (const q of section.questions) map.set(q.id, section);
    return map;
  }, [survey.sections]);

  const [phase, setPhase] = useState<Phase>('loading');
  const [resumed, setResumed] = useState(false);
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [rankingOrders, setRankingOrders] = useState<Record<string, string[]>>({});
  const [demographics, setDemographics] = useState<Demographics>(NO_DEMOGRAPHICS);
  const [stepKey, setStepKey] = useState<StepKey | null>(null);
  const [questionErrors, setQuestionErrors] = useState<Record<string, string>>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const [submittedAt, setSubmittedAt] = useState<string | null>(null);

  const shown = useMemo(() => shownQuestionIds(validationQuestions, answers), [validationQuestions, answers]);
  const steps = useMemo<StepKey[]>(() => {
    const sectionSteps = survey.sections
      .filter((section) => section.questions.some((q) => shown.has(q.id)))
      .map((section) => `section:${section.id}` as StepKey);
    return [...sectionSteps, ...(survey.collectDemographics ? (['demographics'] as StepKey[]) : []), 'review'];
  }, [survey.sections, survey.collectDemographics, shown]);
  const currentStep: StepKey = stepKey && steps.includes(stepKey) ? stepKey : steps[0]!;
  const stepIndex = steps.indexOf(currentStep);

  // Resume: once the saved response is known, restore it and go to where the work is.
  useEffect(() => {
    if (phase !== 'loading' || progress.fetching) return;
    if (!progress.data && !progress.error) return;
    const saved = progress.data?.mySurveyResponse;
    if (saved?.status === 'SUBMITTED') {
      setPhase('alreadyResponded');
      return;
    }
    if (saved) {
      const restored = answersFromStored(saved.answers);
      setAnswers(restored);
      setRankingOrders(Object.fromEntries(Object.entries(restored).filter(([questionId]) => questions.find((q) => q.id === questionId)?.type === 'RANKING').map(([questionId, a]) => [questionId, a.optionIds ?? []])));
      setDemographics({
        ageGroup: (saved.demographics?.ageGroup as AgeGroup | null | undefined) ?? null,
        gender: (saved.demographics?.gender as ParticipantGender | null | undefined) ?? null,
        homePlaceId: saved.demographics?.homePlace?.id ?? null,
      });
      setStepKey(resumeStep(survey, validationQuestions, restored));
      setResumed(true);
    }
    setPhase('answering');
  }, [phase, progress.fetching, progress.data, progress.error, questions, survey, validationQuestions]);

  // The latest answers for saves that run later than the render that scheduled them.
  const latest = useRef({ answers, demographics });
  latest.current = { answers, demographics };
  const dirty = useRef(false);
  const submitted = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const demographicsInput = useCallback(
    (d: Demographics) => (survey.collectDemographics ? { ageGroup: d.ageGroup, gender: d.gender, homePlaceId: d.homePlaceId } : null),
    [survey.collectDemographics],
  );

  const saveNow = useCallback(async () => {
    clearTimeout(saveTimer.current);
    dirty.current = false;
    const { answers: a, demographics: d } = latest.current;
    const result = await saveProgress({
      surveyId: survey.id,
      answers: answersToInput(validationQuestions, a),
      demographics: demographicsInput(d),
      respondentToken: token,
      locale: language,
    });
    // A save that lands after this page's own submit says ALREADY_RESPONDED: that is no news.
    if (submitted.current) return;
    if (result.error) {
      if (conflictReason(result.error) === 'ALREADY_RESPONDED') setPhase('alreadyResponded');
      else setSaveFailed(true);
    } else {
      setSaveFailed(false);
    }
  }, [saveProgress, survey.id, validationQuestions, demographicsInput, token, language]);

  // Saved as you go: a pause in changes saves everything (debounced), and so does every step.
  useEffect(() => {
    if (phase !== 'answering' || !dirty.current) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
  }, [answers, demographics, phase, saveNow]);
  // Leaving the page (another route, or a phone putting the tab away) saves what the pause has not.
  const flush = useRef(() => {});
  flush.current = () => {
    if (dirty.current && !submitted.current) void saveNow();
  };
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush.current();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(saveTimer.current);
      flush.current();
    };
  }, []);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useRef<string | 'heading' | null>(null);
  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else document.getElementById(form.idOf(target))?.focus();
  });

  const goTo = (step: StepKey, focus: string | 'heading' = 'heading') => {
    form.clear();
    setQuestionErrors({});
    setStepKey(step);
    // Focusing the new step's heading also scrolls it into view.
    focusAfterRender.current = focus;
  };

  const problemMessage = (code: SurveyAnswerProblem) => t(`surveyResponse:problems.${code}`);
  const showProblems = (problems: { questionId: string; message: string }[]) => {
    const numberOf = new Map(questions.map((q) => [q.id, q.number]));
    setQuestionErrors(Object.fromEntries(problems.map((p) => [p.questionId, p.message])));
    form.show(
      problems.map((p) => ({
        field: p.questionId,
        message: t('surveyResponse:problems.summaryItem', { number: numberOf.get(p.questionId), message: p.message }),
      })),
    );
  };

  const change = (questionId: string, answer: SurveyAnswerValue | undefined) => {
    dirty.current = true;
    setAnswers((current) => {
      const next = { ...current };
      if (answer) next[questionId] = answer;
      else delete next[questionId];
      return next;
    });
    if (questionErrors[questionId]) {
      // A fixed answer loses its message at once; the summary stays until the next check.
      setQuestionErrors(({ [questionId]: _fixed, ...rest }) => rest);
    }
  };
  const changeDemographics = (next: Partial<Demographics>) => {
    dirty.current = true;
    setDemographics((current) => ({ ...current, ...next }));
  };

  const submit = async () => {
    // Every shown question again: a resumed response may skip sections.
    const problems = answerProblems(definitions, answers);
    if (problems.length > 0) {
      const first = sectionOf.get(problems[0]!.questionId)!;
      const inSection = problems.filter((p) => sectionOf.get(p.questionId) === first);
      goTo(`section:${first.id}`);
      focusAfterRender.current = null;
      showProblems(inSection.map((p) => ({ questionId: p.questionId, message: problemMessage(p.code) })));
      return;
    }
    clearTimeout(saveTimer.current);
    setSubmitting(true);
    const result = await submitResponse({
      surveyId: survey.id,
      answers: answersToInput(validationQuestions, answers),
      demographics: demographicsInput(demographics),
      respondentToken: token,
      locale: language,
    });
    setSubmitting(false);
    if (result.data?.submitSurveyResponse && !result.error) {
      submitted.current = true;
      setSubmittedAt(result.data.submitSurveyResponse.submittedAt);
      setPhase('submitted');
      return;
    }
    const error = result.error;
    const reason = conflictReason(error);
    if (reason === 'ALREADY_RESPONDED') {
      setPhase('alreadyResponded');
      return;
    }
    const serverProblems = answerFieldErrors(error)
      .map((f) => ({ questionId: f.questionId, message: f.problem ? problemMessage(f.problem) : f.message }))
      .filter((p) => sectionOf.has(p.questionId));
    if (serverProblems.length > 0) {
      const first = sectionOf.get(serverProblems[0]!.questionId)!;
      goTo(`section:${first.id}`);
      focusAfterRender.current = null;
      showProblems(serverProblems.filter((p) => sectionOf.get(p.questionId) === first));
      return;
    }
    // Everything else keeps the answers on screen, so the respondent can simply try again.
    let message: string;
    if (reason === 'SURVEY_CLOSED' || reason === 'SURVEY_NOT_OPEN') message = t('surveyResponse:submitErrors.closed');
    else if (hasErrorCode(error, ErrorCode.RATE_LIMITED)) message = t('surveyResponse:submitErrors.rateLimited');
    else if (error && errorMessageKey(error) === 'network') message = t('surveyResponse:submitErrors.network');
    else message = error ? t(`errors:${errorMessageKey(error)}`) : t('surveyResponse:submitErrors.network');
    setQuestionErrors({});
    form.show([{ message }]);
  };

  const onSubmitStep = (event: FormEvent) => {
    event.preventDefault();
    if (currentStep === 'review') {
      void submit();
      return;
    }
    if (currentStep.startsWith('section:')) {
      const section = survey.sections.find((s) => `section:${s.id}` === currentStep)!;
      const problems = answerProblems(definitions, answers, new Set(section.questions.map((q) => q.id)));
      if (problems.length > 0) {
        showProblems(problems.map((p) => ({ questionId: p.questionId, message: problemMessage(p.code) })));
        return;
      }
    }
    void saveNow();
    goTo(steps[stepIndex + 1]!);
  };
  const onPrevious = () => {
    void saveNow();
    goTo(steps[Math.max(0, stepIndex - 1)]!);
  };

  if (phase === 'loading') return <Loading />;
  if (phase === 'submitted' || phase === 'alreadyResponded') {
    return <Receipt survey={survey} submittedAt={phase === 'submitted' ? submittedAt : null} />;
  }

  const section = currentStep.startsWith('section:') ? survey.sections.find((s) => `section:${s.id}` === currentStep) : undefined;
  const progressLabel = t('surveyResponse:progress.label', { current: stepIndex + 1, total: steps.length });

  return (
    <div className="survey-respond">
      <p className="survey-respond__saving muted">{t('surveyResponse:page.savedAsYouGo')}</p>
      {resumed && (
        <p className="survey-notice" role="status">
          {t('surveyResponse:page.welcomeBack')}
        </p>
      )}
      <div className="survey-progress">
        <label htmlFor="survey-progress" className="survey-progress__label">
          {progressLabel}
        </label>
        <progress id="survey-progress" className="survey-progress__bar" max={steps.length} value={stepIndex + 1}>
          {progressLabel}
        </progress>
      </div>
      <ErrorSummary form={form} />
      <form className="form survey-form" noValidate onSubmit={onSubmitStep} aria-labelledby="survey-step-heading">
        {section && (
          <>
            <h2 id="survey-step-heading" ref={headingRef} tabIndex={-1}>
              {section.title}
            </h2>
            {section.description && <p className="prose">{section.description}</p>}
            {section.questions
              .filter((q) => shown.has(q.id))
              .map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  answer={answers[question.id]}
                  controlId={form.idOf(question.id)}
                  error={questionErrors[question.id]}
                  otherChosen={answers[question.id]?.otherText != null}
                  rankingOrder={rankingOrders[question.id] ?? []}
                  onAnswer={(answer) => change(question.id, answer)}
                  onRankingOrder={(order) => setRankingOrders((current) => ({ ...current, [question.id]: order }))}
                />
              ))}
          </>
        )}
        {currentStep === 'demographics' && (
          <DemographicsStep survey={survey} headingRef={headingRef} value={demographics} onChange={changeDemographics} idOf={form.idOf} />
        )}
        {currentStep === 'review' && (
          <ReviewStep
            survey={survey}
            headingRef={headingRef}
            answers={answers}
            shown={shown}
            demographics={demographics}
            onChange={(questionId) => goTo(`section:${sectionOf.get(questionId)!.id}`, questionId)}
            onChangeDemographics={() => goTo('demographics', 'demographics-ageGroup')}
          />
        )}
        {saveFailed && (
          <p className="survey-notice survey-notice--warning" role="status">
            {t('surveyResponse:page.saveFailed')}
          </p>
        )}
        <div className="form__actions survey-form__actions">
          {stepIndex > 0 && (
            <button type="button" className="button" onClick={onPrevious}>
              {t('surveyResponse:nav.previous')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={submitting}>
            {currentStep === 'review' ? (submitting ? t('surveyResponse:nav.sending') : t('surveyResponse:nav.submit')) : t('surveyResponse:nav.next')}
          </button>
        </div>
      </form>
    </div>
  );
}

/**
 * Where a returning respondent continues: the first section with a required question still
 * unanswered; else the first section with nothing answered; else the last step before review.
 */
function resumeStep(survey: SurveyView, questions: readonly AnswerableQuestion[], answers: SurveyAnswers): StepKey {
  const shown = shownQuestionIds(questions, answers);
  const sections = survey.sections.filter((s) => s.questions.some((q) => shown.has(q.id)));
  const missingRequired = sections.find((s) => s.questions.some((q) => shown.has(q.id) && q.required && !isAnswered(answers[q.id])));
  if (missingRequired) return `section:${missingRequired.id}`;
  const untouched = sections.find((s) => s.questions.every((q) => !isAnswered(answers[q.id])));
  if (untouched) return `section:${untouched.id}`;
  return survey.collectDemographics ? 'demographics' : 'review';
}

function DemographicsStep({
  survey,
  headingRef,
  value,
  onChange,
  idOf,
}: {
  survey: SurveyView;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  value: Demographics;
  onChange(next: Partial<Demographics>): void;
  idOf(field: string): string;
}) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <>
      <h2 id="survey-step-heading" ref={headingRef} tabIndex={-1}>
        {t('surveyResponse:demographics.heading')}
      </h2>
      <p className="prose">{t('surveyResponse:demographics.lead')}</p>
      <fieldset className="fieldset survey-question">
        <legend>{t('surveyResponse:demographics.ageGroup')}</legend>
        {[...AGE_GROUPS, null].map((ageGroup, index) => {
          const id = index === 0 ? idOf('demographics-ageGroup') : `survey-age-${ageGroup ?? 'none'}`;
          return (
            <div className="radio" key={ageGroup ?? 'none'}>
              <input id={id} type="radio" name="ageGroup" className="radio__input" checked={value.ageGroup === ageGroup} onChange={() => onChange({ ageGroup })} />
              <label htmlFor={id} className="radio__label">
                {ageGroup ? t(`surveyResponse:demographics.ageGroups.${ageGroup}`) : t('surveyResponse:demographics.noAnswer')}
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="fieldset survey-question">
        <legend>{t('surveyResponse:demographics.gender')}</legend>
        {[...GENDERS, null].map((gender) => {
          const id = `survey-gender-${gender ?? 'none'}`;
          return (
            <div className="radio" key={gender ?? 'none'}>
              <input id={id} type="radio" name="gender" className="radio__input" checked={value.gender === gender} onChange={() => onChange({ gender })} />
              <label htmlFor={id} className="radio__label">
                {gender ? t(`surveyResponse:demographics.genders.${gender}`) : t('surveyResponse:demographics.noAnswer')}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="field survey-question">
        <label className="field__label" htmlFor="survey-home-place">
          {t('surveyResponse:demographics.homePlace')}
        </label>
        <select id="survey-home-place" className="field__select" value={value.homePlaceId ?? ''} onChange={(event) => onChange({ homePlaceId: event.target.value || null })}>
          <option value="">{t('surveyResponse:demographics.noAnswer')}</option>
          {survey.municipality.places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function ReviewStep({
  survey,
  headingRef,
  answers,
  shown,
  demographics,
  onChange,
  onChangeDemographics,
}: {
  survey: SurveyView;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  answers: SurveyAnswers;
  shown: ReadonlySet<string>;
  demographics: Demographics;
  onChange(questionId: string): void;
  onChangeDemographics(): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const placeName = (id: string | null) => survey.municipality.places.find((p) => p.id === id)?.name;
  const words: AnswerWords = {
    other: t('surveyResponse:question.other'),
    scaleValue: (value, label) => t('surveyResponse:question.scaleValue', { value, label }),
  };
  return (
    <>
      <h2 id="survey-step-heading" ref={headingRef} tabIndex={-1}>
        {t('surveyResponse:review.heading')}
      </h2>
      <p className="prose">{t('surveyResponse:review.lead')}</p>
      <dl className="survey-review">
        {survey.sections.flatMap((section) =>
          section.questions
            .filter((q) => shown.has(q.id))
            .map((question) => (
              <div key={question.id} className="survey-review__item">
                <dt>
                  {t('surveyResponse:question.number', { number: question.number })}: {question.prompt}
                </dt>
                <dd>
                  <span className="survey-review__answer">{answerText(question, answers[question.id], words) ?? t('surveyResponse:review.noAnswer')}</span>{' '}
                  <button
                    type="button"
                    className="link-button survey-review__change"
                    aria-label={`${t('surveyResponse:review.change')} ${t('surveyResponse:review.changeWhat', { number: question.number })}`}
                    onClick={() => onChange(question.id)}
                  >
                    {t('surveyResponse:review.change')}
                  </button>
                </dd>
              </div>
            )),
        )}
        {survey.collectDemographics && (
          <div className="survey-review__item">
            <dt>{t('surveyResponse:demographics.heading')}</dt>
            <dd>
              <span className="survey-review__answer">
                {[
                  `${t('surveyResponse:demographics.ageGroup')}: ${demographics.ageGroup ? t(`surveyResponse:demographics.ageGroups.${demographics.ageGroup}`) : t('surveyResponse:demographics.noAnswer')}`,
                  `${t('surveyResponse:demographics.gender')}: ${demographics.gender ? t(`surveyResponse:demographics.genders.${demographics.gender}`) : t('surveyResponse:demographics.noAnswer')}`,
                  `${t('surveyResponse:demographics.homePlace')}: ${placeName(demographics.homePlaceId) ?? t('surveyResponse:demographics.noAnswer')}`,
                ].join(', ')}
              </span>{' '}
              <button
                type="button"
                className="link-button survey-review__change"
                aria-label={`${t('surveyResponse:review.change')} ${t('surveyResponse:review.changeDemographics')}`}
                onClick={onChangeDemographics}
              >
                {t('surveyResponse:review.change')}
              </button>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

/** An answer in words for the review step; undefined when unanswered. */
interface AnswerWords {
  other: string;
  scaleValue(value: number, label: string): string;
}

function answerText(question: SurveyQuestionView, answer: SurveyAnswerValue | undefined, words: AnswerWords): string | undefined {
  if (!answer) return undefined;
  const optionText = (id: string) => question.options.find((o) => o.id === id)?.text ?? '';
  const other = answer.otherText?.trim() ? `${words.other}: ${answer.otherText.trim()}` : undefined;
  let parts: string[] = [];
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      parts = [...(answer.optionIds ?? []).map(optionText), ...(other ? [other] : [])];
      break;
    case 'SCALE':
      if (answer.value != null) {
        const label = answer.value === 1 ? question.scaleMinLabel : answer.value === 5 ? question.scaleMaxLabel : null;
        parts = [label ? words.scaleValue(answer.value, label) : String(answer.value)];
      }
      break;
    case 'FREE_TEXT':
      parts = answer.text?.trim() ? [answer.text.trim()] : [];
      break;
    case 'RANKING':
      parts = (answer.optionIds ?? []).map((id, index) => `${index + 1}. ${optionText(id)}`);
      break;
    case 'PLACE':
      parts = [question.places.find((p) => p.id === answer.placeId)?.name ?? ''].filter(Boolean);
      break;
    case 'GOAL':
      parts = (answer.goalIds ?? []).map((id) => question.goals.find((g) => g.id === id)).filter((g) => !!g).map((g) => `${g.code} ${g.title}`);
      break;
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** After sending (focus on its heading), or for a returning respondent who already answered. */
function Receipt({ survey, submittedAt }: { survey: SurveyView; submittedAt: string | null }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const justSent = submittedAt !== null;
  useEffect(() => {
    if (justSent) headingRef.current?.focus();
  }, [justSent]);
  const slug = survey.municipality.slug;
  return (
    <section className="survey-receipt" aria-labelledby="survey-receipt-heading">
      <h2 id="survey-receipt-heading" ref={headingRef} tabIndex={-1}>
        {justSent ? t('surveyResponse:receipt.heading') : t('surveyResponse:receipt.alreadyResponded')}
      </h2>
      {justSent && (
        <p>{t('surveyResponse:receipt.body', { date: formatDateTime(submittedAt, language, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      )}
      {!justSent && <p>{t('surveyResponse:receipt.onlyOnce')}</p>}
      {survey.dialogue && (
        <p>
          <Link to={paths.dialogue(slug, survey.dialogue.id)}>{t('surveyResponse:receipt.toDialogue', { title: survey.dialogue.title })}</Link>
        </p>
      )}
    </section>
  );
}
