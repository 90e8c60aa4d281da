import { NAMESPACES, POLL_AUDIENCE_MAX_LENGTH, POLL_DESCRIPTION_MAX_LENGTH, POLL_GOALS_MAX, POLL_QUESTION_MAX_LENGTH, PollStatus, Role } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { graphql, type ResultOf } from '../../../graphql/graphql';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { hasRoleIn, useViewer } from '../../accounts/useViewer';
import { PollFormGoals } from '../components/PollFormGoals';
import { newOptionDraft, PollFormOptions } from '../components/PollFormOptions';
import {
  dateToLocal,
  defaultTimes,
  emptyTexts,
  isAlreadyOpen,
  POLL_LANGUAGES,
  pollServerErrors,
  validatePoll,
  type PollDraft,
  type PollTexts,
} from '../components/PollFormValidation';
import { isPollOrganizationKind, ledPollOrganizations, MyPollOrganizationsQuery } from '../pollStatus';
import '../../ideas/ideas.css';

/** The municipality, its strategy's målbilder and its councils, for the builder. */
export const PollFormOptionsQuery = graphql(`
  query PollFormOptions($slug: String!) {
    municipality(slug: $slug) {
      id
      slug
      name
      currentStrategy {
        id
        areas {
          id
          code
          title
          goals {
            id
            code
            title
          }
        }
      }
    }
    schoolCouncils: organizations(municipalitySlug: $slug, kind: SCHOOL_COUNCIL) {
      id
      name
      kind
    }
    youthCouncils: organizations(municipalitySlug: $slug, kind: YOUTH_COUNCIL) {
      id
      name
      kind
    }
  }
`);

/** A poll with every language of its texts, to edit it. */
export const PollForEditQuery = graphql(`
  query PollForEdit($id: ID!) {
    poll(id: $id) {
      id
      status
      viewerCanManage
      questionTranslations {
        locale
        text
      }
      descriptionTranslations {
        locale
        text
      }
      options {
        id
        position
        textTranslations {
          locale
          text
        }
      }
      goals {
        id
      }
      opensAt
      closesAt
      audience
      liveResults
      organization {
        id
        name
      }
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
      status
    }
  }
`);

export const UpdatePollMutation = graphql(`
  mutation UpdatePoll($id: ID!, $input: UpdatePollInput!) {
    updatePoll(id: $id, input: $input) {
      id
      status
      question
      opensAt
      closesAt
      audience
      liveResults
    }
  }
`);

type FormOptions = ResultOf<typeof PollFormOptionsQuery>;
type Municipality = NonNullable<FormOptions['municipality']>;
type EditedPoll = NonNullable<ResultOf<typeof PollForEditQuery>['poll']>;

/** `/:slug/polls/new` and `/:slug/polls/:id/edit`: the poll builder (signed in). */
export function PollFormPage() {
  const { slug = '', id } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = id ? t('polls:form.editTitle') : t('polls:form.newTitle');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('polls:form.signInBody')} />;
  return id ? <EditPoll key={id} slug={slug} id={id} /> : <NewPoll key={slug} slug={slug} />;
}

/** The municipality and its councils, or what stands in for them while loading or missing. */
function useFormOptions(slug: string) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PollFormOptionsQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  let fallback: React.ReactNode = null;
  if (notFound) {
    fallback = <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
  } else if (!municipality) {
    fallback = error ? <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <Loading />;
  }
  return { data, municipality, fallback };
}

