import { ErrorCode, loginSchema, NAMESPACES } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { useSessionChanged } from '../../../app/providers';
import { errorMessageKey, retryAfterSeconds } from '../../../graphql/errors';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { LoginMutation } from '../accounts.graphql';
import { EidLogin } from '../components/EidLogin';
import { useViewer } from '../useViewer';
import { validate, waitMessage } from '../validation';

const FIELDS = ['email', 'password'] as const;
const EID_ERRORS = ['CANCELLED', 'FAILED', 'EXPIRED'] as const;
type EidError = (typeof EID_ERRORS)[number];

/** `/login?returnTo=…`: e-mail and password, or e-ID; then back to where the person was. */
export function LoginPage() {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const eidError = params.get('eidError');
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const { viewer } = useViewer();
  const form = useFormErrors('login');
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('accounts:login.title'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(t, loginSchema, { email, password }, FIELDS);
    if (!checked.ok) return form.show(checked.errors);
    const result = await login({ email: checked.data.email, password: checked.data.password });
    if (result.error) return form.show(loginErrors(result.error));
    form.clear();
    sessionChanged();
    navigate(returnTo, { replace: true });
  };

  /** Never says which of the two was wrong: that would tell whether the address has an account. */
  const loginErrors = (error: NonNullable<Awaited<ReturnType<typeof login>>['error']>): FormError[] => {
    const code = errorMessageKey(error);
    if (code === ErrorCode.UNAUTHENTICATED) return [{ message: t('accounts:login.wrongCredentials') }];
    if (code === ErrorCode.RATE_LIMITED) return [{ message: waitMessage(t, retryAfterSeconds(error)) }];
    if (code === ErrorCode.BAD_USER_INPUT) return [{ message: t('accounts:login.wrongCredentials') }];
    return [{ message: t(`errors:${code}`) }];
  };

  return (
    <div className="form-page">
      <h1>{t('accounts:login.title')}</h1>
      {eidError && (
        <div className="alert" role="alert">
          <p className="alert__message">{t(`accounts:eid.errors.${eidErrorOf(eidError)}`)}</p>
        </div>
      )}
      {viewer && (
        <p className="note">
          {t('accounts:login.alreadySignedIn', { name: viewer.displayName })}{' '}
          <Link to={paths.profile()}>{t('accounts:register.toProfile')}</Link>
        </p>
      )}
      <ErrorSummary
        form={form}
        title={form.errors.some((e) => e.field) ? undefined : t('accounts:login.failed')}
      />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="email"
          type="email"
          autoComplete="username"
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
          autoComplete="current-password"
          required
          label={t('accounts:fields.password.label')}
          value={password}
          onValueChange={setPassword}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('accounts:login.submit')}
          </button>
          <Link to={paths.forgotPassword()}>{t('accounts:login.forgotPassword')}</Link>
        </div>
      </form>
      <EidLogin returnTo={returnTo} />
      <h2>{t('accounts:login.noAccountHeading')}</h2>
      <p>
        <Link to={paths.register()}>{t('accounts:login.toRegister')}</Link>
      </p>
    </div>
  );
}

function eidErrorOf(value: string): EidError {
  return (EID_ERRORS as readonly string[]).includes(value) ? (value as EidError) : 'FAILED';
}
