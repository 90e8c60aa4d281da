import { NAMESPACES, passwordSchema } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { useSessionChanged } from '../../../app/providers';
import { fieldOfPath, serverFieldErrors } from '../../../graphql/errors';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ResetPasswordMutation } from '../accounts.graphql';
import { PasswordRules } from '../components/PasswordRules';
import { fieldSchema, serverErrors, validate } from '../validation';

const FIELDS = ['newPassword'] as const;

const newPasswordSchema = fieldSchema('newPassword', passwordSchema);

/** `/reset-password?token=…`: a new password from the e-mailed link; every session is signed out. */
export function ResetPasswordPage() {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const sessionChanged = useSessionChanged();
  const form = useFormErrors('reset');
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [linkBroken, setLinkBroken] = useState(!token);
  const title = done ? t('accounts:resetPassword.doneTitle') : t('accounts:resetPassword.title');
  useDocumentTitle(title);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(t, newPasswordSchema, { newPassword }, FIELDS);
    if (!checked.ok) return form.show(checked.errors);
    const result = await reset({ token, newPassword: checked.data.newPassword });
    if (result.error) {
      if (serverFieldErrors(result.error).some((f) => fieldOfPath(f.path) === 'token')) setLinkBroken(true);
      return form.show(serverErrors(t, result.error, FIELDS));
    }
    form.clear();
    setDone(true);
    // Every session ends with a reset, this browser's too.
    sessionChanged();
    document.getElementById('main')?.focus();
  };

  if (done) {
    return (
      <div className="form-page">
        <h1>{title}</h1>
        <p className="lead">{t('accounts:resetPassword.doneBody')}</p>
        <p>
          <Link className="button button--primary" to={paths.login()}>
            {t('accounts:signInPrompt.login')}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{title}</h1>
      {linkBroken && !token ? (
        <>
          <p className="lead">{t('accounts:validation.token.invalid')}</p>
          <p>
            <Link to={paths.forgotPassword()}>{t('accounts:resetPassword.requestNew')}</Link>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary form={form} />
          <form className="form" noValidate onSubmit={onSubmit}>
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
                {t('accounts:resetPassword.submit')}
              </button>
            </div>
          </form>
          {linkBroken && (
            <p>
              <Link to={paths.forgotPassword()}>{t('accounts:resetPassword.requestNew')}</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
