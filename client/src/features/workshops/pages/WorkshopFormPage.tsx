import { NAMESPACES, Role, WORKSHOP_GOALS_MAX, WORKSHOP_SIGNUP_LIMIT_MAX, WORKSHOP_TITLE_MAX_LENGTH, type Locale } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
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
import { PollFormGoals } from '../../polls/components/PollFormGoals';
import { isoToStockholm, WORKSHOP_LANGUAGES } from '../components/WorkshopDetailsFormat';
import { WorkshopFormTranslation } from '../components/WorkshopFormTranslation';
import {
  emptyTranslations,
  isWorkshopCancelled,
  otherLanguages,
  validateWorkshop,
  workshopServerErrors,
  type WorkshopDraft,
} from '../components/WorkshopFormValidation';
import {
  CreateWorkshopMutation,
  ledWorkshopOrganizations,
  MyWorkshopOrganizationsQuery,
  UpdateWorkshopMutation,
  WorkshopForEditQuery,
  WorkshopFormOptionsQuery,
} from '../workshops.graphql';
import '../../ideas/ideas.css';
import '../workshops.css';

type FormOptions = ResultOf<typeof WorkshopFormOptionsQuery>;
type Municipality = NonNullable<FormOptions['municipality']>;
type EditedWorkshop = NonNullable<ResultOf<typeof WorkshopForEditQuery>['workshop']>;

/** `/:slug/workshops/new` and `/:slug/workshops/:id/edit`: planning a workshop (signed in). */
export function WorkshopFormPage() {
  const { slug = '', id } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = id ? t('workshops:form.editTitle') : t('workshops:form.newTitle');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('workshops:form.signInBody')} />;
  return id ? <EditWorkshop key={id} slug={slug} id={id} /> : <NewWorkshop key={slug} slug={slug} />;
}

function useFormOptions(slug: string) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkshopFormOptionsQuery, variables: { slug } });
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  let fallback: ReactNode = null;
  if (notFound) {
    fallback = <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
  } else if (!municipality) {
    fallback = error ? <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <Loading />;
  }
  return { data, municipality, fallback };
}