function NewPoll({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const { data, municipality, fallback } = useFormOptions(slug);
  const [{ data: mine, fetching: mineLoading }] = useQuery({ query: MyPollOrganizationsQuery });
  if (!municipality) return fallback;
  if (mineLoading && !mine) return <Loading />;

  // Officers may pick any council of the municipality; leaders the councils they lead.
  const organizations = hasRoleIn(viewer, slug, Role.OFFICER)
    ? [...(data?.schoolCouncils ?? []), ...(data?.youthCouncils ?? [])]
        .filter((o) => isPollOrganizationKind(o.kind))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    : ledPollOrganizations(mine?.me?.organizations ?? [], slug);
  if (organizations.length === 0) {
    return (
      <PollMessage municipality={municipality} title={t('polls:form.newTitle')}>
        <p>{t('polls:form.forbidden')}</p>
        <p>
          <Link to={paths.polls(slug)}>{t('polls:list.title')}</Link>
        </p>
      </PollMessage>
    );
  }
  const wanted = params.get('organization') ?? '';
  const preselected = organizations.some((o) => o.id === wanted) ? wanted : organizations.length === 1 ? organizations[0]!.id : '';
  const times = defaultTimes();
  const initial: PollDraft = {
    organizationId: preselected,
    question: emptyTexts(),
    description: emptyTexts(),
    options: [newOptionDraft(), newOptionDraft()],
    opensAt: times.opensAt,
    closesAt: times.closesAt,
    audience: '',
    liveResults: false,
    goalIds: [],
  };
  return <PollForm municipality={municipality} organizations={organizations} initial={initial} />;
}

/** The texts of a poll by language (the API lists them as translations). */
function textsOf(translations: readonly { locale: string; text: string }[]): PollTexts {
  const texts = emptyTexts();
  for (const lang of POLL_LANGUAGES) texts[lang] = translations.find((tr) => tr.locale === lang)?.text ?? '';
  return texts;
}

function EditPoll({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality, fallback } = useFormOptions(slug);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PollForEditQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const poll = data?.poll;
  if (!poll) {
    if (isNotFound(error) || (data !== undefined && !error)) {
      return <NotFound title={t('polls:form.notFound.title')} body={t('polls:form.notFound.body')} />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!municipality) return fallback;
  if (!poll.viewerCanManage || poll.status !== PollStatus.SCHEDULED) {
    return <PollNotEditable municipality={municipality} pollId={poll.id} reason={poll.viewerCanManage ? 'alreadyOpen' : 'cannotManage'} />;
  }
  return <PollForm municipality={municipality} poll={poll} initial={draftOf(poll)} />;
}

function draftOf(poll: EditedPoll): PollDraft {
  return {
    organizationId: poll.organization.id,
    question: textsOf(poll.questionTranslations),
    description: textsOf(poll.descriptionTranslations),
    options: [...poll.options].sort((a, b) => a.position - b.position).map((option) => newOptionDraft(textsOf(option.textTranslations))),
    opensAt: dateToLocal(new Date(poll.opensAt)),
    closesAt: dateToLocal(new Date(poll.closesAt)),
    audience: poll.audience ?? '',
    liveResults: poll.liveResults,
    goalIds: poll.goals.map((goal) => goal.id),
  };
}

/** A page that explains instead of showing the form (breadcrumbs, heading, the explanation). */
function PollMessage({ municipality, title, children }: { municipality: Municipality; title: string; children: React.ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('polls:list.title'), to: paths.polls(municipality.slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** Why this poll cannot be edited, with the way back to it. `alert` when the API just said so. */
function PollNotEditable({
  municipality,
  pollId,
  reason,
  alert = false,
}: {
  municipality: Municipality;
  pollId: string;
  reason: 'alreadyOpen' | 'cannotManage';
  alert?: boolean;
}) {
  const { t } = useTranslation(NAMESPACES);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form the reader was in is gone: put focus on what replaced it.
    if (alert) messageRef.current?.focus();
  }, [alert]);
  return (
    <PollMessage municipality={municipality} title={t('polls:form.editTitle')}>
      <div className="status-box" ref={messageRef} tabIndex={-1} role={alert ? 'alert' : undefined}>
        <p>{t(`polls:form.${reason}`)}</p>
      </div>
      <p>
        <Link to={paths.poll(municipality.slug, pollId)}>{t('polls:form.backToPoll')}</Link>
      </p>
    </PollMessage>
  );
}

interface PollFormProps {
  municipality: Municipality;
  initial: PollDraft;
  /** Creating: the councils the viewer may choose. */
  organizations?: readonly { id: string; name: string }[];
  /** Editing: the poll (its council cannot change). */
  poll?: EditedPoll;
}

function PollForm({ municipality, initial, organizations = [], poll }: PollFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const form = useFormErrors('poll');
  const [{ fetching: creating }, create] = useMutation(CreatePollMutation);
  const [{ fetching: updating }, update] = useMutation(UpdatePollMutation);
  const [draft, setDraft] = useState<PollDraft>(initial);
  const [openedMeanwhile, setOpenedMeanwhile] = useState(false);
  const slug = municipality.slug;
  const mode = poll ? 'update' : 'create';
  const title = poll ? t('polls:form.editTitle') : t('polls:form.newTitle');
  const areas = municipality.currentStrategy?.areas ?? [];
  const set = <K extends keyof PollDraft>(field: K, value: PollDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setText = (field: 'question' | 'description', lang: (typeof POLL_LANGUAGES)[number], value: string) =>
    setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));

  if (poll && openedMeanwhile) return <PollNotEditable municipality={municipality} pollId={poll.id} reason="alreadyOpen" alert />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validatePoll(t, draft, mode);
    if (!checked.ok) return form.show(checked.errors);
    const result = poll
      ? await update({ id: poll.id, input: checked.input })
      : await create({ input: { ...checked.input, organizationId: draft.organizationId } });
    if (result.error) {
      if (poll && isAlreadyOpen(result.error)) return setOpenedMeanwhile(true);
      return form.show(pollServerErrors(t, result.error, draft.options.length));
    }
    const saved = result.data && ('createPoll' in result.data ? result.data.createPoll : result.data.updatePoll);
    if (!saved) return form.show([{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
    form.clear();
    navigate(paths.poll(slug, saved.id));
  };

  const inLanguage = (lang: string) => t(`polls:languages.${lang}` as 'polls:languages.sv');

  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(slug) },
          { label: t('polls:list.title'), to: paths.polls(slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{t('polls:form.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        {poll ? (
          <p>{t('polls:form.organization.fixed', { organization: poll.organization.name })}</p>
        ) : (
          <SelectField
            form={form}
            name="organizationId"
            required
            label={t('polls:form.organization.label')}
            hint={t('polls:form.organization.hint')}
            value={draft.organizationId}
            onValueChange={(value) => set('organizationId', value)}
          >
            <option value="">{t('polls:form.organization.choose')}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </SelectField>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('polls:form.question.legend')}</legend>
          <p className="field__hint">{t('polls:form.question.hint', { max: POLL_QUESTION_MAX_LENGTH })}</p>
          {POLL_LANGUAGES.map((lang) => (
            <TextField
              key={lang}
              form={form}
              name={`question-${lang}`}
              lang={lang}
              required
              maxLength={POLL_QUESTION_MAX_LENGTH + 20}
              label={t('polls:form.question.label', { inLanguage: inLanguage(lang) })}
              value={draft.question[lang]}
              onValueChange={(value) => setText('question', lang, value)}
            />
          ))}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="field__label">{t('polls:form.description.legend')}</legend>
          <p className="field__hint">{t('polls:form.description.hint', { max: POLL_DESCRIPTION_MAX_LENGTH })}</p>
          {POLL_LANGUAGES.map((lang) => (
            <TextAreaField
              key={lang}
              form={form}
              name={`description-${lang}`}
              lang={lang}
              rows={3}
              label={t('polls:form.description.label', { inLanguage: inLanguage(lang) })}
              value={draft.description[lang]}
              onValueChange={(value) => setText('description', lang, value)}
            />
          ))}
        </fieldset>
        <PollFormOptions form={form} options={draft.options} onChange={(options) => set('options', options)} />
        <fieldset className="fieldset">
          <legend className="field__label">{t('polls:form.times.legend')}</legend>
          <TextField
            form={form}
            name="opensAt"
            type="datetime-local"
            required
            className="field--short"
            label={t('polls:form.times.opensAt')}
            hint={t('polls:form.times.opensAtHint')}
            value={draft.opensAt}
            onValueChange={(value) => set('opensAt', value)}
          />
          <TextField
            form={form}
            name="closesAt"
            type="datetime-local"
            required
            className="field--short"
            label={t('polls:form.times.closesAt')}
            hint={t('polls:form.times.closesAtHint')}
            value={draft.closesAt}
            onValueChange={(value) => set('closesAt', value)}
          />
        </fieldset>
        <TextField
          form={form}
          name="audience"
          maxLength={POLL_AUDIENCE_MAX_LENGTH + 20}
          label={t('polls:form.audience.label')}
          hint={t('polls:form.audience.hint', { max: POLL_AUDIENCE_MAX_LENGTH })}
          value={draft.audience}
          onValueChange={(value) => set('audience', value)}
        />
        <CheckboxField
          form={form}
          name="liveResults"
          label={t('polls:form.liveResults')}
          checked={draft.liveResults}
          onCheckedChange={(checked) => set('liveResults', checked)}
        />
        {areas.length > 0 && (
          <PollFormGoals
            form={form}
            legend={t('polls:form.goals.legend')}
            hint={t('polls:form.goals.hint', { max: POLL_GOALS_MAX })}
            areas={areas}
            selected={draft.goalIds}
            onChange={(goalIds) => set('goalIds', goalIds)}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={creating || updating}>
            {poll ? t('polls:form.save') : t('polls:form.create')}
          </button>
          <Link to={poll ? paths.poll(slug, poll.id) : paths.polls(slug)}>{t('polls:form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
