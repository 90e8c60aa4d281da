import { DEFAULT_LOCALE, isLocale, type Locale } from '@medskapa/shared';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/paths';
import { writeLangCookie } from '../i18n/detect';
import { formatDateTime, LANGUAGES } from '../i18n/languages';
import { formatVoterCodeInput } from './address';
import { ApiError, NetworkError } from './graphql';
import { castVote, fetchPoll, pickTranslation, type VotePoll, type VoteReceipt } from './poll';

type LoadState =
  | { state: 'loading' }
  | { state: 'ready'; poll: VotePoll }
  | { state: 'notFound' }
  | { state: 'failed'; network: boolean };

/**
 * A problem with the vote as a whole (not one field), kept as data rather than text so it follows
 * a language switch.
 */
type SubmitProblem =
  | { kind: 'notOpen'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'rateLimited'; minutes: number }
  | { kind: 'network' }
  | { kind: 'unknown' };

interface FieldErrors {
  option?: 'validation.chooseOption';
  code?: 'validation.enterCode' | 'errors.wrongCode';
}

export interface VotePageProps {
  shortCode: string;
  /** From the slip's QR code (#code=…), already taken out of the address bar. */
  initialCode?: string;
}

function useLanguageSwitch() {
  const { i18n } = useTranslation('vote');
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language: Locale = isLocale(current) ? current : DEFAULT_LOCALE;
  const chooseLanguage = useCallback(
    (next: Locale) => {
      // Same as the main app: an explicit choice is remembered for the whole site and the API.
      writeLangCookie(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, chooseLanguage };
}

/** Turns an error from castVote into what the pupil should read. */
function problemOf(error: unknown): { field?: FieldErrors; submit?: SubmitProblem } {
  if (error instanceof NetworkError) return { submit: { kind: 'network' } };
  if (!(error instanceof ApiError)) return { submit: { kind: 'unknown' } };
  if (error.reason === 'POLL_NOT_OPEN') {
    const opensAt = typeof error.extensions.opensAt === 'string' ? error.extensions.opensAt : '';
    return { submit: { kind: 'notOpen', opensAt } };
  }
  if (error.reason === 'POLL_CLOSED') return { submit: { kind: 'closed' } };
  if (error.code === 'RATE_LIMITED') {
    const seconds = Number(error.extensions.retryAfter) || 60;
    return { submit: { kind: 'rateLimited', minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  if (error.code === 'BAD_USER_INPUT' && error.hasFieldProblem('voterCode')) return { field: { code: 'errors.wrongCode' } };
  if (error.code === 'BAD_USER_INPUT' && error.hasFieldProblem('optionId')) return { field: { option: 'validation.chooseOption' } };
  return { submit: { kind: 'unknown' } };
}

export function VotePage({ shortCode, initialCode = '' }: VotePageProps) {
  const { t } = useTranslation('vote');
  const { language, chooseLanguage } = useLanguageSwitch();
  const [load, setLoad] = useState<LoadState>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = t('documentTitle');
  }, [t]);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    fetchPoll(shortCode).then(
      (poll) => current && setLoad(poll ? { state: 'ready', poll } : { state: 'notFound' }),
      (error: unknown) => {
        if (!current) return;
        // A malformed short code is refused as input; for the pupil it is the same wrong link.
        const missing = error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
        setLoad(missing ? { state: 'notFound' } : { state: 'failed', network: error instanceof NetworkError });
      },
    );
    return () => {
      current = false;
    };
  }, [shortCode, attempt]);

  const poll = load.state === 'ready' ? load.poll : undefined;

  return (
    <>
      <header className="vote-header">
        <p className="vote-header__brand">
          {t('brand')}
          {poll && <span className="vote-header__organization">{poll.organization.name}</span>}
        </p>
        <div className="vote-languages" role="group" aria-label={t('language.label')}>
          {LANGUAGES.map(({ code, name }) => (
            <button
              key={code}
              type="button"
              lang={code}
              className="vote-languages__button"
              aria-pressed={code === language}
              onClick={() => chooseLanguage(code)}
            >
              {name}
            </button>
          ))}
        </div>
      </header>
      <main className="vote-main">
        {load.state === 'loading' && (
          <p role="status" className="vote-status">
            {t('loading')}
          </p>
        )}
        {load.state === 'notFound' && (
          <>
            <h1 className="vote-title">{t('errors.notFound')}</h1>
            <p>{t('errors.notFoundHelp')}</p>
          </>
        )}
        {load.state === 'failed' && (
          <div className="vote-problem">
            <p role="alert">{load.network ? t('errors.loadNetwork') : t('errors.unknown')}</p>
            <button type="button" className="vote-button" onClick={() => setAttempt((n) => n + 1)}>
              {t('errors.retry')}
            </button>
          </div>
        )}
        {poll && <PollView poll={poll} language={language} initialCode={initialCode} />}
      </main>
    </>
  );
}

function ResultsLink({ poll }: { poll: VotePoll }) {
  const { t } = useTranslation('vote');
  // A plain link: the results page belongs to the main app, a different bundle.
  return (
    <a className="vote-link" href={paths.poll(poll.organization.municipality.slug, poll.id)}>
      {t('results.link')}
    </a>
  );
}

function PollView({ poll, language, initialCode }: { poll: VotePoll; language: Locale; initialCode: string }) {
  const { t } = useTranslation('vote');
  const [receipt, setReceipt] = useState<VoteReceipt>();
  const question = pickTranslation(poll.questionTranslations, language);
  const description = pickTranslation(poll.descriptionTranslations, language);
  const date = (iso: string) => formatDateTime(iso, language);

  if (receipt) return <ReceiptView poll={poll} receipt={receipt} language={language} />;

  return (
    <>
      <h1 className="vote-title">{question}</h1>
      {description && <p className="vote-description">{description}</p>}
      {poll.status === 'SCHEDULED' && <p className="vote-notice">{t('errors.notOpen', { date: date(poll.opensAt) })}</p>}
      {poll.status === 'CLOSED' && (
        <div className="vote-notice">
          <p>{t('errors.closed')}</p>
          <ResultsLink poll={poll} />
        </div>
      )}
      {poll.status === 'OPEN' && (
        <>
          <p className="vote-closes">{t('closesAt', { date: date(poll.closesAt) })}</p>
          <VoteForm poll={poll} language={language} initialCode={initialCode} onVoted={setReceipt} />
        </>
      )}
    </>
  );
}

function VoteForm({
  poll,
  language,
  initialCode,
  onVoted,
}: {
  poll: VotePoll;
  language: Locale;
  initialCode: string;
  onVoted(receipt: VoteReceipt): void;
}) {
  const { t } = useTranslation('vote');
  const id = useId();
  const [optionId, setOptionId] = useState('');
  const [code, setCode] = useState(initialCode);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SubmitProblem>();
  const [submitting, setSubmitting] = useState(false);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const optionErrorId = `${id}-option-error`;
  const codeHintId = `${id}-code-hint`;
  const codeErrorId = `${id}-code-error`;

  /** Focus the first field with a problem, so keyboard and screen-reader users land on it. */
  function focusFirstProblem(errors: FieldErrors) {
    if (errors.option) firstOptionRef.current?.focus();
    else if (errors.code) codeRef.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors: FieldErrors = {};
    if (!optionId) errors.option = 'validation.chooseOption';
    if (!code.trim()) errors.code = 'validation.enterCode';
    setFieldErrors(errors);
    setProblem(undefined);
    if (errors.option || errors.code) {
      focusFirstProblem(errors);
      return;
    }
    setSubmitting(true);
    try {
      onVoted(await castVote(poll.id, optionId, code));
    } catch (error) {
      const { field, submit: submitProblem } = problemOf(error);
      setSubmitting(false);
      setFieldErrors(field ?? {});
      setProblem(submitProblem);
      if (field) focusFirstProblem(field);
    }
  }

  function problemText(p: SubmitProblem): string {
    switch (p.kind) {
      case 'notOpen':
        return t('errors.notOpen', { date: p.opensAt ? formatDateTime(p.opensAt, language) : '' });
      case 'closed':
        return t('errors.closed');
      case 'rateLimited':
        return t('errors.rateLimited', { count: p.minutes });
      case 'network':
        return t('errors.network');
      case 'unknown':
        return t('errors.unknown');
    }
  }

  return (
    <form className="vote-form" noValidate onSubmit={(event) => void submit(event)}>
      {/* Always in the page, so that what is put in it is announced. */}
      <div role="alert">
        {problem && (
          <div className="vote-alert">
            <p>{problemText(problem)}</p>
            {problem.kind === 'closed' && <ResultsLink poll={poll} />}
          </div>
        )}
        {/* Pressing Enter in the code field leaves focus where it is, so focusing the field
            would not read its new error: say it here too (shown beside the field). */}
        {fieldErrors.code === 'errors.wrongCode' && <p className="vote-visually-hidden">{t('errors.wrongCode')}</p>}
      </div>
      <fieldset className="vote-options" aria-describedby={fieldErrors.option ? optionErrorId : undefined}>
        <legend className="vote-options__legend">{t('form.legend')}</legend>
        {fieldErrors.option && (
          <p id={optionErrorId} className="vote-field-error">
            {t(fieldErrors.option)}
          </p>
        )}
        {poll.options.map((option, index) => (
          <label key={option.id} className="vote-option">
            <input
              ref={index === 0 ? firstOptionRef : undefined}
              type="radio"
              name="optionId"
              value={option.id}
              className="vote-option__input"
              checked={option.id === optionId}
              aria-invalid={fieldErrors.option ? true : undefined}
              onChange={() => {
                setOptionId(option.id);
                setFieldErrors((errors) => ({ ...errors, option: undefined }));
              }}
            />
            <span className="vote-option__text">{pickTranslation(option.textTranslations, language)}</span>
          </label>
        ))}
      </fieldset>
      <div className="vote-code">
        <label htmlFor={`${id}-code`} className="vote-code__label">
          {t('form.codeLabel')}
        </label>
        <p id={codeHintId} className="vote-code__hint">
          {t('form.codeHint')}
        </p>
        {fieldErrors.code && (
          <p id={codeErrorId} className="vote-field-error">
            {t(fieldErrors.code)}
          </p>
        )}
        <input
          ref={codeRef}
          id={`${id}-code`}
          name="voterCode"
          type="text"
          className="vote-code__input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={9}
          aria-invalid={fieldErrors.code ? true : undefined}
          aria-describedby={fieldErrors.code ? `${codeHintId} ${codeErrorId}` : codeHintId}
          onChange={(event) => setCode(formatVoterCodeInput(event.target.value))}
        />
      </div>
      <button type="submit" className="vote-button vote-button--primary" aria-disabled={submitting || undefined}>
        {t('form.submit')}
      </button>
      <p role="status" className="vote-status">
        {submitting ? t('form.submitting') : ''}
      </p>
    </form>
  );
}

function ReceiptView({ poll, receipt, language }: { poll: VotePoll; receipt: VoteReceipt; language: Locale }) {
  const { t } = useTranslation('vote');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const chosen = poll.options.find((option) => option.id === receipt.optionId);

  useEffect(() => {
    // The form is gone: move focus to what replaced it, so a screen reader reads the thanks.
    headingRef.current?.focus();
  }, []);

  return (
    <section className="vote-receipt" aria-labelledby="vote-receipt-heading">
      <h1 id="vote-receipt-heading" ref={headingRef} tabIndex={-1} className="vote-title">
        {t('receipt.heading')}
      </h1>
      <p className="vote-receipt__question">{pickTranslation(poll.questionTranslations, language)}</p>
      <dl className="vote-receipt__details">
        <div>
          <dt>{t('receipt.choice')}</dt>
          <dd>{chosen ? pickTranslation(chosen.textTranslations, language) : ''}</dd>
        </div>
        <div>
          <dt>{t('receipt.code')}</dt>
          <dd className="vote-receipt__code">{receipt.receiptCode}</dd>
        </div>
        <div>
          <dt>{t('receipt.time')}</dt>
          <dd>{formatDateTime(receipt.castAt, language)}</dd>
        </div>
      </dl>
      <p>{t('receipt.note')}</p>
      <ResultsLink poll={poll} />
    </section>
  );
}
