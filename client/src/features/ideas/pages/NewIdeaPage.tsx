import {
  IDEA_BODY_MAX_LENGTH,
  IDEA_BODY_MIN_LENGTH,
  IDEA_GOALS_MAX,
  IDEA_PLACES_MAX,
  IDEA_TITLE_MAX_LENGTH,
  IDEA_TITLE_MIN_LENGTH,
  LOCALE_NAMES,
  LOCALES,
  NAMESPACES,
} from '@medskapa/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormErrors } from '../../../ui/form/useFormErrors';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { DialogueTitleQuery } from '../../dialogues/dialogues.graphql';
import { useViewer } from '../../accounts/useViewer';
import { SimilarIdeas } from '../components/SimilarIdeas';
import { IdeaOptionsQuery, SubmitIdeaMutation } from '../ideas.graphql';
import { ideaServerErrors, validateIdea } from '../validation';
import type { IdeaOptions } from './IdeasPage';
import type { SubmittedState } from './IdeaPage';
import '../ideas.css';

/** `/:slug/ideas/new`: submit an idea (signed in). */
export function NewIdeaPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = t('ideas:form.title');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('ideas:form.signInBody')} />;
  return <NewIdea key={slug} slug={slug} />;
}

function NewIdea({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeaOptionsQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  if (notFound) {
    return <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
  }
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  return <NewIdeaForm options={municipality} />;
}

/** Characters typed of the allowed maximum, for the field's hint. */
function Counter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <span className={length > max ? 'counter counter--over' : 'counter'}>
      {t('ideas:form.counter', { count: length, max })}
    </span>
  );
}

