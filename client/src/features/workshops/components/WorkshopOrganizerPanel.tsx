import { cancelWorkshopSchema, NAMESPACES, workshopMessageSchema, WORKSHOP_MESSAGE_SUBJECT_MAX_LENGTH } from '@medskapa/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, retryAfterSeconds } from '../../../graphql/errors';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { waitMessage } from '../../accounts/validation';
import { CancelWorkshopMutation, MessageWorkshopSignupsMutation, WorkshopSignupsQuery } from '../workshops.graphql';
import { formatShortDateTime, type WorkshopPhase } from './WorkshopDetailsFormat';

interface OrganizerWorkshop {
  id: string;
  signupEnabled: boolean;
  signupCount: number;
}

/**
 * What the workshop's managers see: change it, record the outcome, who signed up, a message to
 * them, and cancelling. The capture link is always there (also before the start), so a
 * facilitator can open it while still online and have it at hand offline in the bygdegård.
 */
export function WorkshopOrganizerPanel({ slug, workshop, phase }: { slug: string; workshop: OrganizerWorkshop; phase: WorkshopPhase }) {
  const { t } = useTranslation(NAMESPACES);
  const cancelled = phase === 'cancelled';
  return (
    <section className="section panel workshop-organizer" aria-labelledby="workshop-organizer-heading">
      <h2 id="workshop-organizer-heading">{t('workshops:organizer.heading')}</h2>
      {!cancelled && (
        <>
          <ul className="action-list workshop-actions">
            <li>
              <Link className="button" to={paths.editWorkshop(slug, workshop.id)}>
                {t('workshops:organizer.edit')}
              </Link>
            </li>
            <li>
              <Link className="button button--primary" to={paths.captureWorkshop(slug, workshop.id)} aria-describedby="workshop-capture-hint">
                {t('workshops:organizer.capture')}
              </Link>
            </li>
          </ul>
          <p className="field__hint" id="workshop-capture-hint">
            {t('workshops:organizer.captureHint')}
          </p>
        </>
      )}
      {(workshop.signupEnabled || workshop.signupCount > 0) && <WorkshopOrganizerSignups workshopId={workshop.id} />}
      {!cancelled && workshop.signupCount > 0 && <WorkshopOrganizerMessage workshopId={workshop.id} />}
      {(phase === 'upcoming' || phase === 'ongoing') && <WorkshopOrganizerCancel workshopId={workshop.id} />}
    </section>
  );
}

