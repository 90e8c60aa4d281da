import { DialogueStatus, NAMESPACES, SURVEY_QUESTIONS_MAX, SURVEY_SECTIONS_MAX, SurveyQuestionType, SurveyResponseMode } from '@medskapa/shared';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { Dialog } from '../../../ui/Dialog';
import { CheckboxField, RadioGroupField, SelectField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormErrors } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { BuilderQuestion, ButtonText, type GoalArea } from './BuilderQuestion';
import { BuilderText } from './BuilderText';
import { checkDraft, surveyServerErrors } from './builderValidation';
import {
  BUILDER_LANGUAGES,
  conditionCandidates,
  duplicateQuestion,
  languageOfField,
  missingFields,
  newQuestion,
  newSection,
  QUESTION_TYPES,
  questionNumbers,
  textSlots,
  toSurveyInput,
  type BuilderLanguage,
  type QuestionDraft,
  type SectionDraft,
  type SurveyDraft,
} from './surveyDraft';
import {
  CreateSurveyMutation,
  DeleteSurveyDraftMutation,
  PublishSurveyMutation,
  UpdateSurveyMutation,
} from './surveyBuilder.graphql';
import './builder.css';

export interface BuilderDialogue {
  id: string;
  title: string;
  status: string;
}

interface SurveyBuilderFormProps {
  slug: string;
  initial: SurveyDraft;
  /** Set once the survey exists (editing, or after the first save). */
  surveyId?: string;
  places: readonly { id: string; name: string }[];
  areas: readonly GoalArea[];
  dialogues: readonly BuilderDialogue[];
  /** After createSurvey: the page moves to the edit address (this form stays, with its state). */
  onCreated(id: string): void;
}

/** The names of the languages in themselves, for the language switch. */
const LANGUAGE_NAMES: Record<BuilderLanguage, string> = { sv: 'Svenska', fi: 'Suomi', fit: 'Meänkieli' };

type FocusRequest = { key: string } | { field: string };

/**
 * The survey builder: settings, the language being edited, sections and questions. Every text
 * field shows the chosen language; saving sends the whole definition (createSurvey, then
 * updateSurvey); publishing saves first and then asks publishSurvey, whose missing texts come
 * back as field errors that switch the language and focus the field.
 */
