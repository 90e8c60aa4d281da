import { IdeaStatus, NAMESPACES } from '@medskapa/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type ResultOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { languageName } from '../components/languageName';
import { PlainText } from '../linkify';
import { DecisionFragment, type IdeaEngagementQuery } from './engagement.graphql';
import { decisionText } from './format';

type Response = NonNullable<NonNullable<ResultOf<typeof IdeaEngagementQuery>['idea']>['response']>;

interface AnswerProps {
  status: string;
  response: Response | null | undefined;
}

/**
 * The municipality's answer in the reader's language, with a note when it is a translation or
 * shown in another language (and the original on request), who answered and when, and the
 * council decision as a prominent reference (a link to the minutes when there is one).
 */
export function Answer({ status, response }: AnswerProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [showOriginal, setShowOriginal] = useState(false);
  const originalId = useId();
  if (!response) {
    return <p>{status === IdeaStatus.PUBLISHED ? t('ideas:idea.answer.none') : t('ideas:idea.answer.later')}</p>;
  }
  const decision = response.decision ? readFragment(DecisionFragment, response.decision) : null;
  const date = formatDateTime(response.respondedAt, language, { dateStyle: 'long' });
  const fallback = response.bodyLocale !== language;
  const translated = !fallback && response.bodyLocale !== response.originalLocale;
  const original = response.translations.find((tr) => tr.locale === response.originalLocale);
  const hasOriginal = response.bodyLocale !== response.originalLocale && !!original;
  const respondent = response.respondent && !response.respondent.removed ? response.respondent.displayName : null;

  return (
    <div className="answer">
      {decision && (
        <div className="answer__decision">
          <h3>{t('ideas:answer.decisionHeading')}</h3>
          <p className="answer__decision-ref">
            <strong>{decisionText(t, decision)}</strong>
          </p>
          {decision.url && (
            <p>
              <a href={decision.url} rel="noopener">
                {t('ideas:answer.decisionLink')}
              </a>
            </p>
          )}
        </div>
      )}
      <p className="answer__meta">
        {respondent ? t('ideas:answer.respondent', { name: respondent, date }) : t('ideas:answer.respondedAt', { date })}
      </p>
      {(fallback || translated) && (
        <p className="translation-note" role="note">
          {fallback
            ? t('ideas:answer.fallback', { language: languageName(response.bodyLocale, language) })
            : t('ideas:answer.translated', { language: languageName(response.originalLocale, language) })}
        </p>
      )}
      <PlainText className="answer__body prose" text={response.body} lang={response.bodyLocale} />
      {hasOriginal && original && (
        <>
          <p>
            <button
              type="button"
              className="button button--small"
              aria-expanded={showOriginal}
              aria-controls={originalId}
              onClick={() => setShowOriginal((v) => !v)}
            >
              {showOriginal ? t('ideas:answer.hideOriginal') : t('ideas:answer.showOriginal')}
            </button>
          </p>
          <div id={originalId} hidden={!showOriginal} className="answer__original">
            <h3>{t('ideas:answer.originalHeading', { language: languageName(original.locale, language) })}</h3>
            <PlainText className="prose" text={original.body} lang={original.locale} />
          </div>
        </>
      )}
    </div>
  );
}
