import { ErrorCode, NAMESPACES, Role, SurveyStatus, TranslationStatus, type SurveyQuestionType, type SurveyResponseMode } from '@medskapa/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, hasErrorCode, isNotFound } from '../../../graphql/errors';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { hasRoleIn, useViewer } from '../../accounts/useViewer';
import { isoToStockholm } from '../../workshops/components/WorkshopDetailsFormat';
import { SurveyBuilderForm } from '../builder/SurveyBuilderForm';
import {
  CreateSurveyVersionMutation,
  SurveyBuilderOptionsQuery,
  SurveyForEditQuery,
  type BuilderOptions,
  type EditedSurvey,
} from '../builder/surveyBuilder.graphql';
import { emptySurveyDraft, textsOf, type SurveyDraft } from '../builder/surveyDraft';
import '../../ideas/ideas.css';
import '../builder/builder.css';

type Municipality = NonNullable<BuilderOptions['municipality']>;

/**
 * `/:slug/surveys/new?dialogue=<id>` and `/:slug/surveys/:id/edit`: the survey builder, for the
 * municipality's officers. Others see the sign-in prompt or why they cannot build surveys.
 */
export function SurveyBuilderPage() {
  const { slug = '', id } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = id ? t('surveyBuilder:title.edit') : t('surveyBuilder:title.new');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('surveyBuilder:signInBody')} />;
  if (!hasRoleIn(viewer, slug, Role.OFFICER)) {
    return (
      <div className="form-page">
        <h1>{title}</h1>
        <p>{t('surveyBuilder:forbidden')}</p>
        <p>
          <Link to={paths.dialogues(slug)}>{t('surveyBuilder:backToDialogues')}</Link>
        </p>
      </div>
    );
  }
  return <SurveyBuilderScreen slug={slug} id={id} />;
}

/**
 * Loads what the builder needs. After the first save of a new survey the address changes to
 * the edit page; `justCreated` keeps the same form (its state, language and errors) instead of
 * reloading it, so "Publicera" on a new survey can show the API's problems in place.
 */
