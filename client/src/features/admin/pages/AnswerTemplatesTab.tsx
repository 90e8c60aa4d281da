import {
  ANSWER_TEMPLATE_NAME_MAX_LENGTH,
  ANSWER_TEMPLATE_NAME_MIN_LENGTH,
  answerTemplateSchema,
  ErrorCode,
  LOCALES,
  NAMESPACES,
  RESPONSE_BODY_MAX_LENGTH,
  RESPONSE_BODY_MIN_LENGTH,
  RESPONSE_STATUSES,
  type Locale,
} from '@medskapa/shared';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { errorMessageKey, serverFieldErrors } from '../../../graphql/errors';
import { readFragment, type ResultOf } from '../../../graphql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Translate } from '../../../i18n/translate';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { answerFieldMessage, answerFieldOfPath, otherLocales, type ResponseStatus } from '../../ideas/officer/answerValidation';
import {
  AnswerTemplateFragment,
  AnswerTemplatesQuery,
  CreateAnswerTemplateMutation,
  DeleteAnswerTemplateMutation,
  UpdateAnswerTemplateMutation,
} from '../../ideas/officer/officer.graphql';
import { useAdminContext } from './AdminLayout';

type Template = ResultOf<typeof AnswerTemplateFragment>;

interface TemplateDraft {
  name: string;
  status: ResponseStatus | '';
  bodyLocale: Locale;
  body: string;
  translations: Partial<Record<Locale, string>>;
}

const TEMPLATE_FIELDS = ['name', 'status', 'bodyLocale', 'body', 'translation-sv', 'translation-fi', 'translation-fit'] as const;

function draftOf(template: Template | undefined, language: Locale): TemplateDraft {
  if (!template) return { name: '', status: '', bodyLocale: language, body: '', translations: {} };
  const texts: Partial<Record<Locale, string>> = {};
  for (const tr of template.bodyTranslations) texts[tr.locale as Locale] = tr.body;
  if (!texts[template.bodyLocale as Locale]) texts[template.bodyLocale as Locale] = template.body;
  const bodyLocale = texts[language] ? language : (template.bodyLocale as Locale);
  const translations: Partial<Record<Locale, string>> = {};
  for (const locale of otherLocales(bodyLocale)) if (texts[locale]) translations[locale] = texts[locale];
  return { name: template.name, status: (template.status as ResponseStatus | null) ?? '', bodyLocale, body: texts[bodyLocale] ?? '', translations };
}

function inputOf(draft: TemplateDraft) {
  return {
    name: draft.name,
    status: draft.status || null,
    body: draft.body,
    bodyLocale: draft.bodyLocale,
    translations: otherLocales(draft.bodyLocale)
      .filter((l) => (draft.translations[l] ?? '').trim())
      .map((locale) => ({ locale, body: draft.translations[locale]! })),
  };
}

function nameMessage(t: Translate): string {
  return t('moderation:templates.validation.name', { min: ANSWER_TEMPLATE_NAME_MIN_LENGTH, max: ANSWER_TEMPLATE_NAME_MAX_LENGTH });
}

/** Checks a template with the shared `answerTemplateSchema`. */
export function validateTemplate(t: Translate, draft: TemplateDraft) {
  const values = inputOf(draft);
  const result = answerTemplateSchema.safeParse(values);
  if (result.success) return { ok: true as const, data: result.data };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path as (string | number)[];
    const field = path[0] === 'name' ? 'name' : answerFieldOfPath(path, values.translations);
    if (!field || byField.has(field)) continue;
    if (field === 'name') byField.set(field, nameMessage(t));
    else {
      const value = field === 'body' ? draft.body : field.startsWith('translation-') ? (draft.translations[field.slice(12) as Locale] ?? '') : 'x';
      const problem = value.trim() === '' ? 'required' : issue.code === 'too_big' ? 'tooLong' : 'tooShort';
      byField.set(field, answerFieldMessage(t, field, problem));
    }
  }
  const errors: FormError[] = TEMPLATE_FIELDS.filter((f) => byField.has(f)).map((field) => ({ field, message: byField.get(field)! }));
  return { ok: false as const, errors };
}

