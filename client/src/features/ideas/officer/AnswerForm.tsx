import { LOCALES, NAMESPACES, RESPONSE_BODY_MAX_LENGTH, RESPONSE_BODY_MIN_LENGTH, RESPONSE_STATUSES, type Locale } from '@medskapa/shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import { readFragment } from '../../../graphql/graphql';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import {
  answerServerErrors,
  otherLocales,
  toResponseInput,
  validateAnswer,
  type AnswerDraft,
  type ResponseStatus,
} from './answerValidation';
import { AnswerTemplateFragment, AnswerTemplatesQuery } from './officer.graphql';
import './officer.css';

export type ResponseInput = ReturnType<typeof toResponseInput>;

export interface AnswerFormProps {
  /** Makes the input ids unique on the page (`answer-body`). */
  idPrefix: string;
  /** The municipality whose answer templates are offered. */
  slug: string;
  initial: AnswerDraft;
  submitLabel: string;
  /** Sends the answer; resolves with the API's error, if any. */
  onSubmit(input: ResponseInput): Promise<CombinedError | undefined>;
  /** Beside the submit button, e.g. "Avbryt" in a dialog. */
  secondaryAction?: ReactNode;
  /** Focus the first field when shown (in a dialog). */
  autoFocus?: boolean;
  /** True while the request is on its way. */
  busy?: boolean;
  /** Answers several ideas at once: a refusal concerns all of them. */
  bulk?: boolean;
}

/**
 * The officer's answer: status, text in one language with optional translations, an optional
 * council decision, and "use a template". Checked with the shared zod schema before sending;
 * the API's field errors appear beside their fields, all of them in a focused summary.
 */
