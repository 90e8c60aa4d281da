import { emailSchema, NAMESPACES } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { RequestPasswordResetMutation } from '../accounts.graphql';
import { fieldSchema, serverErrors, validate } from '../validation';

const FIELDS = ['email'] as const;
const schema = fieldSchema('email', emailSchema);

/** `/forgot-password`: sends a reset link; the answer never tells whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors('forgot');
  const [{ fetching }, request] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState('');
  useDocumentTitle(t('accounts:forgotPassword.title'));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(t, schema, { email }, FIELDS);
    if (!checked.ok) return form.show(checked.errors);
    const result = await request({ email: checked.data.email });
    if (result.error) return form.show(serverErrors(t, result.error, FIELDS));
    form.clear();
    setSentTo(checked.data.email);
  };

  return (
    <div className="form-page">
      <h1>{t('accounts:forgotPassword.title')}</h1>
      <p className="lead">{t('accounts:forgotPassword.lead')}</p>
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
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('accounts:forgotPassword.submit')}
          </button>
        </div>
      </form>
      <p role="status" className="form-status">
        {sentTo && t('accounts:forgotPassword.sent', { email: sentTo })}
      </p>
      <p>
        <Link to={paths.login()}>{t('accounts:forgotPassword.toLogin')}</Link>
      </p>
    </div>
  );
}
