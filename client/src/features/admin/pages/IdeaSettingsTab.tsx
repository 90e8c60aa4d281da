import {
  effectiveSupportThreshold,
  ideaSettingsSchema,
  NAMESPACES,
  POPULATION_MAX,
  SUPPORT_THRESHOLD_MAX,
  SUPPORT_THRESHOLD_PER_MILLE_MAX,
} from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessageKey, fieldOfPath, serverFieldErrors } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import type { Translate } from '../../../i18n/translate';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroupField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { IdeaSettingsQuery, UpdateIdeaSettingsMutation } from '../../moderation/moderation.graphql';
import { AdminOnly, useAdminContext } from './AdminLayout';

type Settings = NonNullable<ResultOf<typeof IdeaSettingsQuery>['municipality']>['ideaSettings'];
type Mode = 'none' | 'count' | 'perMille';

export interface SettingsDraft {
  mode: Mode;
  count: string;
  perMille: string;
  population: string;
  exempt: boolean;
}

export function settingsDraft(settings: Settings): SettingsDraft {
  const mode: Mode = settings.supportThresholdPerMille != null ? 'perMille' : settings.supportThreshold != null ? 'count' : 'none';
  return {
    mode,
    count: mode === 'count' && settings.supportThreshold != null ? String(settings.supportThreshold) : '',
    perMille: settings.supportThresholdPerMille != null ? String(settings.supportThresholdPerMille) : '',
    population: settings.population != null ? String(settings.population) : '',
    exempt: settings.minorityLanguageExempt,
  };
}

/** "2,5" and "2.5" alike; NaN for anything else, null for blank. */
function parseNumber(value: string): number | null {
  const trimmed = value.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const FIELDS = ['mode', 'count', 'perMille', 'population'] as const;

function message(t: Translate, field: string): string {
  if (field === 'count') return t('moderation:settings.validation.count', { max: SUPPORT_THRESHOLD_MAX });
  if (field === 'perMille') return t('moderation:settings.validation.perMille', { max: SUPPORT_THRESHOLD_PER_MILLE_MAX });
  if (field === 'population') return t('moderation:settings.validation.population', { max: POPULATION_MAX });
  return t('moderation:settings.validation.other');
}

/** The draft as IdeaSettingsInput, or the fields that are wrong. */
export function settingsInput(t: Translate, draft: SettingsDraft) {
  const count = parseNumber(draft.count);
  const perMille = parseNumber(draft.perMille);
  const population = parseNumber(draft.population);
  const values = {
    supportThreshold: draft.mode === 'count' ? count : null,
    supportThresholdPerMille: draft.mode === 'perMille' ? perMille : null,
    population: draft.mode === 'perMille' ? population : undefined,
    minorityLanguageExempt: draft.exempt,
  };
  const errors: FormError[] = [];
  if (draft.mode === 'count' && values.supportThreshold == null) errors.push({ field: 'count', message: message(t, 'count') });
  if (draft.mode === 'perMille' && values.supportThresholdPerMille == null) errors.push({ field: 'perMille', message: message(t, 'perMille') });
  if (draft.mode === 'perMille' && population == null) errors.push({ field: 'population', message: message(t, 'population') });
  const result = ideaSettingsSchema.safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      const field = key === 'supportThreshold' ? 'count' : key === 'supportThresholdPerMille' ? 'perMille' : key === 'population' ? 'population' : undefined;
      if (field && !errors.some((e) => e.field === field)) errors.push({ field, message: message(t, field) });
    }
  }
  if (errors.length) return { ok: false as const, errors: FIELDS.flatMap((f) => errors.filter((e) => e.field === f)) };
  return { ok: true as const, input: values as { supportThreshold: number | null; supportThresholdPerMille: number | null; population?: number | null; minorityLanguageExempt: boolean } };
}

/** `/admin/idea-settings`: the support threshold and the minority-language exemption. ADMIN. */
export function IdeaSettingsTab() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('common:titleWithContext', { page: t('moderation:settings.tab'), parent: t('admin:title') }));
  const { municipality } = useAdminContext();
  return (
    <AdminOnly>
      <SettingsLoader key={municipality.slug} slug={municipality.slug} />
    </AdminOnly>
  );
}

