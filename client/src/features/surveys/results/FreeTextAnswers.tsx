import { LOCALE_NAMES, NAMESPACES, isLocale } from '@medskapa/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation } from 'urql';
import { errorMessageKey } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import type { SurveyResultsFilterValue } from './filters';
import { HideSurveyAnswerMutation, RestoreSurveyAnswerMutation, SurveyResultsQuery } from './surveyResults.graphql';
import type { FreeTextAnswerData, QuestionResultData } from './types';

/** How many free-text answers are shown first, and how many more each "Visa fler" adds. */
export const FREE_TEXT_PAGE = 20;

/**
 * The free-text (or "Annat") answers of one question, newest first. Managers hide an answer
 * with a reason (personal data, offensive) and can show it again; answers the API flags as
 * possibly holding personal data are marked.
 */
export function FreeTextAnswers({
  surveyId,
  questionId,
  filter,
  initial,
  canManage,
  heading,
}: {
  surveyId: string;
  questionId: string;
  filter: SurveyResultsFilterValue | null;
  initial: QuestionResultData['freeTexts'];
  canManage: boolean;
  heading: string;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const client = useClient();
  const headingId = useId();
  const [items, setItems] = useState<FreeTextAnswerData[]>(() => initial.edges.map((e) => e.node));
  const [hasMore, setHasMore] = useState(initial.pageInfo.hasNextPage);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // More answers: the same results asked for with a larger page, this question's list taken.
  const loadMore = async () => {
    setLoadingMore(true);
    setLoadError(null);
    const before = items.length;
    const result = await client
      .query(SurveyResultsQuery, { surveyId, filter, freeTextFirst: before + FREE_TEXT_PAGE }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    const list = result.data?.surveyResults.questions.find((q) => q.question.id === questionId)?.freeTexts;
    if (!list) {
      setLoadError(result.error ? t(`errors:${errorMessageKey(result.error)}`) : t('errors:INTERNAL_SERVER_ERROR'));
      return;
    }
    setItems(list.edges.map((e) => e.node));
    setHasMore(list.pageInfo.hasNextPage);
    // Keyboard users continue at the first new answer.
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('li')[before]?.focus());
  };

  const replace = (updated: FreeTextAnswerData) => setItems((current) => current.map((item) => (item.id === updated.id ? updated : item)));

  return (
    <div className="survey-free-texts">
      <h3 id={headingId}>
        {heading} <span className="muted">({t('surveyResults:freeText.count', { count: initial.totalCount })})</span>
      </h3>
      {items.length === 0 ? (
        <p>{t('surveyResults:freeText.none')}</p>
      ) : (
        <ul className="survey-free-texts__list" ref={listRef} aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.id} tabIndex={-1} className={`survey-free-text${item.hidden ? ' survey-free-text--hidden' : ''}`}>
              {item.text != null ? (
                <p className="survey-free-text__text">{item.text}</p>
              ) : (
                <p className="survey-free-text__text muted">
                  {item.hidden ? t('surveyResults:freeText.hiddenText') : t('surveyResults:freeText.personalDataText')}
                </p>
              )}
              <p className="survey-free-text__meta">
                <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language, { dateStyle: 'medium' })}</time>
                {isLocale(item.locale) && <span> · {LOCALE_NAMES[item.locale]}</span>}
                {item.mayContainPersonalData && <span className="survey-free-text__flag">{t('surveyResults:freeText.personalData')}</span>}
                {item.hidden && (
                  <span className="survey-free-text__flag">
                    {item.hiddenReason ? t('surveyResults:freeText.hiddenWithReason', { reason: item.hiddenReason }) : t('surveyResults:freeText.hidden')}
                  </span>
                )}
              </p>
              {canManage &&
                (item.hidden ? <RestoreButton item={item} onDone={replace} /> : <HideButton item={item} onDone={replace} />)}
            </li>
          ))}
        </ul>
      )}
      {hasMore && (
        <p>
          <button type="button" className="button button--small" disabled={loadingMore} onClick={loadMore}>
            {t('surveyResults:freeText.more')}
          </button>
        </p>
      )}
      {loadError && (
        <p className="field__error" role="alert">
          {loadError}
        </p>
      )}
    </div>
  );
}

function HideButton({ item, onDone }: { item: FreeTextAnswerData; onDone(updated: FreeTextAnswerData): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, hide] = useMutation(HideSurveyAnswerMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const reasonId = useId();
  const errorId = `${reasonId}-error`;

  const close = () => {
    setOpen(false);
    setProblem(null);
    buttonRef.current?.focus();
  };
  const confirm = async () => {
    if (!reason.trim()) {
      setProblem(t('surveyResults:hide.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    const result = await hide({ responseId: item.responseId, questionId: item.questionId, reason: reason.trim() });
    if (!result.data?.hideSurveyAnswer) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    setOpen(false);
    announce(t('surveyResults:hide.done'));
    onDone(result.data.hideSurveyAnswer);
  };

  return (
    <>
      <button type="button" ref={buttonRef} className="button button--small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('surveyResults:hide.button')}
      </button>
      {open && (
        <Dialog title={t('surveyResults:hide.title')} onClose={close}>
          {item.text && <blockquote className="survey-free-text__quote">{item.text}</blockquote>}
          <div className={`field${problem ? ' field--error' : ''}`}>
            <label className="field__label" htmlFor={reasonId}>
              {t('surveyResults:hide.reason')}
            </label>
            {problem && (
              <p className="field__error" id={errorId} role="alert">
                {problem}
              </p>
            )}
            <textarea
              id={reasonId}
              className="field__textarea"
              rows={3}
              maxLength={500}
              autoFocus
              value={reason}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={fetching} onClick={confirm}>
              {t('surveyResults:hide.confirm')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('surveyResults:hide.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

function RestoreButton({ item, onDone }: { item: FreeTextAnswerData; onDone(updated: FreeTextAnswerData): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, restore] = useMutation(RestoreSurveyAnswerMutation);
  const onClick = async () => {
    const result = await restore({ responseId: item.responseId, questionId: item.questionId });
    if (!result.data?.restoreSurveyAnswer) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    announce(t('surveyResults:hide.restored'));
    onDone(result.data.restoreSurveyAnswer);
  };
  return (
    <>
      <button type="button" className="button button--small" disabled={fetching} onClick={onClick}>
        {t('surveyResults:hide.restore')}
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
