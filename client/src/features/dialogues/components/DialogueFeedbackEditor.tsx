import { DialogueStatus, DIALOGUE_FEEDBACK_MAX_LENGTH, dialogueFeedbackSchema, NAMESPACES, TranslationStatus } from '@medskapa/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverFieldErrors } from '../../../graphql/errors';
import { Dialog } from '../../../ui/Dialog';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { CheckboxField, TextAreaField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { DIALOGUE_LANGUAGES, textsOf, type DialogueLanguage, type DialogueTexts } from '../dialogueFormat';
import { PublishDialogueFeedbackMutation, SaveDialogueFeedbackMutation } from '../dialogues.graphql';
import { refusalLines } from './publishProblems';

type Translations = readonly { locale: string; text: string; status: string }[];
const FIELDS = ['whatWeHeard', 'whatHappensNow'] as const;
type FeedbackField = (typeof FIELDS)[number];

interface EditorProps {
  dialogue: { id: string; status: string; whatWeHeardTranslations: Translations; whatHappensNowTranslations: Translations };
  onChanged(): void;
}

/**
 * The återkoppling for a CLOSED (or, to correct it, REPORTED) dialogue: "Det här hörde vi" and
 * "Det här händer nu" in Swedish, Finnish and Meänkieli; Spara keeps a draft, "Publicera
 * återkoppling" (confirmed: the followers are notified) makes it public.
 */
export function DialogueFeedbackEditor({ dialogue, onChanged }: EditorProps) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const form = useFormErrors('feedback');
  const [texts, setTexts] = useState<Record<FeedbackField, DialogueTexts>>(() => ({
    whatWeHeard: textsOf(dialogue.whatWeHeardTranslations),
    whatHappensNow: textsOf(dialogue.whatHappensNowTranslations),
  }));
  const [machine, setMachine] = useState<Record<'fi' | 'fit', boolean>>(() => {
    const all = [...dialogue.whatWeHeardTranslations, ...dialogue.whatHappensNowTranslations];
    const marked = (lang: string) => all.some((tr) => tr.locale === lang && tr.status === TranslationStatus.MACHINE_ASSISTED);
    return { fi: marked('fi'), fit: marked('fit') };
  });
  const [{ fetching: saving }, save] = useMutation(SaveDialogueFeedbackMutation);
  const [{ fetching: publishing }, publishFeedback] = useMutation(PublishDialogueFeedbackMutation);
  const [confirming, setConfirming] = useState(false);
  const [publishProblem, setPublishProblem] = useState<string[]>([]);
  const publishButtonRef = useRef<HTMLButtonElement>(null);
  const reported = dialogue.status === DialogueStatus.REPORTED;
  const inLanguage = (lang: DialogueLanguage) => t(`dialogues:languages.${lang}`);

  const fieldName = (field: FeedbackField, lang: DialogueLanguage) => `${field}-${lang}`;
  const input = () => ({
    whatWeHeard: texts.whatWeHeard,
    whatHappensNow: texts.whatHappensNow,
    machineAssistedLocales: (['fi', 'fit'] as const).filter((lang) => machine[lang]),
  });

  /** Saves the texts; true when the API took them. */
  const saveTexts = async (): Promise<boolean> => {
    const checked = dialogueFeedbackSchema.safeParse(input());
    if (!checked.success) {
      const errors: FormError[] = [];
      for (const issue of checked.error.issues) {
        const [field, lang] = issue.path as [FeedbackField, DialogueLanguage];
        const name = fieldName(field, lang ?? 'sv');
        if (errors.some((e) => e.field === name)) continue;
        const label = t(`dialogues:fields.${field}`);
        errors.push({
          field: name,
          message:
            issue.code === 'too_big'
              ? t('dialogues:feedback.tooLong', { field: label, max: DIALOGUE_FEEDBACK_MAX_LENGTH })
              : t('dialogues:feedback.required', { field: label }),
        });
      }
      form.show(errors);
      return false;
    }
    const result = await save({ id: dialogue.id, input: input() });
    if (result.error || !result.data) {
      const fields = serverFieldErrors(result.error);
      form.show(
        fields.length > 0
          ? fields.map((f) => {
              const [field, lang] = f.path.replace(/^input\./, '').split('.') as [FeedbackField, DialogueLanguage];
              return { field: fieldName(field, lang ?? 'sv'), message: t('dialogues:feedback.invalid', { field: t(`dialogues:fields.${field}`) }) };
            })
          : [{ message: result.error ? refusalLines(t, result.error, [], t('dialogues:feedback.notClosed'))[0]! : t('errors:INTERNAL_SERVER_ERROR') }],
      );
      return false;
    }
    form.clear();
    return true;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (await saveTexts()) {
      announce(t('dialogues:feedback.saved'));
      onChanged();
    }
  };

  const cancel = () => {
    setConfirming(false);
    setPublishProblem([]);
    publishButtonRef.current?.focus();
  };
  const onConfirmPublish = async () => {
    setPublishProblem([]);
    // What is on screen is what gets published: save it first.
    if (!(await saveTexts())) {
      setConfirming(false);
      return;
    }
    const result = await publishFeedback({ id: dialogue.id });
    if (result.error || !result.data) {
      setPublishProblem(result.error ? refusalLines(t, result.error, [], t('dialogues:feedback.notClosed')) : [t('errors:INTERNAL_SERVER_ERROR')]);
      return;
    }
    setConfirming(false);
    announce(t('dialogues:feedback.published'));
    onChanged();
    document.getElementById('dialogue-feedback-heading')?.focus();
  };

  return (
    <section className="section" aria-labelledby="dialogue-feedback-editor-heading">
      <h2 id="dialogue-feedback-editor-heading">{t('dialogues:feedback.heading')}</h2>
      <p>{reported ? t('dialogues:feedback.leadReported') : t('dialogues:feedback.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSave}>
        {FIELDS.map((field) => (
          <fieldset className="fieldset" key={field}>
            <legend className="field__label">{t(`dialogues:fields.${field}`)}</legend>
            {DIALOGUE_LANGUAGES.map((lang) => (
              <TextAreaField
                key={lang}
                form={form}
                name={fieldName(field, lang)}
                lang={lang}
                rows={5}
                label={t('dialogues:feedback.label', { field: t(`dialogues:fields.${field}`), language: inLanguage(lang) })}
                value={texts[field][lang]}
                onValueChange={(value) => setTexts((all) => ({ ...all, [field]: { ...all[field], [lang]: value } }))}
              />
            ))}
          </fieldset>
        ))}
        <fieldset className="fieldset">
          <legend className="field__label">{t('dialogues:form.machineAssisted.legend')}</legend>
          {(['fi', 'fit'] as const).map((lang) => (
            <CheckboxField
              key={lang}
              form={form}
              name={`machineAssisted-${lang}`}
              label={t('dialogues:form.machineAssisted.label', { language: inLanguage(lang) })}
              checked={machine[lang]}
              onCheckedChange={(checked) => setMachine((m) => ({ ...m, [lang]: checked }))}
            />
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving || publishing}>
            {t('dialogues:feedback.save')}
          </button>
          {!reported && (
            <button
              type="button"
              ref={publishButtonRef}
              className="button button--primary"
              aria-haspopup="dialog"
              disabled={saving || publishing}
              onClick={() => setConfirming(true)}
            >
              {t('dialogues:feedback.publish')}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <Dialog title={t('dialogues:feedback.confirmTitle')} onClose={cancel}>
          <p>{t('dialogues:feedback.confirmBody')}</p>
          {publishProblem.length > 0 && (
            <div className="field__error" role="alert">
              <p>{t('dialogues:manage.publishRefused')}</p>
              <ul>
                {publishProblem.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={publishing || saving} onClick={onConfirmPublish}>
              {t('dialogues:feedback.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('dialogues:feedback.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