function SettingsLoader({ slug }: { slug: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeaSettingsQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  return <SettingsForm slug={slug} name={municipality.name} settings={municipality.ideaSettings} />;
}

function SettingsForm({ slug, name, settings }: { slug: string; name: string; settings: Settings }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const form = useFormErrors('settings');
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsDraft(settings));
  const [saved, setSaved] = useState('');
  const [{ fetching }, save] = useMutation(UpdateIdeaSettingsMutation);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const count = parseNumber(draft.count);
  const perMille = parseNumber(draft.perMille);
  const population = parseNumber(draft.population);
  const effective =
    draft.mode === 'none'
      ? null
      : effectiveSupportThreshold({
          supportThreshold: draft.mode === 'count' && count != null && Number.isFinite(count) ? count : null,
          supportThresholdPerMille: draft.mode === 'perMille' && perMille != null && Number.isFinite(perMille) ? perMille : null,
          population: population != null && Number.isFinite(population) ? population : null,
        });
  const summary =
    draft.mode === 'none'
      ? t('moderation:settings.effective.none')
      : effective == null
        ? t('moderation:settings.effective.incomplete')
        : t('moderation:settings.effective.count', { count: effective });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const checked = settingsInput(t, draft);
    if (!checked.ok) return form.show(checked.errors);
    const result = await save({ municipalitySlug: slug, input: checked.input }, { additionalTypenames: ['Municipality'] });
    if (result.error) {
      const fieldErrors: FormError[] = serverFieldErrors(result.error).map((e) => {
        const key = fieldOfPath(e.path);
        const field = key === 'supportThreshold' ? 'count' : key === 'supportThresholdPerMille' ? 'perMille' : key === 'population' ? 'population' : undefined;
        return field ? { field, message: message(t, field) } : { message: message(t, 'other') };
      });
      return form.show(fieldErrors.length ? fieldErrors : [{ message: t(`errors:${errorMessageKey(result.error)}`) }]);
    }
    form.clear();
    const text = t('moderation:settings.saved', { municipality: name });
    setSaved(text);
    announce(text);
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('moderation:settings.tab')}</h2>
      <p>{t('moderation:settings.lead', { municipality: name })}</p>
      <ErrorSummary form={form} />
      <p role="status" className="form-status">
        {saved}
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <RadioGroupField<Mode>
          form={form}
          name="mode"
          legend={t('moderation:settings.mode.legend')}
          hint={t('moderation:settings.mode.hint')}
          value={draft.mode}
          onValueChange={(v) => set('mode', v)}
          options={[
            { value: 'none', label: t('moderation:settings.mode.none') },
            { value: 'count', label: t('moderation:settings.mode.count') },
            { value: 'perMille', label: t('moderation:settings.mode.perMille') },
          ]}
        />
        {draft.mode === 'count' && (
          <TextField
            form={form}
            name="count"
            inputMode="numeric"
            className="field--short"
            label={t('moderation:settings.fields.count')}
            hint={t('moderation:settings.fields.countHint', { max: SUPPORT_THRESHOLD_MAX })}
            value={draft.count}
            onValueChange={(v) => set('count', v)}
          />
        )}
        {draft.mode === 'perMille' && (
          <>
            <TextField
              form={form}
              name="perMille"
              inputMode="decimal"
              className="field--short"
              label={t('moderation:settings.fields.perMille')}
              hint={t('moderation:settings.fields.perMilleHint')}
              value={draft.perMille}
              onValueChange={(v) => set('perMille', v)}
            />
            <TextField
              form={form}
              name="population"
              inputMode="numeric"
              className="field--short"
              label={t('moderation:settings.fields.population')}
              hint={t('moderation:settings.fields.populationHint')}
              value={draft.population}
              onValueChange={(v) => set('population', v)}
            />
          </>
        )}
        <p className="status-box" aria-live="polite" data-testid="effective-threshold">
          {summary}
        </p>
        <div className="field field--checkbox">
          <div className="checkbox">
            <input
              type="checkbox"
              id="settings-exempt"
              className="checkbox__input"
              checked={draft.exempt}
              aria-describedby="settings-exempt-hint"
              onChange={(event) => set('exempt', event.target.checked)}
            />
            <label className="checkbox__label" htmlFor="settings-exempt">
              {t('moderation:settings.exempt.label')}
            </label>
          </div>
          <p className="field__hint" id="settings-exempt-hint">
            {t('moderation:settings.exempt.hint')}
          </p>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('moderation:settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
