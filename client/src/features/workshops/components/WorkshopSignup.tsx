import { ErrorCode, NAMESPACES, workshopSignupSchema } from '@medskapa/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { errorMessageKey, retryAfterSeconds, serverFieldErrors } from '../../../graphql/errors';
import { formatNumber } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { waitMessage } from '../../accounts/validation';
import { CancelWorkshopSignupMutation, SignUpForWorkshopMutation } from '../workshops.graphql';
import type { WorkshopPhase } from './WorkshopDetailsFormat';

export interface WorkshopSignupData {
  id: string;
  signupEnabled: boolean;
  signupCount: number;
  signupLimit?: number | null;
  viewerSignedUp: boolean;
}

/** "3 anmälda av max 20", or "3 anmälda". */
export function signupCountText(t: Translate, language: string, workshop: { signupCount: number; signupLimit?: number | null }): string {
  const formatted = formatNumber(workshop.signupCount, language);
  return workshop.signupLimit
    ? t('workshops:signup.countOfMax', { count: workshop.signupCount, formatted, max: formatNumber(workshop.signupLimit, language) })
    : t('workshops:signup.count', { count: workshop.signupCount, formatted });
}

/** A refused sign-up in plain language: full, closed, too many tries, or the API's general message. */
export function signupErrorMessage(t: Translate, error: CombinedError): string {
  for (const graphQLError of error.graphQLErrors) {
    const reason = graphQLError.extensions?.reason;
    if (reason === 'WORKSHOP_FULL') return t('workshops:signup.error.WORKSHOP_FULL');
    if (reason === 'SIGNUP_CLOSED' || reason === 'WORKSHOP_CANCELLED') return t('workshops:signup.error.SIGNUP_CLOSED');
  }
  const key = errorMessageKey(error);
  if (key === ErrorCode.RATE_LIMITED) return waitMessage(t, retryAfterSeconds(error));
  return t(`errors:${key}`);
}

/**
 * The sign-up section of a workshop page: the count, and (while sign-up is open) a button for
 * signed-in people or a name + e-mail form for everyone else.
 */
export function WorkshopSignup({ workshop, phase, signedIn }: { workshop: WorkshopSignupData; phase: WorkshopPhase; signedIn: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const open = phase === 'upcoming';
  const full = !!workshop.signupLimit && workshop.signupCount >= workshop.signupLimit;
  return (
    <section className="section workshop-signup" aria-labelledby="workshop-signup-heading">
      <h2 id="workshop-signup-heading">{t('workshops:signup.heading')}</h2>
      <p className="support__count">{signupCountText(t, language, workshop)}</p>
      {!open ? (
        <p>{t('workshops:signup.closed')}</p>
      ) : signedIn ? (
        <SignedInSignup workshop={workshop} full={full} />
      ) : full ? (
        <p>{t('workshops:signup.full')}</p>
      ) : (
        <SignedOutSignup workshopId={workshop.id} />
      )}
    </section>
  );
}

function SignedInSignup({ workshop, full }: { workshop: WorkshopSignupData; full: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [{ fetching: signingUp }, signUp] = useMutation(SignUpForWorkshopMutation);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelWorkshopSignupMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onSignUp = async () => {
    setProblem(null);
    const result = await signUp({ workshopId: workshop.id, input: null });
    if (result.error) return setProblem(signupErrorMessage(t, result.error));
    announce(t('workshops:signup.signedUp'));
  };
  const onCancel = async () => {
    setProblem(null);
    const result = await cancel({ workshopId: workshop.id });
    if (result.error) return setProblem(signupErrorMessage(t, result.error));
    announce(t('workshops:signup.cancelledOwn'));
  };

  return (
    <>
      {workshop.viewerSignedUp && <p className="support__mine">{t('workshops:signup.signedUp')}</p>}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {workshop.viewerSignedUp ? (
        <button type="button" ref={buttonRef} className="button" disabled={cancelling} onClick={onCancel}>
          {t('workshops:signup.cancel')}
        </button>
      ) : full ? (
        <p>{t('workshops:signup.full')}</p>
      ) : (
        <>
          <p>{t('workshops:signup.lead')}</p>
          <button type="button" ref={buttonRef} className="button button--primary" disabled={signingUp} onClick={onSignUp}>
            {t('workshops:signup.signUp')}
          </button>
        </>
      )}
    </>
  );
}

function SignedOutSignup({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { pathname, search } = useLocation();
  const form = useFormErrors('workshop-signup');
  const [{ fetching }, signUp] = useMutation(SignUpForWorkshopMutation);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  if (doneFor) {
    return (
      <div className="status-box" role="status" ref={doneRef} tabIndex={-1}>
        <p>{t('workshops:signup.done', { email: doneFor })}</p>
      </div>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = workshopSignupSchema.safeParse({ name, email, locale: language });
    if (!checked.success) {
      const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
      const errors: FormError[] = [];
      if (fields.has('name')) errors.push({ field: 'name', message: t('workshops:signup.validation.name') });
      if (fields.has('email')) errors.push({ field: 'email', message: t('workshops:signup.validation.email') });
      return form.show(errors.length ? errors : [{ message: t('workshops:validation.other') }]);
    }
    const result = await signUp({ workshopId, input: { name, email, locale: language } });
    if (result.error) {
      const byField = serverFieldErrors(result.error)
        .map((f) => f.path.split('.').pop())
        .filter((f): f is 'name' | 'email' => f === 'name' || f === 'email');
      if (byField.length > 0) {
        return form.show([...new Set(byField)].map((field) => ({ field, message: t(`workshops:signup.validation.${field}`) })));
      }
      return form.show([{ message: signupErrorMessage(t, result.error) }]);
    }
    form.clear();
    setDoneFor(email.trim());
    // The form is gone: the confirmation takes focus so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => doneRef.current?.focus());
  };

  return (
    <>
      <p>{t('workshops:signup.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="name"
          required
          autoComplete="name"
          label={t('workshops:signup.name')}
          value={name}
          onValueChange={setName}
        />
        <TextField
          form={form}
          name="email"
          type="email"
          required
          autoComplete="email"
          label={t('workshops:signup.email')}
          hint={t('workshops:signup.emailHint')}
          value={email}
          onValueChange={setEmail}
        />
        <p className="field__hint">{t('workshops:signup.privacy')}</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('workshops:signup.signUp')}
          </button>
        </div>
      </form>
      <p>
        <Link to={paths.login(safeReturnTo(pathname + search))}>{t('workshops:signup.signInInstead')}</Link>
      </p>
    </>
  );
}