export function AnswerForm({ idPrefix, slug, initial, submitLabel, onSubmit, secondaryAction, autoFocus, busy, bulk }: AnswerFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors(idPrefix);
  const [draft, setDraft] = useState<AnswerDraft>(initial);
  const [translationsOpen, setTranslationsOpen] = useState(() => Object.values(initial.translations).some((v) => v?.trim()));
  const [message, setMessage] = useState('');
  const containerRef = useRef<HTMLDivElement>(null);
  const others = otherLocales(draft.bodyLocale);

  useEffect(() => {
    if (autoFocus) containerRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [autoFocus]);

  const set = <K extends keyof AnswerDraft>(key: K, value: AnswerDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setTranslation = (locale: Locale, value: string) => setDraft((d) => ({ ...d, translations: { ...d.translations, [locale]: value } }));
  const setDecision = (key: keyof AnswerDraft['decision'], value: string) => setDraft((d) => ({ ...d, decision: { ...d.decision, [key]: value } }));

  const onSubmitForm = async (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    const checked = validateAnswer(t, draft);
    if (!checked.ok) {
      if (checked.errors.some((e) => e.field?.startsWith('translation-'))) setTranslationsOpen(true);
      return form.show(checked.errors);
    }
    const input = toResponseInput(checked.data);
    const error = await onSubmit(input);
    if (error) {
      const errors = answerServerErrors(t, error, input.translations, bulk);
      if (errors.some((e) => e.field?.startsWith('translation-'))) setTranslationsOpen(true);
      return form.show(errors);
    }
    form.clear();
  };

  const applyTemplate = (template: TemplateFill) => {
    setDraft((d) => {
      const texts = template.texts;
      const bodyLocale = texts[d.bodyLocale] ? d.bodyLocale : (LOCALES.find((l) => texts[l]) ?? d.bodyLocale);
      const translations: Partial<Record<Locale, string>> = {};
      for (const locale of otherLocales(bodyLocale)) if (texts[locale]) translations[locale] = texts[locale];
      return { ...d, status: template.status ?? d.status, bodyLocale, body: texts[bodyLocale] ?? d.body, translations };
    });
    if (Object.keys(template.texts).length > 1) setTranslationsOpen(true);
    setMessage(t('moderation:answer.template.applied', { name: template.name }));
  };

  return (
    <div ref={containerRef} className="answer-form">
      <ErrorSummary form={form} />
      <TemplatePicker idPrefix={idPrefix} slug={slug} onApply={applyTemplate} />
      <p role="status" className="form-status">
        {message}
      </p>
      <form className="form" noValidate onSubmit={onSubmitForm}>
        <RadioGroupField<ResponseStatus>
          form={form}
          name="status"
          legend={t('moderation:answer.fields.status.legend')}
          hint={t('moderation:answer.fields.status.hint')}
          value={draft.status}
          onValueChange={(value) => set('status', value)}
          options={RESPONSE_STATUSES.map((status) => ({
            value: status,
            label: t(`ideas:status.${status}`),
            hint: t(`moderation:answer.statusHints.${status}`),
          }))}
        />
        <SelectField
          form={form}
          name="bodyLocale"
          className="field--short"
          label={t('moderation:answer.fields.bodyLocale.label')}
          value={draft.bodyLocale}
          onValueChange={(value) => set('bodyLocale', value as Locale)}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`moderation:answer.locales.${locale}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          form={form}
          name="body"
          required
          rows={8}
          lang={draft.bodyLocale}
          label={t('moderation:answer.fields.body.label')}
          hint={t('moderation:answer.fields.body.hint', { min: RESPONSE_BODY_MIN_LENGTH, max: RESPONSE_BODY_MAX_LENGTH })}
          value={draft.body}
          onValueChange={(value) => set('body', value)}
        />
        <details className="disclosure" open={translationsOpen} onToggle={(event) => setTranslationsOpen(event.currentTarget.open)}>
          <summary>{t('moderation:answer.fields.translations.summary')}</summary>
          <p className="field__hint">{t('moderation:answer.fields.translations.hint')}</p>
          {others.map((locale) => (
            <TextAreaField
              key={locale}
              form={form}
              name={`translation-${locale}`}
              rows={6}
              lang={locale}
              label={t(`moderation:answer.fields.translations.${locale}`)}
              value={draft.translations[locale] ?? ''}
              onValueChange={(value) => setTranslation(locale, value)}
            />
          ))}
        </details>
        <fieldset className="fieldset answer-form__decision">
          <legend className="field__label">{t('moderation:answer.fields.decision.legend')}</legend>
          <p className="field__hint">{t('moderation:answer.fields.decision.hint')}</p>
          <TextField
            form={form}
            name="decisionBody"
            autoComplete="off"
            label={t('moderation:answer.fields.decision.body')}
            hint={t('moderation:answer.fields.decision.bodyHint')}
            value={draft.decision.body}
            onValueChange={(value) => setDecision('body', value)}
          />
          <TextField
            form={form}
            name="meetingDate"
            type="date"
            className="field--short"
            label={t('moderation:answer.fields.decision.meetingDate')}
            value={draft.decision.meetingDate}
            onValueChange={(value) => setDecision('meetingDate', value)}
          />
          <TextField
            form={form}
            name="paragraph"
            className="field--short"
            autoComplete="off"
            label={t('moderation:answer.fields.decision.paragraph')}
            hint={t('moderation:answer.fields.decision.paragraphHint')}
            value={draft.decision.paragraph}
            onValueChange={(value) => setDecision('paragraph', value)}
          />
          <TextField
            form={form}
            name="diaryNumber"
            className="field--short"
            autoComplete="off"
            spellCheck={false}
            label={t('moderation:answer.fields.decision.diaryNumber')}
            hint={t('moderation:answer.fields.decision.diaryNumberHint')}
            value={draft.decision.diaryNumber}
            onValueChange={(value) => setDecision('diaryNumber', value)}
          />
          <TextField
            form={form}
            name="url"
            type="url"
            autoComplete="off"
            spellCheck={false}
            label={t('moderation:answer.fields.decision.url')}
            hint={t('moderation:answer.fields.decision.urlHint')}
            value={draft.decision.url}
            onValueChange={(value) => setDecision('url', value)}
          />
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {submitLabel}
          </button>
          {secondaryAction}
        </div>
      </form>
    </div>
  );
}

interface TemplateFill {
  name: string;
  status: ResponseStatus | null;
  texts: Partial<Record<Locale, string>>;
}

/** "Använd en mall": a select and a button (choosing alone changes nothing). Hidden without templates. */
function TemplatePicker({ idPrefix, slug, onApply }: { idPrefix: string; slug: string; onApply(fill: TemplateFill): void }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data }] = useQuery({ query: AnswerTemplatesQuery, variables: { municipalitySlug: slug } });
  const [chosen, setChosen] = useState('');
  const selectId = `${idPrefix}-template`;
  const hintId = useId();
  const templates = (data?.answerTemplates ?? []).map((ref) => readFragment(AnswerTemplateFragment, ref));
  if (templates.length === 0) return null;

  const onApplyClick = () => {
    const template = templates.find((tpl) => tpl.id === chosen);
    if (!template) return;
    const texts: Partial<Record<Locale, string>> = {};
    for (const translation of template.bodyTranslations) texts[translation.locale as Locale] = translation.body;
    if (!texts[template.bodyLocale as Locale]) texts[template.bodyLocale as Locale] = template.body;
    onApply({ name: template.name, status: (template.status as ResponseStatus | null) ?? null, texts });
  };

  return (
    <div className="inline-form answer-form__template">
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('moderation:answer.template.label')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('moderation:answer.template.hint')}
        </p>
        <select id={selectId} className="field__select" value={chosen} aria-describedby={hintId} onChange={(event) => setChosen(event.target.value)}>
          <option value="">{t('moderation:answer.template.none')}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={!chosen} onClick={onApplyClick}>
        {t('moderation:answer.template.apply')}
      </button>
    </div>
  );
}