function SurveyBuilderScreen({ slug, id }: { slug: string; id?: string }) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [justCreated, setJustCreated] = useState<string | null>(null);
  const [{ data: options, fetching: optionsLoading, error: optionsError }, reloadOptions] = useQuery({
    query: SurveyBuilderOptionsQuery,
    variables: { slug },
  });
  const keepForm = !!id && id === justCreated;
  const [{ data, fetching, error }, reload] = useQuery({ query: SurveyForEditQuery, variables: { id: id ?? '' }, pause: !id || keepForm });
  useLoadingAnnouncement(optionsLoading || fetching);
  const title = t('surveyBuilder:title.edit');

  const municipality = options?.municipality;
  if (!municipality) {
    if (isNotFound(optionsError) || (options !== undefined && !optionsError)) {
      return <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
    }
    if (optionsError) return <ErrorAlert error={optionsError} onRetry={() => reloadOptions({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  const areas = municipality.currentStrategy?.areas ?? [];
  const places = options.places ?? [];
  const dialogues = options.dialogues ?? [];
  const formProps = {
    slug,
    places,
    areas,
    dialogues,
    onCreated: (created: string) => {
      setJustCreated(created);
      navigate(paths.editSurvey(slug, created), { replace: true });
    },
  };

  if (!id || keepForm) {
    const wanted = params.get('dialogue') ?? '';
    const dialogueId = dialogues.some((d) => d.id === wanted) ? wanted : '';
    return (
      <BuilderFrame municipality={municipality} title={keepForm ? t('surveyBuilder:title.edit') : t('surveyBuilder:title.new')}>
        {/* The same key before and after the first save: the form keeps its state. */}
        <SurveyBuilderForm key="new" {...formProps} initial={emptySurveyDraft(dialogueId)} surveyId={justCreated ?? undefined} />
      </BuilderFrame>
    );
  }

  const survey = data?.survey;
  if (!survey) {
    if (isNotFound(error) || (data !== undefined && !error)) {
      return <NotFound title={t('surveyBuilder:notFound.title')} body={t('surveyBuilder:notFound.body')} />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!survey.viewerCanManage) return <NotFound title={t('surveyBuilder:notFound.title')} body={t('surveyBuilder:notFound.body')} />;
  if (survey.status !== SurveyStatus.DRAFT) {
    return (
      <BuilderFrame municipality={municipality} title={title}>
        <FrozenSurvey slug={slug} survey={survey} />
      </BuilderFrame>
    );
  }
  return (
    <BuilderFrame municipality={municipality} title={title}>
      <SurveyBuilderForm key={survey.id} {...formProps} initial={draftOf(survey)} surveyId={survey.id} />
    </BuilderFrame>
  );
}

function BuilderFrame({ municipality, title, children }: { municipality: Municipality; title: string; children: React.ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="form-page survey-builder-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('dialogues:nav'), to: paths.dialogues(municipality.slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{t('surveyBuilder:lead')}</p>
      {children}
    </div>
  );
}

/** A saved draft as the builder edits it. */
function draftOf(survey: EditedSurvey): SurveyDraft {
  const closes = survey.closesAt ? isoToStockholm(survey.closesAt) : { date: '', time: '' };
  const machine = (locale: string) =>
    survey.translationStatus.some((s) => s.locale === locale && s.status === TranslationStatus.MACHINE_ASSISTED);
  return {
    title: textsOf(survey.titleTranslations),
    description: textsOf(survey.descriptionTranslations),
    responseMode: survey.responseMode as SurveyResponseMode,
    collectDemographics: survey.collectDemographics,
    closesDate: closes.date,
    closesTime: closes.time,
    dialogueId: survey.dialogue?.id ?? '',
    machineAssisted: { fi: machine('fi'), fit: machine('fit') },
    sections: survey.sections.map((section) => ({
      id: section.id,
      title: textsOf(section.titleTranslations),
      description: textsOf(section.descriptionTranslations),
      questions: section.questions.map((question) => ({
        id: question.id,
        type: question.type as SurveyQuestionType,
        required: question.required,
        prompt: textsOf(question.promptTranslations),
        help: textsOf(question.helpTranslations),
        options: question.options.map((option) => ({ id: option.id, text: textsOf(option.textTranslations) })),
        allowOther: question.allowOther,
        scaleMinLabel: textsOf(question.scaleMinLabelTranslations),
        scaleMaxLabel: textsOf(question.scaleMaxLabelTranslations),
        placeIds: [...question.placeIds],
        goalIds: [...question.goalIds],
        maxChoices: question.maxChoices == null ? '' : String(question.maxChoices),
        conditionQuestionId: question.condition?.questionId ?? '',
        conditionOptionIds: [...(question.condition?.optionIds ?? [])],
      })),
    })),
  };
}

/** A published or closed survey: its questions are locked; a new version is the way to change them. */
function FrozenSurvey({ slug, survey }: { slug: string; survey: EditedSurvey }) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const [{ fetching }, createVersion] = useMutation(CreateSurveyVersionMutation);
  const [draftExists, setDraftExists] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const existingDraft = survey.versions.find((version) => version.status === SurveyStatus.DRAFT);

  useEffect(() => {
    if (draftExists || problem) messageRef.current?.focus();
  }, [draftExists, problem]);

  const onNewVersion = async () => {
    setProblem(null);
    const result = await createVersion({ id: survey.id });
    if (result.data?.createSurveyVersion) {
      navigate(paths.editSurvey(slug, result.data.createSurveyVersion.id));
      return;
    }
    if (hasErrorCode(result.error, ErrorCode.CONFLICT)) return setDraftExists(true);
    setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : ErrorCode.INTERNAL_SERVER_ERROR}`));
  };

  return (
    <div className="survey-builder__frozen">
      <div className="status-box">
        <p className="survey-builder__frozen-title">
          <strong>{t(`surveyBuilder:frozen.${survey.status === SurveyStatus.CLOSED ? 'CLOSED' : 'PUBLISHED'}`)}</strong>
        </p>
        <p>
          {survey.title} · {t('surveyBuilder:frozen.version', { version: survey.version })}
        </p>
        <p>{t('surveyBuilder:frozen.body')}</p>
      </div>
      {(draftExists || problem) && (
        <div className="status-box" role="alert" tabIndex={-1} ref={messageRef}>
          <p>{problem ?? t('surveyBuilder:frozen.draftExists')}</p>
          {draftExists && existingDraft && (
            <p>
              <Link to={paths.editSurvey(slug, existingDraft.id)}>{t('surveyBuilder:frozen.openDraft')}</Link>
            </p>
          )}
        </div>
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={fetching} onClick={onNewVersion}>
          {t('surveyBuilder:frozen.newVersion')}
        </button>
        <Link to={paths.survey(slug, survey.id)}>{t('surveyBuilder:frozen.toSurvey')}</Link>
        <Link to={paths.surveyResults(slug, survey.id)}>{t('surveyBuilder:frozen.toResults')}</Link>
      </div>
    </div>
  );
}
