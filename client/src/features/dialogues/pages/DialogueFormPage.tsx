import {
  DIALOGUE_PHASE_ORDER,
  DialogueStatus,
  DialogueTargetGroup,
  NAMESPACES,
  TranslationStatus,
  type DialoguePhaseKind,
} from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { CheckboxField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormErrors } from '../../../ui/form/useFormErrors';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { useViewer } from '../../accounts/useViewer';
import { PollFormGoals } from '../../polls/components/PollFormGoals';
import { dialogueServerErrors, emptyDraft, includedKinds, TEXT_FIELDS, TEXT_MAX, validateDialogue, type DialogueDraft, type PhaseDraft } from '../dialogueForm';
import { canManageDialogues, DIALOGUE_LANGUAGES, textsOf, type DialogueLanguage } from '../dialogueFormat';
import { CreateDialogueMutation, DialogueForEditQuery, DialogueFormOptionsQuery, UpdateDialogueMutation } from '../dialogues.graphql';
import '../../ideas/ideas.css';
import '../dialogues.css';

type Municipality = NonNullable<ResultOf<typeof DialogueFormOptionsQuery>['municipality']>;
type EditedDialogue = NonNullable<ResultOf<typeof DialogueForEditQuery>['dialogue']>;

/** `/:slug/dialogues/new` and `/:slug/dialogues/:id/edit`: a dialogue's settings (officers). */
export function DialogueFormPage() {
  const { slug = '', id } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = id ? t('dialogues:form.editTitle') : t('dialogues:form.newTitle');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('dialogues:form.signInBody')} />;
  return <DialogueFormLoader key={`${slug}/${id ?? ''}`} slug={slug} id={id} canCreate={canManageDialogues(viewer, slug)} />;
}