function templateServerErrors(t: Translate, error: CombinedError, translations: { locale: Locale }[]): FormError[] {
  const key = errorMessageKey(error);
  if (key === ErrorCode.CONFLICT) return [{ field: 'name', message: t('moderation:templates.validation.nameTaken') }];
  const out: FormError[] = [];
  for (const fieldError of serverFieldErrors(error)) {
    const parts = fieldError.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const path = parts[0] === 'input' ? parts.slice(1) : parts;
    const field = path[0] === 'name' ? 'name' : answerFieldOfPath(path, translations);
    if (!field) out.push({ message: t('moderation:answer.errors.other') });
    else if (!out.some((e) => e.field === field)) out.push({ field, message: field === 'name' ? nameMessage(t) : answerFieldMessage(t, field, 'invalid') });
  }
  if (out.length) return out;
  return [{ message: t(`errors:${key}`) }];
}

/** `/admin/answer-templates`: the municipality's reusable answers. OFFICER. */
export function AnswerTemplatesTab() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('common:titleWithContext', { page: t('moderation:templates.tab'), parent: t('admin:title') }));
  const { municipality } = useAdminContext();
  return <Templates key={municipality.slug} slug={municipality.slug} />;
}

type Editing = { kind: 'new' } | { kind: 'edit'; template: Template } | null;

