import { NAMESPACES, registerSchema, type Locale } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { useSessionChanged } from '../../../app/providers';
import { LANGUAGES } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SelectField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { RegisterMutation } from '../accounts.graphql';
import { DEFAULT_MUNICIPALITY, HomePlaceFields } from '../components/HomePlaceFields';
import { PasswordRules } from '../components/PasswordRules';
import { useViewer } from '../useViewer';
import { parseBirthYear, serverErrors, validate } from '../validation';

const FIELDS = ['email', 'password', 'displayName', 'locale', 'birthYear', 'municipalitySlug', 'homePlaceId'] as const;

/** `/register`: create an account; then "check your e-mail". */
export function RegisterPage() {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const sessionChanged = useSessionChanged();
  const form = useFormErrors('register');
  const [{ fetching }, register] = useMutation(RegisterMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [locale, setLocale] = useState<Locale>(language);
  const [birthYear, setBirthYear] = useState('');
  const [municipalitySlug, setMunicipalitySlug] = useState(DEFAULT_MUNICIPALITY);
  const [homePlaceId, setHomePlaceId] = useState('');
  useDocumentTitle(t('accounts:register.title'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(
      t,
      registerSchema,
      {
        email,
        password,
        displayName,
        locale,
        birthYear: parseBirthYear(birthYear),
        homePlaceId: homePlaceId || null,
        municipalitySlug,
      },
      FIELDS,
    );
    if (!checked.ok) return form.show(checked.errors);
    const result = await register({
      input: {
        email: checked.data.email,
        password: checked.data.password,
        displayName: checked.data.displayName,
        locale: checked.data.locale,
        birthYear: checked.data.birthYear ?? null,
        homePlaceId: checked.data.homePlaceId ?? null,
        municipalitySlug: checked.data.municipalitySlug ?? null,
      },
    });
    if (result.error) return form.show(serverErrors(t, result.error, FIELDS));
    form.clear();
    sessionChanged();
    navigate(paths.registered(), { state: { email: checked.data.email, returnTo } satisfies RegisteredState });
  };

  return (
    <div className="form-page">
      <h1>{t('accounts:register.title')}</h1>
      <p className="lead">{t('accounts:register.lead')}</p>
      {viewer && (
        <p className="note">
          {t('accounts:register.alreadySignedIn', { name: viewer.displayName })}{' '}
          <Link to={paths.profile()}>{t('accounts:register.toProfile')}</Link>
        </p>
      )}
      <p>
        <Trans
          t={t}
          i18nKey="accounts:register.privacy"
          components={{ privacyLink: <Link to={paths.privacy()} /> }}
        />
      </p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          label={t('accounts:fields.email.label')}
          value={email}
          onValueChange={setEmail}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          label={t('accounts:fields.password.label')}
          hint={<PasswordRules />}
          value={password}
          onValueChange={setPassword}
        />
        <TextField
          form={form}
          name="displayName"
          autoComplete="nickname"
          required
          label={t('accounts:fields.displayName.label')}
          hint={t('accounts:fields.displayName.hint')}
          value={displayName}
          onValueChange={setDisplayName}
        />
        <SelectField
          form={form}
          name="locale"
          label={t('accounts:fields.locale.label')}
          hint={t('accounts:fields.locale.hint')}
          value={locale}
          onValueChange={(value) => setLocale(value as Locale)}
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
          onValueChange={setBirthYear}
        />
        <fieldset className="fieldset">
          <legend>{t('accounts:fields.where.legend')}</legend>
          <p className="fieldset__hint">{t('accounts:fields.where.hint')}</p>
          <HomePlaceFields
            form={form}
            municipalitySlug={municipalitySlug}
            onMunicipalityChange={setMunicipalitySlug}
            homePlaceId={homePlaceId}
            onHomePlaceChange={setHomePlaceId}
          />
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('accounts:register.submit')}
          </button>
        </div>
      </form>
      <p>
        {t('accounts:register.haveAccount')} <Link to={paths.login(returnTo)}>{t('accounts:register.toLogin')}</Link>
      </p>
    </div>
  );
}

interface RegisteredState {
  email?: string;
  /** Where the person was going, e.g. an invitation: offered as the way on. */
  returnTo?: string;
}

/** `/register/check-email`: the account exists; the e-mail link comes next. */
export function RegisteredPage() {
  const { t } = useTranslation(NAMESPACES);
  const location = useLocation();
  const state = location.state as RegisteredState | null;
  const email = state?.email;
  const returnTo = safeReturnTo(state?.returnTo);
  useDocumentTitle(t('accounts:registered.title'));
  return (
    <div className="form-page">
      <h1>{t('accounts:registered.title')}</h1>
      <p className="lead">{email ? t('accounts:registered.sentTo', { email }) : t('accounts:registered.sent')}</p>
      <p>{t('accounts:registered.expiry')}</p>
      <p>{t('accounts:registered.spam')}</p>
      <ul className="link-list">
        {returnTo !== '/' && (
          <li>
            <Link to={returnTo}>{t('accounts:registered.continue')}</Link>
          </li>
        )}
        <li>
          <Link to={paths.profile()}>{t('accounts:registered.toProfile')}</Link>
        </li>
        <li>
          <Link to={paths.home()}>{t('accounts:registered.toStart')}</Link>
        </li>
      </ul>
    </div>
  );
}