export function SurveyBuilderForm({ slug, initial, surveyId, places, areas, dialogues, onCreated }: SurveyBuilderFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const announce = useAnnounce();
  const form = useFormErrors('survey');
  const [draft, setDraft] = useState<SurveyDraft>(initial);
  const [lang, setLang] = useState<BuilderLanguage>('sv');
  const [savedId, setSavedId] = useState<string | undefined>(surveyId);
  const [savedNote, setSavedNote] = useState(false);
  const [confirm, setConfirm] = useState<'publish' | 'delete' | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const lastMissing = useRef<string | null>(null);
  const publishButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [{ fetching: creating }, create] = useMutation(CreateSurveyMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateSurveyMutation);
  const [{ fetching: publishing }, publish] = useMutation(PublishSurveyMutation);
  const [{ fetching: deleting }, remove] = useMutation(DeleteSurveyDraftMutation);
  const busy = creating || updating || publishing || deleting;

  useEffect(() => {
    if (!focusRequest) return;
    setFocusRequest(null);
    if ('field' in focusRequest) {
      const input = document.getElementById(form.idOf(focusRequest.field));
      input?.focus();
      input?.scrollIntoView?.({ block: 'center' });
      return;
    }
    const target = document.querySelector<HTMLElement>(`[data-focus-key="${focusRequest.key}"]`);
    if (!target) return;
    if (target instanceof HTMLButtonElement && target.disabled) {
      // A moved item's button can be disabled at the top or bottom: its other move button then.
      const other = focusRequest.key.endsWith('moveUp') ? focusRequest.key.replace(/moveUp$/, 'moveDown') : focusRequest.key.replace(/moveDown$/, 'moveUp');
      document.querySelector<HTMLElement>(`[data-focus-key="${other}"]`)?.focus();
      return;
    }
    const focusable = target.matches('input, select, textarea, button, [tabindex]') ? target : target.querySelector<HTMLElement>('input, select, textarea');
    focusable?.focus();
  }, [focusRequest, form]);

  const requestFocus = (key: string) => setFocusRequest({ key });
  const change = (next: SurveyDraft) => {
    setDraft(next);
    setSavedNote(false);
  };
  const set = <K extends keyof SurveyDraft>(key: K, value: SurveyDraft[K]) => change({ ...draft, [key]: value });
  const setSections = (sections: SectionDraft[]) => change({ ...draft, sections });
  const languageName = (l: BuilderLanguage) => t(`surveyBuilder:languages.${l}`);

  /** Switches the language and focuses a field once it is there. */
  const goToField = (field: string) => {
    const fieldLang = languageOfField(field);
    if (fieldLang && fieldLang !== lang) setLang(fieldLang);
    setFocusRequest({ field });
  };

  const showNextMissing = () => {
    const order = textSlots(draft).map((slot) => slot.field);
    const position = (field: string | null) => (field ? order.indexOf(field.replace(/-(sv|fi|fit)$/, '')) : -1);
    const here = missingFields(draft, lang);
    if (here.length > 0) {
      const after = position(lastMissing.current && languageOfField(lastMissing.current) === lang ? lastMissing.current : null);
      const next = here.find((field) => position(field) > after) ?? here[0]!;
      lastMissing.current = next;
      goToField(next);
      return;
    }
    const otherLang = BUILDER_LANGUAGES.find((l) => missingFields(draft, l).length > 0);
    if (!otherLang) {
      announce(t('surveyBuilder:editing.allWritten'));
      return;
    }
    const next = missingFields(draft, otherLang)[0]!;
    lastMissing.current = next;
    announce(t('surveyBuilder:editing.switched', { language: LANGUAGE_NAMES[otherLang] }));
    goToField(next);
  };

  // ---- sections and questions
  const numbers = questionNumbers(draft.sections);
  const updateSection = (s: number, next: SectionDraft) => setSections(draft.sections.map((section, i) => (i === s ? next : section)));
  const updateQuestion = (s: number, q: number, next: QuestionDraft) =>
    updateSection(s, { ...draft.sections[s]!, questions: draft.sections[s]!.questions.map((question, i) => (i === q ? next : question)) });

  const addSection = () => {
    const section = newSection();
    setSections([...draft.sections, section]);
    requestFocus(`section-${section.id}-heading`);
    announce(t('surveyBuilder:sections.added', { number: draft.sections.length + 1 }));
  };
  const removeSection = (s: number) => {
    setSections(draft.sections.filter((_, i) => i !== s));
    requestFocus('addSection');
    announce(t('surveyBuilder:sections.removed', { number: s + 1 }));
  };
  const moveSection = (s: number, by: -1 | 1) => {
    const target = s + by;
    if (target < 0 || target >= draft.sections.length) return;
    const next = [...draft.sections];
    [next[s], next[target]] = [next[target]!, next[s]!];
    setSections(next);
    requestFocus(`section-${draft.sections[s]!.id}-${by < 0 ? 'moveUp' : 'moveDown'}`);
    announce(t('surveyBuilder:sections.moved', { from: s + 1, to: target + 1 }));
  };

  const [newTypes, setNewTypes] = useState<Record<string, SurveyQuestionType>>({});
  const addQuestion = (s: number) => {
    const section = draft.sections[s]!;
    const question = newQuestion(newTypes[section.id] ?? SurveyQuestionType.SINGLE_CHOICE);
    updateSection(s, { ...section, questions: [...section.questions, question] });
    requestFocus(`question-${question.id}-type`);
    const before = draft.sections.slice(0, s + 1).reduce((n, sec) => n + sec.questions.length, 0);
    announce(t('surveyBuilder:questions.added', { number: before + 1 }));
  };
  const removeQuestion = (s: number, q: number) => {
    const section = draft.sections[s]!;
    const number = numbers.get(section.questions[q]!.id) ?? 0;
    updateSection(s, { ...section, questions: section.questions.filter((_, i) => i !== q) });
    const neighbour = section.questions[q + 1] ?? section.questions[q - 1];
    requestFocus(neighbour ? `question-${neighbour.id}-heading` : `section-${section.id}-heading`);
    announce(t('surveyBuilder:questions.removed', { number }));
  };
  const duplicate = (s: number, q: number) => {
    const section = draft.sections[s]!;
    const original = section.questions[q]!;
    const copy = duplicateQuestion(original);
    const questions = [...section.questions];
    questions.splice(q + 1, 0, copy);
    updateSection(s, { ...section, questions });
    requestFocus(`question-${copy.id}-heading`);
    const number = numbers.get(original.id) ?? 0;
    announce(t('surveyBuilder:questions.duplicated', { number: number + 1, from: number }));
  };
  /** Moves a question by one place; at the edge of its section into the neighbouring section. */
  const moveQuestion = (s: number, q: number, by: -1 | 1) => {
    const sections = draft.sections.map((section) => ({ ...section, questions: [...section.questions] }));
    const questions = sections[s]!.questions;
    const question = questions[q]!;
    const from = numbers.get(question.id) ?? 0;
    const target = q + by;
    if (target >= 0 && target < questions.length) {
      [questions[q], questions[target]] = [questions[target]!, questions[q]!];
      announce(t('surveyBuilder:questions.moved', { from, to: from + by }));
    } else {
      const otherSection = sections[s + by];
      if (!otherSection) return;
      questions.splice(q, 1);
      if (by < 0) otherSection.questions.push(question);
      else otherSection.questions.unshift(question);
      announce(t('surveyBuilder:questions.movedSection', { number: from, section: s + by + 1 }));
    }
    setSections(sections);
    requestFocus(`question-${question.id}-${by < 0 ? 'moveUp' : 'moveDown'}`);
  };

  // ---- saving and publishing
  const saveDraft = async (closesAt: string | null): Promise<string | null> => {
    const input = toSurveyInput(draft, closesAt);
    if (savedId) {
      const result = await update({ id: savedId, input });
      if (result.error || !result.data) {
        form.show(result.error ? surveyServerErrors(t, draft, result.error) : [{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
        return null;
      }
      return savedId;
    }
    const result = await create({ municipalitySlug: slug, input });
    const created = result.data?.createSurvey;
    if (result.error || !created) {
      form.show(result.error ? surveyServerErrors(t, draft, result.error) : [{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
      return null;
    }
    setSavedId(created.id);
    onCreated(created.id);
    return created.id;
  };

  const onSave = async () => {
    setSavedNote(false);
    const checked = checkDraft(t, draft);
    if (!checked.ok) return form.show(checked.errors);
    const id = await saveDraft(checked.closesAt);
    if (!id) return;
    form.clear();
    // The note below is a status region: screen readers hear it once, without the announcer too.
    setSavedNote(true);
  };

  const onPublish = () => {
    const checked = checkDraft(t, draft, { publishing: true });
    if (!checked.ok) return form.show(checked.errors);
    form.clear();
    setConfirm('publish');
  };

  const closeConfirm = () => {
    const which = confirm;
    setConfirm(null);
    (which === 'delete' ? deleteButton : publishButton).current?.focus();
  };

  const onConfirmPublish = async () => {
    setConfirm(null);
    const checked = checkDraft(t, draft, { publishing: true });
    if (!checked.ok) return form.show(checked.errors);
    const id = await saveDraft(checked.closesAt);
    if (!id) return;
    const result = await publish({ id });
    if (result.error || !result.data?.publishSurvey) {
      return form.show(result.error ? surveyServerErrors(t, draft, result.error) : [{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
    }
    form.clear();
    navigate(paths.survey(slug, id));
  };

  const onConfirmDelete = async () => {
    if (!savedId) return;
    setConfirm(null);
    const result = await remove({ id: savedId });
    if (result.error) return form.show(surveyServerErrors(t, draft, result.error));
    navigate(draft.dialogueId ? paths.dialogue(slug, draft.dialogueId) : paths.dialogues(slug));
  };

  const dialogueChoices = dialogues.filter(
    (d) => d.status === DialogueStatus.DRAFT || d.status === DialogueStatus.OPEN || d.id === draft.dialogueId,
  );

  return (
    <>
      <BuilderErrorSummary form={form} onFollow={goToField} />
      <form className="form survey-builder" noValidate onSubmit={(event) => event.preventDefault()}>
        <section className="survey-builder__panel" aria-labelledby="survey-language-heading">
          <h2 id="survey-language-heading">{t('surveyBuilder:editing.heading')}</h2>
          <fieldset className="fieldset survey-builder__languages">
            <legend className="field__label">{t('surveyBuilder:editing.legend')}</legend>
            <div className="survey-builder__language-options">
              {BUILDER_LANGUAGES.map((l) => (
                <div className="radio" key={l}>
                  <input
                    type="radio"
                    className="radio__input"
                    id={`survey-editing-${l}`}
                    name="survey-editing-language"
                    value={l}
                    checked={lang === l}
                    onChange={() => setLang(l)}
                  />
                  <label className="radio__label" htmlFor={`survey-editing-${l}`} lang={l}>
                    {LANGUAGE_NAMES[l]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <ul className="survey-builder__missing" data-testid="survey-missing-counts">
            {BUILDER_LANGUAGES.map((l) => {
              const count = missingFields(draft, l).length;
              return (
                <li key={l} className={count > 0 ? 'survey-builder__missing-item survey-builder__missing-item--open' : 'survey-builder__missing-item'}>
                  {count > 0
                    ? t('surveyBuilder:editing.missing', { language: LANGUAGE_NAMES[l], count })
                    : t('surveyBuilder:editing.complete', { language: LANGUAGE_NAMES[l] })}
                </li>
              );
            })}
          </ul>
          <p>
            <button type="button" className="button button--small" onClick={showNextMissing}>
              {t('surveyBuilder:editing.nextMissing')}
            </button>
          </p>
          {lang !== 'sv' && (
            <CheckboxField
              form={form}
              name={`machineAssisted-${lang}`}
              label={t('surveyBuilder:editing.machine', { language: languageName(lang) })}
              checked={draft.machineAssisted[lang]}
              onCheckedChange={(checked) => set('machineAssisted', { ...draft.machineAssisted, [lang]: checked })}
            />
          )}
        </section>

        <section className="survey-builder__panel" aria-labelledby="survey-settings-heading">
          <h2 id="survey-settings-heading">{t('surveyBuilder:settings.heading')}</h2>
          <BuilderText form={form} draft={draft} field="title" lang={lang} texts={draft.title} onChange={(texts) => set('title', texts)} />
          <BuilderText form={form} draft={draft} field="description" lang={lang} texts={draft.description} onChange={(texts) => set('description', texts)} multiline />
          <RadioGroupField
            form={form}
            name="responseMode"
            legend={t('surveyBuilder:settings.responseMode.legend')}
            options={[SurveyResponseMode.ANONYMOUS, SurveyResponseMode.SIGNED_IN].map((mode) => ({
              value: mode,
              label: t(`surveyBuilder:settings.responseMode.${mode}`),
            }))}
            value={draft.responseMode}
            onValueChange={(value) => set('responseMode', value)}
          />
          <CheckboxField
            form={form}
            name="collectDemographics"
            label={t('surveyBuilder:settings.collectDemographics')}
            checked={draft.collectDemographics}
            onCheckedChange={(checked) => set('collectDemographics', checked)}
          />
          <fieldset className="fieldset" aria-describedby="survey-closes-hint">
            <legend className="field__label">{t('surveyBuilder:settings.closes.legend')}</legend>
            <p className="field__hint" id="survey-closes-hint">
              {t('surveyBuilder:settings.closes.hint')}
            </p>
            <div className="survey-builder__closes">
              <TextField
                form={form}
                name="closesDate"
                type="date"
                className="field--short"
                label={t('surveyBuilder:settings.closes.date')}
                value={draft.closesDate}
                onValueChange={(value) => set('closesDate', value)}
              />
              <TextField
                form={form}
                name="closesTime"
                type="time"
                className="field--short"
                label={t('surveyBuilder:settings.closes.time')}
                value={draft.closesTime}
                onValueChange={(value) => set('closesTime', value)}
              />
            </div>
          </fieldset>
          <SelectField
            form={form}
            name="dialogueId"
            label={t('surveyBuilder:settings.dialogue.label')}
            hint={t('surveyBuilder:settings.dialogue.hint')}
            value={draft.dialogueId}
            onValueChange={(value) => set('dialogueId', value)}
          >
            <option value="">{t('surveyBuilder:settings.dialogue.none')}</option>
            {dialogueChoices.map((dialogue) => (
              <option key={dialogue.id} value={dialogue.id}>
                {dialogue.status === DialogueStatus.DRAFT ? t('surveyBuilder:settings.dialogue.draft', { title: dialogue.title }) : dialogue.title}
              </option>
            ))}
          </SelectField>
        </section>

        {form.errorOf('sections') && (
          <p className="field__error" id={form.idOf('sections')} tabIndex={-1}>
            <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {form.errorOf('sections')}
          </p>
        )}
        {draft.sections.map((section, s) => {
          const headingId = `survey-section-${section.id}-heading`;
          const sectionSuffix = t('surveyBuilder:sections.suffix', { number: s + 1 });
          return (
            <section key={section.id} className="survey-builder__section" aria-labelledby={headingId}>
              <h2 id={headingId} tabIndex={-1} data-focus-key={`section-${section.id}-heading`}>
                {t('surveyBuilder:sections.heading', { number: s + 1 })}
              </h2>
              <BuilderText
                form={form}
                draft={draft}
                field={`sections-${s}-title`}
                lang={lang}
                texts={section.title}
                onChange={(title) => updateSection(s, { ...section, title })}
              />
              <BuilderText
                form={form}
                draft={draft}
                field={`sections-${s}-description`}
                lang={lang}
                texts={section.description}
                onChange={(description) => updateSection(s, { ...section, description })}
                multiline
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  data-focus-key={`section-${section.id}-moveUp`}
                  disabled={s === 0}
                  onClick={() => moveSection(s, -1)}
                >
                  <ButtonText text={t('surveyBuilder:sections.moveUp')} suffix={sectionSuffix} />
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-focus-key={`section-${section.id}-moveDown`}
                  disabled={s === draft.sections.length - 1}
                  onClick={() => moveSection(s, 1)}
                >
                  <ButtonText text={t('surveyBuilder:sections.moveDown')} suffix={sectionSuffix} />
                </button>
                {draft.sections.length > 1 && (
                  <button type="button" className="button button--small button--danger" onClick={() => removeSection(s)}>
                    <ButtonText text={t('surveyBuilder:sections.remove')} suffix={sectionSuffix} />
                  </button>
                )}
              </div>
              {section.questions.length === 0 && <p>{t('surveyBuilder:sections.noQuestions')}</p>}
              {section.questions.map((question, q) => {
                const number = numbers.get(question.id) ?? 0;
                return (
                  <BuilderQuestion
                    key={question.id}
                    form={form}
                    draft={draft}
                    lang={lang}
                    base={`sections-${s}-questions-${q}`}
                    question={question}
                    number={number}
                    canMoveUp={number > 1}
                    canMoveDown={number < numbers.size}
                    candidates={conditionCandidates(draft.sections, question.id).map((c) => ({ question: c, number: numbers.get(c.id) ?? 0 }))}
                    places={places}
                    areas={areas}
                    onChange={(next) => updateQuestion(s, q, next)}
                    onMove={(by) => moveQuestion(s, q, by)}
                    onRemove={() => removeQuestion(s, q)}
                    onDuplicate={() => duplicate(s, q)}
                    requestFocus={requestFocus}
                  />
                );
              })}
              {numbers.size < SURVEY_QUESTIONS_MAX && (
                <div className="survey-builder__add-question">
                  <div className="field">
                    <label className="field__label" htmlFor={`survey-new-type-${section.id}`}>
                      {t('surveyBuilder:sections.newQuestionType', { number: s + 1 })}
                    </label>
                    <select
                      id={`survey-new-type-${section.id}`}
                      className="field__select"
                      value={newTypes[section.id] ?? SurveyQuestionType.SINGLE_CHOICE}
                      onChange={(event) => setNewTypes({ ...newTypes, [section.id]: event.target.value as SurveyQuestionType })}
                    >
                      {QUESTION_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`surveyBuilder:questions.types.${type}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="button" className="button" onClick={() => addQuestion(s)}>
                    <ButtonText text={t('surveyBuilder:sections.addQuestion')} suffix={sectionSuffix} />
                  </button>
                </div>
              )}
            </section>
          );
        })}
        {draft.sections.length < SURVEY_SECTIONS_MAX && (
          <p>
            <button type="button" className="button" data-focus-key="addSection" onClick={addSection}>
              {t('surveyBuilder:sections.add')}
            </button>
          </p>
        )}

        <div className="form__actions survey-builder__actions">
          <button type="button" className="button" disabled={busy} onClick={onSave}>
            {t('surveyBuilder:actions.save')}
          </button>
          <button type="button" className="button button--primary" ref={publishButton} disabled={busy} onClick={onPublish}>
            {t('surveyBuilder:actions.publish')}
          </button>
          {savedId && (
            <button type="button" className="button button--danger" ref={deleteButton} disabled={busy} onClick={() => setConfirm('delete')}>
              {t('surveyBuilder:actions.delete')}
            </button>
          )}
        </div>
        <div role="status" className="survey-builder__saved">
          {savedNote ? t('surveyBuilder:actions.saved') : ''}
        </div>
      </form>

      {confirm === 'publish' && (
        <Dialog title={t('surveyBuilder:publishDialog.title')} onClose={closeConfirm}>
          <p>{t('surveyBuilder:publishDialog.body')}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={onConfirmPublish}>
              {t('surveyBuilder:publishDialog.confirm')}
            </button>
            <button type="button" className="button" onClick={closeConfirm}>
              {t('surveyBuilder:publishDialog.cancel')}
            </button>
          </div>
        </Dialog>
      )}
      {confirm === 'delete' && (
        <Dialog title={t('surveyBuilder:deleteDialog.title')} onClose={closeConfirm}>
          <p>{t('surveyBuilder:deleteDialog.body')}</p>
          <div className="form__actions">
            <button type="button" className="button button--danger" onClick={onConfirmDelete}>
              {t('surveyBuilder:deleteDialog.confirm')}
            </button>
            <button type="button" className="button" onClick={closeConfirm}>
              {t('surveyBuilder:deleteDialog.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/**
 * The error summary of the builder: like the form's ErrorSummary, but a link to a text in
 * another language first switches the editing language, then focuses the field.
 */
function BuilderErrorSummary({ form, onFollow }: { form: FormErrors; onFollow(field: string): void }) {
  const { t } = useTranslation(NAMESPACES);
  if (form.errors.length === 0) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    event.preventDefault();
    onFollow(field);
  };
  return (
    <div className="error-summary" ref={form.summaryRef} tabIndex={-1} aria-labelledby="survey-error-summary-title">
      <div role="alert">
        <h2 id="survey-error-summary-title" className="error-summary__title">
          {t('common:form.errorSummary', { count: form.errors.length })}
        </h2>
        <ul className="error-summary__list">
          {form.errors.map((error, index) => (
            <li key={`${error.field ?? ''}:${index}`}>
              {error.field ? (
                <a href={`#${form.idOf(error.field)}`} onClick={(event) => follow(event, error.field!)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

