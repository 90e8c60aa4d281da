import { NAMESPACES, passwordSchema, updateProfileSchema, type Locale } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLanguage } from '../../../i18n/useLanguage';
import { LANGUAGES } from '../../../i18n/languages';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SelectField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ChangePasswordMutation, MySessionsQuery, UpdateProfileMutation } from '../accounts.graphql';
import { DEFAULT_MUNICIPALITY, HomePlaceFields } from '../components/HomePlaceFields';
import { PasswordRules } from '../components/PasswordRules';
import { SignInPrompt } from '../components/SignInPrompt';
import { DeleteAccountSection, ExportDataSection } from '../components/MyDataSections';
import { EmailSection, IdentitySection } from '../components/EmailSection';
import { SessionsSection } from '../components/SessionsSection';
import { MyOrganizationsSection } from '../components/MyOrganizationsSection';
import { DigestSection } from '../../notifications/components/DigestSection';
import { useViewer, type Viewer } from '../useViewer';
import { fieldSchema, parseBirthYear, serverErrors, validate } from '../validation';

/** `/profile`: the signed-in person's details, e-mail, password, sessions, data and account. */
export function ProfilePage() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = t('accounts:profile.title');
  useDocumentTitle(title);
  useLoadingAnnouncement(loading);
  const [sessions, refetchSessions] = useQuery({ query: MySessionsQuery, pause: !viewer });

  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('accounts:profile.signInBody')} />;

  return (
    <div className="profile">
      <h1>{title}</h1>
      <ProfileDetails key={viewer.id} viewer={viewer} />
      <EmailSection viewer={viewer} />
      <IdentitySection viewer={viewer} />
      <MyOrganizationsSection />
      <DigestSection emailVerified={viewer.emailVerified === true} />
      <ChangePassword onChanged={() => refetchSessions({ requestPolicy: 'network-only' })} />
      <SessionsSection result={sessions} refetch={() => refetchSessions({ requestPolicy: 'network-only' })} />
      <ExportDataSection />
      <DeleteAccountSection viewer={viewer} />
    </div>
  );
}

const DETAIL_FIELDS = ['displayName', 'locale', 'birthYear', 'municipalitySlug', 'homePlaceId'] as const;

/** Name, language (switching the UI with it), birth year and home place. */
function ProfileDetails({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation(NAMESPACES);
  const { language, chooseLanguage } = useLanguage();
  const form = useFormErrors('profile');
  const [{ fetching }, update] = useMutation(UpdateProfileMutation);
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [locale, setLocale] = useState<Locale>(viewer.locale);
  const [birthYear, setBirthYear] = useState(viewer.birthYear == null ? '' : String(viewer.birthYear));
  const [municipalitySlug, setMunicipalitySlug] = useState(viewer.municipality?.slug ?? DEFAULT_MUNICIPALITY);
  const [homePlaceId, setHomePlaceId] = useState(viewer.homePlace?.id ?? '');
  const [saved, setSaved] = useState(false);
  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    setSaved(false);
    set(value);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(
      t,
      updateProfileSchema,
      { displayName, locale, birthYear: parseBirthYear(birthYear), homePlaceId: homePlaceId || null },
      DETAIL_FIELDS,
    );
    if (!checked.ok) return form.show(checked.errors);
    // A municipality is set through a place in it: the profile has no municipality of its own.
    if (!homePlaceId && municipalitySlug !== (viewer.municipality?.slug ?? DEFAULT_MUNICIPALITY)) {
      return form.show([{ field: 'homePlaceId', message: t('accounts:validation.homePlace.requiredForMunicipality') }]);
    }
    const result = await update({
      input: {
        displayName: checked.data.displayName,
        locale: checked.data.locale,
        birthYear: checked.data.birthYear ?? null,
        homePlaceId: checked.data.homePlaceId ?? null,
      },
    });
    if (result.error) return form.show(serverErrors(t, result.error, DETAIL_FIELDS));
    form.clear();
    setSaved(true);
    if (checked.data.locale && checked.data.locale !== language) await chooseLanguage(checked.data.locale);
  };

  return (
    <section className="section" aria-labelledby="profile-details-heading">
      <h2 id="profile-details-heading">{t('accounts:profile.detailsHeading')}</h2>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="displayName"
          autoComplete="nickname"
          required
          label={t('accounts:fields.displayName.label')}
          hint={t('accounts:fields.displayName.hint')}
          value={displayName}
          onValueChange={changed(setDisplayName)}
        />
        <SelectField
          form={form}
          name="locale"
          label={t('accounts:fields.locale.label')}
          hint={t('accounts:profile.localeHint')}
          value={locale}
          onValueChange={changed((value: string) => setLocale(value as Locale))}
        >
          {LANGUAGES.map(({ code, name }) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          name="birthYear"
          inputMode="numeric"
          autoComplete="bday-year"
          maxLength={4}
          className="field--short"
          label={t('accounts:fields.birthYear.label')}
          hint={t('accounts:fields.birthYear.hint')}
          value={birthYear}
          onValueChange={changed(setBirthYear)}
        />
        <fieldset className="fieldset">
          <legend>{t('accounts:fields.where.legend')}</legend>
          <p className="fieldset__hint">{t('accounts:fields.where.hint')}</p>
          <HomePlaceFields
            form={form}
            municipalitySlug={municipalitySlug}
            onMunicipalityChange={changed(setMunicipalitySlug)}
            homePlaceId={homePlaceId}
            onHomePlaceChange={changed(setHomePlaceId)}
          />
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('accounts:profile.save')}
          </button>
        </div>
        <p role="status" className="form-status">
          {saved ? t('accounts:profile.saved') : ''}
        </p>
      </form>
    </section>
  );
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;
const newPasswordSchema = fieldSchema('newPassword', passwordSchema);

/** The current password and a new one; the API signs out the other sessions. */
function ChangePassword({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors('password');
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const errors = [
      ...(currentPassword === '' ? [{ field: 'currentPassword', message: t('accounts:validation.currentPassword.required') }] : []),
      ...(() => {
        const checked = validate(t, newPasswordSchema, { newPassword }, PASSWORD_FIELDS);
        return checked.ok ? [] : checked.errors;
      })(),
    ];
    if (errors.length > 0) return form.show(errors);
    const result = await change({ currentPassword, newPassword });
    if (result.error) return form.show(serverErrors(t, result.error, PASSWORD_FIELDS));
    form.clear();
    setCurrentPassword('');
    setNewPassword('');
    setDone(true);
    onChanged();
  };

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('accounts:profile.passwordHeading')}</h2>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          label={t('accounts:fields.currentPassword.label')}
          value={currentPassword}
          onValueChange={setCurrentPassword}
        />
        <TextField
          form={form}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          label={t('accounts:fields.newPassword.label')}
          hint={<PasswordRules />}
          value={newPassword}
          onValueChange={setNewPassword}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('accounts:profile.changePassword')}
          </button>
        </div>
        <p role="status" className="form-status">
          {done ? t('accounts:profile.passwordChanged') : ''}
        </p>
      </form>
    </section>
  );
}