function NewWorkshop({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const { data, municipality, fallback } = useFormOptions(slug);
  const [{ data: mine, fetching: mineLoading }] = useQuery({ query: MyWorkshopOrganizationsQuery });
  if (!municipality) return fallback;
  if (mineLoading && !mine) return <Loading />;

  // Officers may pick any approved organization of the municipality; leaders those they lead.
  const organizations = hasRoleIn(viewer, slug, Role.OFFICER)
    ? [...(data?.organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    : ledWorkshopOrganizations(mine?.me?.organizations ?? [], slug);
  if (organizations.length === 0) {
    return (
      <WorkshopMessage municipality={municipality} title={t('workshops:form.newTitle')}>
        <p>{t('workshops:form.forbidden')}</p>
        <p>
          <Link to={paths.workshops(slug)}>{t('workshops:list.title')}</Link>
        </p>
      </WorkshopMessage>
    );
  }
  const wanted = params.get('organization') ?? '';
  const preselected = organizations.some((o) => o.id === wanted) ? wanted : organizations.length === 1 ? organizations[0]!.id : '';
  const initial: WorkshopDraft = {
    organizationId: preselected,
    originalLocale: language,
    title: '',
    description: '',
    translations: emptyTranslations(),
    date: '',
    startTime: '18:00',
    endTime: '20:00',
    venue: '',
    placeId: '',
    goalIds: [],
    signupEnabled: false,
    signupLimit: '',
  };
  return <WorkshopForm municipality={municipality} organizations={organizations} initial={initial} />;
}

function EditWorkshop({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality, fallback } = useFormOptions(slug);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkshopForEditQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const workshop = data?.workshop;
  if (!workshop) {
    if (isNotFound(error) || (data !== undefined && !error)) {
      return <NotFound title={t('workshops:page.notFound.title')} body={t('workshops:page.notFound.body')} />;
    }
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (!municipality) return fallback;
  if (!workshop.viewerCanManage || workshop.cancelledAt) {
    return (
      <WorkshopNotEditable municipality={municipality} workshopId={workshop.id} reason={workshop.viewerCanManage ? 'cancelled' : 'forbiddenEdit'} />
    );
  }
  return <WorkshopForm municipality={municipality} workshop={workshop} initial={draftOf(workshop)} />;
}

/** The saved workshop as a draft: the original texts, the reviewed translations, Swedish times. */
export function draftOf(workshop: EditedWorkshop): WorkshopDraft {
  const original = (WORKSHOP_LANGUAGES as readonly string[]).includes(workshop.originalLocale) ? (workshop.originalLocale as Locale) : 'sv';
  const textOf = (list: readonly { locale: string; status: string; text: string }[], locale: string) =>
    list.find((tr) => tr.locale === locale && tr.status !== 'MISSING')?.text ?? '';
  const translations = emptyTranslations();
  for (const lang of otherLanguages(original)) {
    translations[lang] = { title: textOf(workshop.titleTranslations, lang), description: textOf(workshop.descriptionTranslations, lang) };
  }
  const start = isoToStockholm(workshop.startsAt);
  const end = isoToStockholm(workshop.endsAt);
  return {
    organizationId: workshop.organization.id,
    originalLocale: original,
    title: textOf(workshop.titleTranslations, original),
    description: textOf(workshop.descriptionTranslations, original),
    translations,
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    venue: workshop.venue,
    placeId: workshop.place?.id ?? '',
    goalIds: workshop.goals.map((goal) => goal.id),
    signupEnabled: workshop.signupEnabled,
    signupLimit: workshop.signupLimit ? String(workshop.signupLimit) : '',
  };
}

function WorkshopMessage({ municipality, title, children }: { municipality: Municipality; title: string; children: ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('workshops:list.title'), to: paths.workshops(municipality.slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {children}
    </div>
  );
}

function WorkshopNotEditable({
  municipality,
  workshopId,
  reason,
  alert = false,
}: {
  municipality: Municipality;
  workshopId: string;
  reason: 'cancelled' | 'forbiddenEdit';
  alert?: boolean;
}) {
  const { t } = useTranslation(NAMESPACES);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (alert) messageRef.current?.focus();
  }, [alert]);
  return (
    <WorkshopMessage municipality={municipality} title={t('workshops:form.editTitle')}>
      <div className="status-box" ref={messageRef} tabIndex={-1} role={alert ? 'alert' : undefined}>
        <p>{t(`workshops:form.${reason}`)}</p>
      </div>
      <p>
        <Link to={paths.workshop(municipality.slug, workshopId)}>{t('workshops:form.backToWorkshop')}</Link>
      </p>
    </WorkshopMessage>
  );
}

interface WorkshopFormProps {
  municipality: Municipality;
  initial: WorkshopDraft;
  organizations?: readonly { id: string; name: string }[];
  workshop?: EditedWorkshop;
}

function WorkshopForm({ municipality, initial, organizations = [], workshop }: WorkshopFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const form = useFormErrors('workshop');
  const [{ fetching: creating }, create] = useMutation(CreateWorkshopMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateWorkshopMutation);
  const [draft, setDraft] = useState<WorkshopDraft>(initial);
  const [cancelledMeanwhile, setCancelledMeanwhile] = useState(false);
  const slug = municipality.slug;
  const title = workshop ? t('workshops:form.editTitle') : t('workshops:form.newTitle');
  const areas = municipality.currentStrategy?.areas ?? [];
  const set = <K extends keyof WorkshopDraft>(field: K, value: WorkshopDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setTranslation = (lang: Locale, field: 'title' | 'description', value: string) =>
    setDraft((d) => ({ ...d, translations: { ...d.translations, [lang]: { ...d.translations[lang], [field]: value } } }));

  if (workshop && cancelledMeanwhile) {
    return <WorkshopNotEditable municipality={municipality} workshopId={workshop.id} reason="cancelled" alert />;
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateWorkshop(t, draft, workshop ? 'update' : 'create');
    if (!checked.ok) return form.show(checked.errors);
    const result = workshop
      ? await update({ id: workshop.id, input: checked.input })
      : await create({ input: { ...checked.input, organizationId: draft.organizationId } });
    if (result.error) {
      if (workshop && isWorkshopCancelled(result.error)) return setCancelledMeanwhile(true);
      return form.show(workshopServerErrors(t, result.error, draft));
    }
    const saved = result.data && ('createWorkshop' in result.data ? result.data.createWorkshop : result.data.updateWorkshop);
    if (!saved) return form.show([{ message: t('errors:INTERNAL_SERVER_ERROR') }]);
    form.clear();
    navigate(paths.workshop(slug, saved.id));
  };

  const languageName = (lang: Locale) => t(`workshops:languages.name.${lang}`);
  const inLanguage = (lang: Locale) => t(`workshops:languages.in.${lang}`);

  return (
    <div className="form-page">
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(slug) },
          { label: t('workshops:list.title'), to: paths.workshops(slug) },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p className="lead">{t('workshops:form.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        {workshop ? (
          <p>{t('workshops:form.organization.fixed', { organization: workshop.organization.name })}</p>
        ) : (
          <SelectField
            form={form}
            name="organizationId"
            required
            label={t('workshops:form.organization.label')}
            hint={t('workshops:form.organization.hint')}
            value={draft.organizationId}
            onValueChange={(value) => set('organizationId', value)}
          >
            <option value="">{t('workshops:form.organization.choose')}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          form={form}
          name="originalLocale"
          required
          label={t('workshops:form.originalLocale.label')}
          hint={t('workshops:form.originalLocale.hint')}
          value={draft.originalLocale}
          onValueChange={(value) => set('originalLocale', value as Locale)}
        >
          {WORKSHOP_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {languageName(lang)}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          name="title"
          required
          lang={draft.originalLocale}
          maxLength={WORKSHOP_TITLE_MAX_LENGTH + 20}
          label={t('workshops:form.title.label')}
          hint={t('workshops:form.title.hint')}
          value={draft.title}
          onValueChange={(value) => set('title', value)}
        />
        <TextAreaField
          form={form}
          name="description"
          lang={draft.originalLocale}
          rows={5}
          label={t('workshops:form.description.label')}
          hint={t('workshops:form.description.hint')}
          value={draft.description}
          onValueChange={(value) => set('description', value)}
        />
        {otherLanguages(draft.originalLocale).map((lang) => {
          const hasError = !!(form.errorOf(`translation-${lang}-title`) || form.errorOf(`translation-${lang}-description`));
          const filled = initial.translations[lang].title !== '' || initial.translations[lang].description !== '';
          return (
            <WorkshopFormTranslation key={lang} summary={t('workshops:form.translation.summary', { inLanguage: inLanguage(lang) })} open={filled} hasError={hasError}>
              <TextField
                form={form}
                name={`translation-${lang}-title`}
                lang={lang}
                maxLength={WORKSHOP_TITLE_MAX_LENGTH + 20}
                label={t('workshops:form.translation.title', { inLanguage: inLanguage(lang) })}
                value={draft.translations[lang].title}
                onValueChange={(value) => setTranslation(lang, 'title', value)}
              />
              <TextAreaField
                form={form}
                name={`translation-${lang}-description`}
                lang={lang}
                rows={4}
                label={t('workshops:form.translation.description', { inLanguage: inLanguage(lang) })}
                value={draft.translations[lang].description}
                onValueChange={(value) => setTranslation(lang, 'description', value)}
              />
            </WorkshopFormTranslation>
          );
        })}
        <fieldset className="fieldset">
          <legend className="field__label">{t('workshops:form.when.legend')}</legend>
          <p className="field__hint">{t('workshops:form.when.hint')}</p>
          <div className="workshop-time-row">
            <TextField
              form={form}
              name="date"
              type="date"
              required
              className="field--short"
              label={t('workshops:form.when.date')}
              value={draft.date}
              onValueChange={(value) => set('date', value)}
            />
            <TextField
              form={form}
              name="startTime"
              type="time"
              required
              className="field--short"
              label={t('workshops:form.when.startTime')}
              value={draft.startTime}
              onValueChange={(value) => set('startTime', value)}
            />
            <TextField
              form={form}
              name="endTime"
              type="time"
              required
              className="field--short"
              label={t('workshops:form.when.endTime')}
              value={draft.endTime}
              onValueChange={(value) => set('endTime', value)}
            />
          </div>
        </fieldset>
        <TextField
          form={form}
          name="venue"
          required
          label={t('workshops:form.venue.label')}
          hint={t('workshops:form.venue.hint')}
          value={draft.venue}
          onValueChange={(value) => set('venue', value)}
        />
        <SelectField
          form={form}
          name="placeId"
          label={t('workshops:form.place.label')}
          hint={t('workshops:form.place.hint')}
          value={draft.placeId}
          onValueChange={(value) => set('placeId', value)}
        >
          <option value="">{t('workshops:form.place.none')}</option>
          {municipality.places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </SelectField>
        {areas.length > 0 && (
          <PollFormGoals
            form={form}
            legend={t('workshops:form.goals.legend')}
            hint={t('workshops:form.goals.hint', { max: WORKSHOP_GOALS_MAX })}
            areas={areas}
            selected={draft.goalIds}
            onChange={(goalIds) => set('goalIds', goalIds)}
          />
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('workshops:form.signup.legend')}</legend>
          <CheckboxField
            form={form}
            name="signupEnabled"
            label={t('workshops:form.signup.enabled')}
            checked={draft.signupEnabled}
            onCheckedChange={(checked) => set('signupEnabled', checked)}
          />
          {draft.signupEnabled && (
            <TextField
              form={form}
              name="signupLimit"
              type="number"
              inputMode="numeric"
              min={1}
              max={WORKSHOP_SIGNUP_LIMIT_MAX}
              className="field--short"
              label={t('workshops:form.signup.limit')}
              hint={t('workshops:form.signup.limitHint')}
              value={draft.signupLimit}
              onValueChange={(value) => set('signupLimit', value)}
            />
          )}
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={creating || updating}>
            {workshop ? t('workshops:form.save') : t('workshops:form.create')}
          </button>
          <Link to={workshop ? paths.workshop(slug, workshop.id) : paths.workshops(slug)}>{t('workshops:form.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