function DialogueFormLoader({ slug, id, canCreate }: { slug: string; id?: string; canCreate: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DialogueFormOptionsQuery, variables: { slug } });
  const [edit, reexecuteEdit] = useQuery({ query: DialogueForEditQuery, variables: { id: id ?? '' }, pause: !id });
  useLoadingAnnouncement(fetching || edit.fetching);
  const municipality = data?.municipality;
  const title = id ? t('dialogues:form.editTitle') : t('dialogues:form.newTitle');

  if (!municipality) {
    if (isNotFound(error) || (data !== undefined && !error)) {
      return <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!id) {
    if (!canCreate) {
      return (
        <Message municipality={municipality} title={title}>
          <p>{t('dialogues:form.forbidden')}</p>
        </Message>
      );
    }
    return <DialogueForm municipality={municipality} initial={emptyDraft()} />;
  }
  const dialogue = edit.data?.dialogue;
  if (!dialogue) {
    if (isNotFound(edit.error) || (edit.data !== undefined && !edit.error)) {
      return <NotFound title={t('dialogues:page.notFound.title')} body={t('dialogues:page.notFound.body')} />;
    }
    if (edit.error) return <ErrorAlert error={edit.error} onRetry={() => reexecuteEdit({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!dialogue.viewerCanManage || dialogue.status === DialogueStatus.REPORTED) {
    return (
      <Message municipality={municipality} title={title}>
        <p>{dialogue.viewerCanManage ? t('dialogues:form.reported') : t('dialogues:form.forbidden')}</p>
        <p>
          <Link to={paths.dialogue(municipality.slug, dialogue.id)}>{t('dialogues:form.backToDialogue')}</Link>
        </p>
      </Message>
    );
  }
  return <DialogueForm municipality={municipality} dialogue={dialogue} initial={draftOf(dialogue)} />;
}

function draftOf(dialogue: EditedDialogue): DialogueDraft {
  const draft = emptyDraft();
  const all = [
    ...dialogue.titleTranslations,
    ...dialogue.purposeTranslations,
    ...dialogue.promiseTranslations,
    ...dialogue.phases.flatMap((phase) => phase.descriptionTranslations),
  ];
  const machine = (lang: string) => all.some((tr) => tr.locale === lang && tr.status === TranslationStatus.MACHINE_ASSISTED);
  const phases = { ...draft.phases };
  for (const phase of dialogue.phases) {
    phases[phase.kind as DialoguePhaseKind] = {
      included: true,
      startsOn: phase.startsOn,
      endsOn: phase.endsOn,
      description: textsOf(phase.descriptionTranslations),
    };
  }
  return {
    title: textsOf(dialogue.titleTranslations),
    purpose: textsOf(dialogue.purposeTranslations),
    promise: textsOf(dialogue.promiseTranslations),
    machineAssisted: { fi: machine('fi'), fit: machine('fit') },
    decisionMaker: dialogue.decisionMaker ?? '',
    decisionExpectedOn: dialogue.decisionExpectedOn ?? '',
    targetGroups: [...dialogue.targetGroups] as DialogueTargetGroup[],
    goalIds: dialogue.goals.map((goal) => goal.id),
    placeIds: dialogue.places.map((place) => place.id),
    phases,
  };
}

function Message({ municipality, title, children }: { municipality: Municipality; title: string; children: React.ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('dialogues:list.title'), to: paths.dialogues(municipality.slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** A group of checkboxes in a fieldset with its legend, hint and error; the summary links to the first box. */
function CheckboxGroup({
  form,
  name,
  legend,
  hint,
  options,
  selected,
  onChange,
}: {
  form: FormErrors;
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
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
      <div className="checkboxes dialogue-form__checkboxes">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                className="checkbox__input"
                id={inputId}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value))
                }
                aria-invalid={error ? true : undefined}
              />
              <label className="checkbox__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function DialogueForm({ municipality, initial, dialogue }: { municipality: Municipality; initial: DialogueDraft; dialogue?: EditedDialogue }) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const form = useFormErrors('dialogue');
  const [draft, setDraft] = useState<DialogueDraft>(initial);
  const [{ fetching: creating }, create] = useMutation(CreateDialogueMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateDialogueMutation);
  const slug = municipality.slug;
  const title = dialogue ? t('dialogues:form.editTitle') : t('dialogues:form.newTitle');
  const areas = municipality.currentStrategy?.areas ?? [];
  // The central town first, then the villages and districts by name.
  const places = [...municipality.places].sort(
    (a, b) => Number(b.kind === 'CENTRAL_TOWN') - Number(a.kind === 'CENTRAL_TOWN') || a.name.localeCompare(b.name, 'sv'),
  );
  const inLanguage = (lang: DialogueLanguage) => t(`dialogues:languages.${lang}`);
  const set = <K extends keyof DialogueDraft>(field: K, value: DialogueDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setPhase = (kind: DialoguePhaseKind, change: Partial<PhaseDraft>) =>
    setDraft((d) => ({ ...d, phases: { ...d.phases, [kind]: { ...d.phases[kind], ...change } } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateDialogue(t, draft);
    if (!checked.ok) return form.show(checked.errors);
    const result = dialogue
      ? await update({ id: dialogue.id, input: checked.input })
      : await create({ municipalitySlug: slug, input: checked.input });
    if (result.error || !result.data) {
      return form.show(result.error ? dialogueServerErrors(t, result.error, includedKinds(draft)) : [{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
    }
    const saved = 'createDialogue' in result.data ? result.data.createDialogue : result.data.updateDialogue;
    form.clear();
    navigate(paths.dialogue(slug, saved.id));
  };

  return (
    <div className="form-page dialogue-form">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(slug) },
          { label: t('dialogues:list.title'), to: paths.dialogues(slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{t('dialogues:form.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        {TEXT_FIELDS.map((field) => (
          <fieldset className="fieldset" key={field}>
            <legend className="field__label">{t(`dialogues:fields.${field}`)}</legend>
            <p className="field__hint">{t(`dialogues:form.hints.${field}`, { max: TEXT_MAX[field] })}</p>
            {DIALOGUE_LANGUAGES.map((lang) =>
              field === 'title' ? (
                <TextField
                  key={lang}
                  form={form}
                  name={`${field}-${lang}`}
                  lang={lang}
                  required={lang === 'sv'}
                  maxLength={TEXT_MAX[field] + 20}
                  label={t('dialogues:form.textLabel', { field: t(`dialogues:fields.${field}`), language: inLanguage(lang) })}
                  value={draft[field][lang]}
                  onValueChange={(value) => set(field, { ...draft[field], [lang]: value })}
                />
              ) : (
                <TextAreaField
                  key={lang}
                  form={form}
                  name={`${field}-${lang}`}
                  lang={lang}
                  required={lang === 'sv'}
                  rows={4}
                  label={t('dialogues:form.textLabel', { field: t(`dialogues:fields.${field}`), language: inLanguage(lang) })}
                  value={draft[field][lang]}
                  onValueChange={(value) => set(field, { ...draft[field], [lang]: value })}
                />
              ),
            )}
          </fieldset>
        ))}
        <fieldset className="fieldset">
          <legend className="field__label">{t('dialogues:form.machineAssisted.legend')}</legend>
          <p className="field__hint">{t('dialogues:form.machineAssisted.hint')}</p>
          {(['fi', 'fit'] as const).map((lang) => (
            <CheckboxField
              key={lang}
              form={form}
              name={`machineAssisted-${lang}`}
              label={t('dialogues:form.machineAssisted.label', { language: inLanguage(lang) })}
              checked={draft.machineAssisted[lang]}
              onCheckedChange={(checked) => set('machineAssisted', { ...draft.machineAssisted, [lang]: checked })}
            />
          ))}
        </fieldset>
        <TextField
          form={form}
          name="decisionMaker"
          label={t('dialogues:form.decisionMaker')}
          hint={t('dialogues:form.decisionMakerHint')}
          value={draft.decisionMaker}
          onValueChange={(value) => set('decisionMaker', value)}
        />
        <TextField
          form={form}
          name="decisionExpectedOn"
          type="date"
          className="field--short"
          label={t('dialogues:form.decisionExpectedOn')}
          value={draft.decisionExpectedOn}
          onValueChange={(value) => set('decisionExpectedOn', value)}
        />
        <CheckboxGroup
          form={form}
          name="targetGroups"
          legend={t('dialogues:form.targetGroups')}
          options={Object.values(DialogueTargetGroup).map((group) => ({ value: group, label: t(`dialogues:targetGroup.${group}`) }))}
          selected={draft.targetGroups}
          onChange={(value) => set('targetGroups', value as DialogueTargetGroup[])}
        />
        {areas.length > 0 && (
          <PollFormGoals
            form={form}
            legend={t('dialogues:form.goals')}
            hint={t('dialogues:form.goalsHint')}
            areas={areas}
            selected={draft.goalIds}
            onChange={(goalIds) => set('goalIds', goalIds)}
          />
        )}
        {places.length > 0 && (
          <CheckboxGroup
            form={form}
            name="placeIds"
            legend={t('dialogues:form.places')}
            options={places.map((place) => ({ value: place.id, label: place.name }))}
            selected={draft.placeIds}
            onChange={(value) => set('placeIds', value)}
          />
        )}
        <fieldset className="fieldset" id={form.idOf('phases')} tabIndex={-1}>
          <legend className="field__label">{t('dialogues:form.phases')}</legend>
          <p className="field__hint">{t('dialogues:form.phasesHint')}</p>
          {form.errorOf('phases') && <p className="field__error">{form.errorOf('phases')}</p>}
          {DIALOGUE_PHASE_ORDER.map((kind) => {
            const phase = draft.phases[kind];
            const name = t(`dialogues:phase.${kind}`);
            return (
              <fieldset className="fieldset fieldset--nested dialogue-form__phase" key={kind}>
                <legend>{name}</legend>
                <p className="field__hint">{t(`dialogues:phaseHint.${kind}`)}</p>
                <CheckboxField
                  form={form}
                  name={`phase-${kind}-included`}
                  label={t('dialogues:form.phaseIncluded', { phase: name })}
                  checked={phase.included}
                  onCheckedChange={(checked) => setPhase(kind, { included: checked })}
                />
                {phase.included && (
                  <>
                    <div className="dialogue-form__dates">
                      <TextField
                        form={form}
                        name={`phase-${kind}-startsOn`}
                        type="date"
                        required
                        className="field--short"
                        label={t('dialogues:form.startsOn', { phase: name })}
                        value={phase.startsOn}
                        onValueChange={(value) => setPhase(kind, { startsOn: value })}
                      />
                      <TextField
                        form={form}
                        name={`phase-${kind}-endsOn`}
                        type="date"
                        required
                        className="field--short"
                        label={t('dialogues:form.endsOn', { phase: name })}
                        value={phase.endsOn}
                        onValueChange={(value) => setPhase(kind, { endsOn: value })}
                      />
                    </div>
                    {DIALOGUE_LANGUAGES.map((lang) => (
                      <TextAreaField
                        key={lang}
                        form={form}
                        name={`phase-${kind}-description-${lang}`}
                        lang={lang}
                        rows={2}
                        label={t('dialogues:form.phaseDescription', { phase: name, language: inLanguage(lang) })}
                        value={phase.description[lang]}
                        onValueChange={(value) => setPhase(kind, { description: { ...phase.description, [lang]: value } })}
                      />
                    ))}
                  </>
                )}
              </fieldset>
            );
          })}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={creating || updating}>
            {dialogue ? t('dialogues:form.save') : t('dialogues:form.create')}
          </button>
          <Link to={dialogue ? paths.dialogue(slug, dialogue.id) : paths.dialogues(slug)}>{t('dialogues:form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