function Templates({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const context = useMemo(() => ({ additionalTypenames: ['AnswerTemplate'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AnswerTemplatesQuery, variables: { municipalitySlug: slug }, context });
  useLoadingAnnouncement(fetching);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [{ fetching: removing }, remove] = useMutation(DeleteAnswerTemplateMutation);
  const [deleteError, setDeleteError] = useState('');
  const templates = (data?.answerTemplates ?? []).map((ref) => readFragment(AnswerTemplateFragment, ref));

  const done = (message: string) => {
    setEditing(null);
    setDeleting(null);
    setStatus(message);
    announce(message);
    reexecute({ requestPolicy: 'network-only' });
    setTimeout(() => headingRef.current?.focus(), 0);
  };
  const cancel = () => {
    setEditing(null);
    setDeleting(null);
    const back = opener.current;
    setTimeout(() => back?.focus(), 0);
  };

  const onDelete = async (event: FormEvent) => {
    event.preventDefault();
    if (!deleting) return;
    setDeleteError('');
    const result = await remove({ id: deleting.id }, { additionalTypenames: ['AnswerTemplate'] });
    if (result.error) return setDeleteError(t(`errors:${errorMessageKey(result.error)}`));
    done(t('moderation:templates.deleted', { name: deleting.name }));
  };

  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading" ref={headingRef} tabIndex={-1}>
        {t('moderation:templates.tab')}
      </h2>
      <p>{t('moderation:templates.lead')}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {!editing && (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={(event) => {
              opener.current = event.currentTarget;
              setStatus('');
              setEditing({ kind: 'new' });
            }}
          >
            {t('moderation:templates.new')}
          </button>
        </p>
      )}
      {editing && (
        <TemplateEditor
          slug={slug}
          template={editing.kind === 'edit' ? editing.template : undefined}
          onSaved={(name) => done(editing.kind === 'edit' ? t('moderation:templates.updated', { name }) : t('moderation:templates.created', { name }))}
          onCancel={cancel}
        />
      )}
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && templates.length === 0 && <p>{t('moderation:templates.empty')}</p>}
      {templates.length > 0 && (
        <ul className="report-list">
          {templates.map((template) => (
            <li key={template.id} className="report">
              <h3>{template.name}</h3>
              <p>
                {t('moderation:templates.defaultStatus')}:{' '}
                {template.status ? t(`ideas:status.${template.status}`) : t('moderation:templates.noStatus')}
              </p>
              <p>
                {t('moderation:templates.languages')}:{' '}
                {LOCALES.filter((l) => template.bodyTranslations.some((tr) => tr.locale === l))
                  .map((l) => t(`moderation:answer.locales.${l}`))
                  .join(', ')}
              </p>
              <p className="report__excerpt" lang={template.bodyLocale}>
                {template.body}
              </p>
              <div className="report__actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t('moderation:templates.editNamed', { name: template.name })}
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setStatus('');
                    setEditing({ kind: 'edit', template });
                  }}
                >
                  {t('moderation:templates.edit')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  aria-haspopup="dialog"
                  aria-label={t('moderation:templates.deleteNamed', { name: template.name })}
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setDeleteError('');
                    setDeleting(template);
                  }}
                >
                  {t('moderation:templates.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <Dialog title={t('moderation:templates.deleteTitle', { name: deleting.name })} onClose={cancel}>
          <DeleteConfirm busy={removing} error={deleteError} onSubmit={onDelete} onCancel={cancel} />
        </Dialog>
      )}
    </section>
  );
}

function DeleteConfirm({ busy, error, onSubmit, onCancel }: { busy: boolean; error: string; onSubmit(event: FormEvent): void; onCancel(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <form noValidate onSubmit={onSubmit}>
      <p>{t('moderation:templates.deleteQuestion')}</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--danger" ref={confirm} disabled={busy}>
          {t('moderation:templates.deleteConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('moderation:cancel')}
        </button>
      </div>
    </form>
  );
}

function TemplateEditor({ slug, template, onSaved, onCancel }: { slug: string; template?: Template; onSaved(name: string): void; onCancel(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const form = useFormErrors('template');
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template, language));
  const [{ fetching: creating }, create] = useMutation(CreateAnswerTemplateMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateAnswerTemplateMutation);
  const headingId = useId();
  const nameRef = useRef<HTMLDivElement>(null);
  useEffect(() => nameRef.current?.querySelector('input')?.focus(), []);
  const set = <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateTemplate(t, draft);
    if (!checked.ok) return form.show(checked.errors);
    const input = {
      name: checked.data.name,
      status: checked.data.status,
      body: checked.data.body,
      bodyLocale: checked.data.bodyLocale,
      translations: checked.data.translations,
    };
    const result = template ? await update({ id: template.id, input }, { additionalTypenames: ['AnswerTemplate'] }) : await create({ municipalitySlug: slug, input }, { additionalTypenames: ['AnswerTemplate'] });
    if (result.error) return form.show(templateServerErrors(t, result.error, input.translations));
    form.clear();
    onSaved(input.name);
  };

  return (
    <section className="officer-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{template ? t('moderation:templates.editTitle', { name: template.name }) : t('moderation:templates.newTitle')}</h3>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <div ref={nameRef}>
          <TextField
            form={form}
            name="name"
            required
            autoComplete="off"
            label={t('moderation:templates.fields.name')}
            hint={t('moderation:templates.fields.nameHint', { min: ANSWER_TEMPLATE_NAME_MIN_LENGTH, max: ANSWER_TEMPLATE_NAME_MAX_LENGTH })}
            value={draft.name}
            onValueChange={(v) => set('name', v)}
          />
        </div>
        <SelectField
          form={form}
          name="status"
          label={t('moderation:templates.fields.status')}
          value={draft.status}
          onValueChange={(v) => set('status', v as ResponseStatus | '')}
        >
          <option value="">{t('moderation:templates.noStatus')}</option>
          {RESPONSE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ideas:status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          form={form}
          name="bodyLocale"
          label={t('moderation:answer.fields.bodyLocale.label')}
          value={draft.bodyLocale}
          onValueChange={(v) => set('bodyLocale', v as Locale)}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`moderation:answer.locales.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          form={form}
          name="body"
          required
          rows={6}
          lang={draft.bodyLocale}
          label={t('moderation:templates.fields.body')}
          hint={t('moderation:answer.fields.body.hint', { min: RESPONSE_BODY_MIN_LENGTH, max: RESPONSE_BODY_MAX_LENGTH })}
          value={draft.body}
          onValueChange={(v) => set('body', v)}
        />
        {otherLocales(draft.bodyLocale).map((locale) => (
          <TextAreaField
            key={locale}
            form={form}
            name={`translation-${locale}`}
            rows={5}
            lang={locale}
            label={t(`moderation:answer.fields.translations.${locale}`)}
            hint={t('moderation:templates.fields.translationHint')}
            value={draft.translations[locale] ?? ''}
            onValueChange={(v) => setDraft((d) => ({ ...d, translations: { ...d.translations, [locale]: v } }))}
          />
        ))}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={creating || updating}>
            {template ? t('moderation:templates.save') : t('moderation:templates.create')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('moderation:cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
