import { dialogueDecisionSchema, NAMESPACES } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessageKey, serverFieldErrors } from '../../../graphql/errors';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { DIALOGUE_LANGUAGES, emptyTexts, type DialogueTexts } from '../dialogueFormat';
import { AddDialogueDecisionMutation, RemoveDialogueDecisionMutation } from '../dialogues.graphql';
import { DecisionsTable, type DecisionRow } from './DecisionsTable';

const DECISION_FIELDS = ['body', 'meetingDate', 'paragraph', 'diaryNumber', 'url', 'summary'] as const;
type DecisionField = (typeof DECISION_FIELDS)[number];

interface DecisionDraft {
  body: string;
  meetingDate: string;
  paragraph: string;
  diaryNumber: string;
  url: string;
  summary: DialogueTexts;
}

const emptyDraft = (): DecisionDraft => ({ body: '', meetingDate: '', paragraph: '', diaryNumber: '', url: '', summary: emptyTexts() });

/** The decisions of a dialogue for its managers: the table with "Ta bort" per row, and a form to add one. */
export function DialogueDecisionsEditor({ dialogueId, decisions, onChanged }: { dialogueId: string; decisions: readonly DecisionRow[]; onChanged(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const form = useFormErrors('decision');
  const [draft, setDraft] = useState<DecisionDraft>(emptyDraft);
  const [{ fetching: adding }, add] = useMutation(AddDialogueDecisionMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveDialogueDecisionMutation);
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const set = <K extends keyof DecisionDraft>(field: K, value: DecisionDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const message = (field: DecisionField) => t(`dialogues:decisions.invalid.${field}`);

  const onAdd = async (event: FormEvent) => {
    event.preventDefault();
    const hasSummary = DIALOGUE_LANGUAGES.some((lang) => draft.summary[lang].trim() !== '');
    const input = {
      body: draft.body,
      meetingDate: draft.meetingDate,
      paragraph: draft.paragraph,
      diaryNumber: draft.diaryNumber,
      url: draft.url.trim() ? draft.url : null,
      summary: hasSummary ? draft.summary : null,
    };
    const checked = dialogueDecisionSchema.safeParse(input);
    if (!checked.success) {
      const errors: FormError[] = [];
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0]) as DecisionField;
        const name = field === 'summary' ? `summary-${String(issue.path[1] ?? 'sv')}` : field;
        if (!errors.some((e) => e.field === name)) errors.push({ field: name, message: message(field) });
      }
      // In the form's order.
      errors.sort((a, b) => DECISION_FIELDS.indexOf(a.field!.split('-')[0] as DecisionField) - DECISION_FIELDS.indexOf(b.field!.split('-')[0] as DecisionField));
      return form.show(errors);
    }
    const result = await add({ dialogueId, input });
    if (result.error || !result.data) {
      const fields = serverFieldErrors(result.error);
      return form.show(
        fields.length > 0
          ? fields.map((f) => {
              const [field, lang] = f.path.replace(/^input\./, '').split('.') as [DecisionField, string | undefined];
              const known = (DECISION_FIELDS as readonly string[]).includes(field);
              return known ? { field: field === 'summary' ? `summary-${lang ?? 'sv'}` : field, message: message(field) } : { message: f.message };
            })
          : [{ message: t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`) }],
      );
    }
    form.clear();
    setDraft(emptyDraft());
    announce(t('dialogues:decisions.added'));
    onChanged();
  };

  const onRemove = async (decision: DecisionRow) => {
    setRemoveProblem(null);
    const result = await remove({ id: decision.id });
    if (result.error || !result.data) {
      setRemoveProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    announce(t('dialogues:decisions.removed'));
    onChanged();
    document.getElementById('dialogue-decisions-editor-heading')?.focus();
  };

  return (
    <section className="section" aria-labelledby="dialogue-decisions-editor-heading">
      <h2 id="dialogue-decisions-editor-heading" tabIndex={-1}>
        {t('dialogues:decisions.editorHeading')}
      </h2>
      {decisions.length === 0 ? (
        <p>{t('dialogues:decisions.none')}</p>
      ) : (
        <DecisionsTable decisions={decisions} onRemove={onRemove} busy={removing} />
      )}
      {removeProblem && (
        <p className="field__error" role="alert">
          {removeProblem}
        </p>
      )}
      <h3>{t('dialogues:decisions.addHeading')}</h3>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onAdd}>
        <TextField form={form} name="body" required label={t('dialogues:decisions.body')} hint={t('dialogues:decisions.bodyHint')} value={draft.body} onValueChange={(v) => set('body', v)} />
        <TextField form={form} name="meetingDate" type="date" required className="field--short" label={t('dialogues:decisions.meetingDate')} value={draft.meetingDate} onValueChange={(v) => set('meetingDate', v)} />
        <TextField form={form} name="paragraph" required className="field--short" label={t('dialogues:decisions.paragraph')} hint={t('dialogues:decisions.paragraphHint')} value={draft.paragraph} onValueChange={(v) => set('paragraph', v)} />
        <TextField form={form} name="diaryNumber" required className="field--short" label={t('dialogues:decisions.diaryNumber')} hint={t('dialogues:decisions.diaryNumberHint')} value={draft.diaryNumber} onValueChange={(v) => set('diaryNumber', v)} />
        <TextField form={form} name="url" type="url" label={t('dialogues:decisions.url')} hint={t('dialogues:decisions.urlHint')} value={draft.url} onValueChange={(v) => set('url', v)} />
        <fieldset className="fieldset">
          <legend className="field__label">{t('dialogues:decisions.summary')}</legend>
          {DIALOGUE_LANGUAGES.map((lang) => (
            <TextAreaField
              key={lang}
              form={form}
              name={`summary-${lang}`}
              lang={lang}
              rows={3}
              label={t('dialogues:decisions.summaryIn', { language: t(`dialogues:languages.${lang}`) })}
              value={draft.summary[lang]}
              onValueChange={(v) => set('summary', { ...draft.summary, [lang]: v })}
            />
          ))}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={adding}>
            {t('dialogues:decisions.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