function WorkshopOrganizerSignups({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkshopSignupsQuery, variables: { workshopId } });
  const signups = data?.workshopSignups;
  return (
    <section aria-labelledby="workshop-signups-heading">
      <h3 id="workshop-signups-heading">{t('workshops:organizer.signups.heading')}</h3>
      {error && !signups && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {fetching && !signups && <Loading />}
      {signups && signups.length === 0 && <p>{t('workshops:organizer.signups.empty')}</p>}
      {signups && signups.length > 0 && (
        <>
          <div className="workshop-signups-wrap">
            <table className="workshop-signups">
              <caption className="visually-hidden">{t('workshops:organizer.signups.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshops:organizer.signups.name')}</th>
                  <th scope="col">{t('workshops:organizer.signups.contact')}</th>
                  <th scope="col">{t('workshops:organizer.signups.date')}</th>
                </tr>
              </thead>
              <tbody>
                {signups.map((signup) => {
                  const erased = !!signup.personalDataErasedAt || (!signup.hasAccount && !signup.name);
                  return (
                    <tr key={signup.id}>
                      <td>{erased ? <span className="muted">{t('workshops:organizer.signups.erased')}</span> : signup.name}</td>
                      <td>
                        {signup.hasAccount
                          ? t('workshops:organizer.signups.hasAccount')
                          : erased
                            ? '–'
                            : signup.email}
                      </td>
                      <td>
                        <time dateTime={signup.signedUpAt}>{formatShortDateTime(signup.signedUpAt, language)}</time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="field__hint">{t('workshops:organizer.signups.erasedHint')}</p>
        </>
      )}
    </section>
  );
}

function WorkshopOrganizerMessage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors('workshop-message');
  const [{ fetching }, send] = useMutation(MessageWorkshopSignupsMutation);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState<number | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const checked = workshopMessageSchema.safeParse({ subject, body });
    if (!checked.success) {
      const fields = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
      const errors: FormError[] = [];
      if (fields.has('subject')) errors.push({ field: 'subject', message: t('workshops:organizer.message.validation.subject') });
      if (fields.has('body')) errors.push({ field: 'body', message: t('workshops:organizer.message.validation.body') });
      return form.show(errors);
    }
    const result = await send({ workshopId, subject, body });
    if (result.error || result.data?.messageWorkshopSignups === undefined) {
      const key = result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR';
      return form.show([{ message: key === 'RATE_LIMITED' ? waitMessage(t, retryAfterSeconds(result.error)) : t(`errors:${key}`) }]);
    }
    form.clear();
    setSubject('');
    setBody('');
    setSent(result.data.messageWorkshopSignups);
  };

  return (
    <section aria-labelledby="workshop-message-heading">
      <h3 id="workshop-message-heading">{t('workshops:organizer.message.heading')}</h3>
      <p>{t('workshops:organizer.message.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="subject"
          required
          maxLength={WORKSHOP_MESSAGE_SUBJECT_MAX_LENGTH + 20}
          label={t('workshops:organizer.message.subject')}
          value={subject}
          onValueChange={setSubject}
        />
        <TextAreaField form={form} name="body" required rows={5} label={t('workshops:organizer.message.body')} value={body} onValueChange={setBody} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={fetching}>
            {t('workshops:organizer.message.send')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {sent !== null ? t('workshops:organizer.message.sent', { count: sent }) : ''}
      </p>
    </section>
  );
}

function WorkshopOrganizerCancel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, cancelWorkshop] = useMutation(CancelWorkshopMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const close = () => {
    setOpen(false);
    setProblem(null);
    setReason('');
    buttonRef.current?.focus();
  };
  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!cancelWorkshopSchema.safeParse({ reason }).success) {
      setProblem(t('workshops:organizer.cancel.required'));
      reasonRef.current?.focus();
      return;
    }
    setProblem(null);
    const result = await cancelWorkshop({ id: workshopId, reason });
    if (result.error || !result.data) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    setOpen(false);
    announce(t('workshops:organizer.cancel.done'));
    // The button goes away with the cancellation; the page's heading is where the news is.
    document.querySelector<HTMLElement>('h1')?.focus();
  };

  return (
    <section aria-labelledby="workshop-cancel-heading">
      <h3 id="workshop-cancel-heading" className="visually-hidden">
        {t('workshops:organizer.cancel.button')}
      </h3>
      <button type="button" ref={buttonRef} className="button button--danger" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('workshops:organizer.cancel.button')}
      </button>
      {open && (
        <Dialog title={t('workshops:organizer.cancel.title')} onClose={close}>
          <p>{t('workshops:organizer.cancel.body')}</p>
          <form noValidate onSubmit={onConfirm}>
            <div className={['field', problem ? 'field--error' : ''].filter(Boolean).join(' ')}>
              <label className="field__label" htmlFor="workshop-cancel-reason">
                {t('workshops:organizer.cancel.reason')}
              </label>
              <div className="field__hint" id="workshop-cancel-reason-hint">
                {t('workshops:organizer.cancel.reasonHint')}
              </div>
              {problem && (
                <p className="field__error" id="workshop-cancel-reason-error" role="alert">
                  {problem}
                </p>
              )}
              <textarea
                id="workshop-cancel-reason"
                ref={reasonRef}
                className="field__textarea"
                rows={3}
                required
                autoFocus
                aria-invalid={problem ? true : undefined}
                aria-describedby={['workshop-cancel-reason-hint', problem ? 'workshop-cancel-reason-error' : ''].filter(Boolean).join(' ')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
            <div className="form__actions">
              <button type="submit" className="button button--danger" disabled={fetching}>
                {t('workshops:organizer.cancel.confirm')}
              </button>
              <button type="button" className="button" onClick={close}>
                {t('workshops:organizer.cancel.keep')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </section>
  );
}