export function NewIdeaForm({ options }: { options: IdeaOptions }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const form = useFormErrors('idea');
  const [{ fetching }, submit] = useMutation(SubmitIdeaMutation);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [localeChoice, setLocaleChoice] = useState<string>(language);
  const [otherLocale, setOtherLocale] = useState('');
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const [placeIds, setPlaceIds] = useState<string[]>([]);
  const slug = options.slug;
  // `?dialogue=<id>` (the dialogue page's "Lämna en idé"): the idea is given in that dialogue.
  const [params] = useSearchParams();
  const wantedDialogue = params.get('dialogue') ?? '';
  const [{ data: dialogueData }] = useQuery({ query: DialogueTitleQuery, variables: { id: wantedDialogue }, pause: !wantedDialogue });
  const dialogue = wantedDialogue ? (dialogueData?.dialogue ?? null) : null;
  const areas = options.currentStrategy?.areas ?? [];
  // The fields carry the language being written, once it is a valid code (screen readers, spelling).
  const typedLocale = localeChoice === 'other' ? otherLocale.trim().toLowerCase() : localeChoice;
  const draftLang = /^[a-z]{2,3}$/.test(typedLocale) ? typedLocale : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = { municipalitySlug: slug, title, body, localeChoice, otherLocale, goalIds, placeIds };
    const checked = validateIdea(t, draft);
    if (!checked.ok) return form.show(checked.errors);
    const result = await submit({
      input: {
        municipalitySlug: checked.data.municipalitySlug,
        title: checked.data.title,
        body: checked.data.body,
        locale: checked.data.locale,
        goalIds: checked.data.goalIds,
        placeIds: checked.data.placeIds,
        ...(dialogue ? { dialogueId: dialogue.id } : {}),
      },
    });
    if (result.error || !result.data) {
      return form.show(result.error ? ideaServerErrors(t, result.error, language, localeChoice) : []);
    }
    const created = result.data.submitIdea;
    form.clear();
    announce(t('ideas:form.submittedAnnouncement', { reference: created.reference }));
    navigate(paths.idea(slug, created.id), { state: { submitted: true } satisfies SubmittedState });
  };

  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: options.name, to: paths.municipality(slug) },
          { label: t('ideas:list.title'), to: paths.ideas(slug) },
          { label: t('ideas:form.title') },
        ]}
      />
      <h1>{t('ideas:form.title')}</h1>
      <p className="lead">{t('ideas:form.lead', { municipality: options.name })}</p>
      <div className="status-box">
        {dialogue && <p>{t('dialogues:idea.inDialogue', { title: dialogue.title })}</p>}
        <p>{t('ideas:form.public')}</p>
      </div>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="title"
          required
          maxLength={IDEA_TITLE_MAX_LENGTH + 20}
          lang={draftLang}
          label={t('ideas:form.fields.title.label')}
          hint={
            <>
              {t('ideas:form.fields.title.hint', { min: IDEA_TITLE_MIN_LENGTH, max: IDEA_TITLE_MAX_LENGTH })}{' '}
              <Counter length={title.trim().length} max={IDEA_TITLE_MAX_LENGTH} />
            </>
          }
          value={title}
          onValueChange={setTitle}
        />
        <TextAreaField
          form={form}
          name="body"
          required
          rows={8}
          lang={draftLang}
          label={t('ideas:form.fields.body.label')}
          hint={
            <>
              {t('ideas:form.fields.body.hint', { min: IDEA_BODY_MIN_LENGTH, max: IDEA_BODY_MAX_LENGTH })}{' '}
              <Counter length={body.trim().length} max={IDEA_BODY_MAX_LENGTH} />
            </>
          }
          value={body}
          onValueChange={setBody}
        />
        <SimilarIdeas slug={slug} title={title} body={body} />
        <SelectField
          form={form}
          name="locale"
          label={t('ideas:form.fields.locale.label')}
          hint={t('ideas:form.fields.locale.hint')}
          value={localeChoice}
          onValueChange={setLocaleChoice}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
          <option value="other">{t('ideas:form.fields.locale.other')}</option>
        </SelectField>
        {localeChoice === 'other' && (
          <TextField
            form={form}
            name="otherLocale"
            className="field--short"
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={3}
            label={t('ideas:form.fields.otherLocale.label')}
            hint={t('ideas:form.fields.otherLocale.hint')}
            value={otherLocale}
            onValueChange={setOtherLocale}
          />
        )}
        <CheckboxGroup
          form={form}
          name="goalIds"
          legend={t('ideas:form.fields.goals.legend')}
          hint={t('ideas:form.fields.goals.hint', { max: IDEA_GOALS_MAX })}
          selected={goalIds}
          onChange={setGoalIds}
          groups={areas.map((area) => ({
            id: area.id,
            legend: `${area.code} ${area.title}`,
            options: area.goals.map((goal) => ({ value: goal.id, label: `${goal.code} ${goal.title}` })),
          }))}
        />
        <CheckboxGroup
          form={form}
          name="placeIds"
          legend={t('ideas:form.fields.places.legend')}
          hint={t('ideas:form.fields.places.hint', { max: IDEA_PLACES_MAX })}
          selected={placeIds}
          onChange={setPlaceIds}
          groups={[{ id: 'places', options: options.places.map((place) => ({ value: place.id, label: place.name })) }]}
          columns
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('ideas:form.submit')}
          </button>
          <Link to={paths.ideas(slug)}>{t('ideas:form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}

interface CheckboxGroupProps {
  form: FormErrors;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  selected: readonly string[];
  onChange(selected: string[]): void;
  /** Options, in fieldsets of their own when a group has a legend (målbilder by area). */
  groups: readonly { id: string; legend?: string; options: readonly { value: string; label: string }[] }[];
  columns?: boolean;
}

/**
 * Checkboxes in a fieldset whose legend asks the question, optionally grouped in inner
 * fieldsets; the error sits under the legend and the summary links to the first checkbox.
 */
function CheckboxGroup({ form, name, legend, hint, selected, onChange, groups, columns }: CheckboxGroupProps) {
  const { t } = useTranslation(NAMESPACES);
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const first = groups.find((g) => g.options.length > 0)?.options[0]?.value;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  const boxes = (options: readonly { value: string; label: string }[]) => (
    <div className={columns ? 'checkboxes checkboxes--columns' : 'checkboxes'}>
      {options.map((option) => {
        const optionId = option.value === first ? id : `${id}-${option.value}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type="checkbox"
              className="checkbox__input"
              id={optionId}
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            <label className="checkbox__label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </div>
  );

  return (
    <fieldset className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {error}
        </p>
      )}
      <p className="checkbox-count">{t('ideas:form.chosen', { count: selected.length })}</p>
      {groups.map((group) =>
        group.legend ? (
          <fieldset key={group.id} className="fieldset fieldset--nested">
            <legend>{group.legend}</legend>
            {boxes(group.options)}
          </fieldset>
        ) : (
          <div key={group.id}>{boxes(group.options)}</div>
        ),
      )}
    </fieldset>
  );
}
