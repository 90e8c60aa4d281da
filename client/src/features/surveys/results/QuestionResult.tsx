import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { FreeTextAnswers } from './FreeTextAnswers';
import type { QuestionResultData } from './types';
import type { SurveyResultsFilterValue } from './filters';

interface Row {
  key: string;
  label: string;
  count: number;
  share: number;
}

/** "66,7 %": one decimal at most, the reader's number format. */
export function usePercent(): (share: number) => string {
  const { language } = useLanguage();
  return (share: number) => formatNumber(share, language, { style: 'percent', maximumFractionDigits: 1 });
}

/**
 * One question's results: a bar chart for the eye (aria-hidden) next to a real table with the
 * same numbers, or the scale distribution and average, or the ranking; free texts as a list.
 */
export function QuestionResult({
  result,
  surveyId,
  filter,
  canManage,
}: {
  result: QuestionResultData;
  surveyId: string;
  filter: SurveyResultsFilterValue | null;
  canManage: boolean;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { question } = result;
  const headingId = `result-${question.id}`;
  const number = (value: number) => formatNumber(value, language);
  const answeredShare = (count: number) => (result.answeredCount > 0 ? count / result.answeredCount : 0);

  let rows: Row[] | null = null;
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE':
      rows = result.options.map((o) => ({ key: o.option.id, label: o.option.text, count: o.count, share: o.share }));
      if (question.allowOther) {
        rows.push({ key: 'other', label: t('surveyResults:question.other'), count: result.otherCount, share: answeredShare(result.otherCount) });
      }
      break;
    case 'PLACE':
      rows = result.places.map((p) => ({ key: p.place.id, label: p.place.name, count: p.count, share: p.share }));
      break;
    case 'GOAL':
      rows = result.goals.map((g) => ({ key: g.goal.id, label: `${g.goal.code} ${g.goal.title}`, count: g.count, share: g.share }));
      break;
    case 'SCALE':
      rows = result.scale.map((s) => {
        const endLabel = s.value === 1 ? question.scaleMinLabel : s.value === 5 ? question.scaleMaxLabel : null;
        return { key: String(s.value), label: endLabel ? `${s.value} – ${endLabel}` : String(s.value), count: s.count, share: s.share };
      });
      break;
  }

  return (
    <section className="section survey-result" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveyResults:question.heading', { number: question.number, prompt: question.prompt })}</h2>
      <p className="muted">
        {t('surveyResults:question.answered', { answered: number(result.answeredCount), shown: number(result.shownCount), count: result.shownCount })}
      </p>
      {question.type === 'SCALE' && result.average != null && (
        <p className="survey-result__average">
          {t('surveyResults:question.average', { average: formatNumber(result.average, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
        </p>
      )}
      {rows && <CountTable rows={rows} caption={t('surveyResults:question.tableCaption', { number: question.number })} firstColumn={question.type === 'SCALE' ? t('surveyResults:table.value') : t('surveyResults:table.answer')} />}
      {question.type === 'RANKING' && <RankingTable result={result} />}
      {(question.type === 'FREE_TEXT' || result.freeTexts.totalCount > 0) && (
        <FreeTextAnswers
          key={JSON.stringify(filter)}
          surveyId={surveyId}
          questionId={question.id}
          filter={filter}
          initial={result.freeTexts}
          canManage={canManage}
          heading={question.type === 'FREE_TEXT' ? t('surveyResults:freeText.heading') : t('surveyResults:freeText.otherHeading')}
        />
      )}
    </section>
  );
}

function CountTable({ rows, caption, firstColumn }: { rows: Row[]; caption: string; firstColumn: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const percent = usePercent();
  return (
    <>
      {/* The chart repeats the table for the eye; screen readers get the table. */}
      <div className="survey-chart" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.key} className="survey-chart__row">
            <span className="survey-chart__label">{row.label}</span>
            <svg className="survey-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className="survey-chart__track" width="100" height="10" />
              <rect className="survey-chart__fill" width={Math.max(0, Math.min(1, row.share)) * 100} height="10" />
            </svg>
            <span className="survey-chart__value">{percent(row.share)}</span>
          </div>
        ))}
      </div>
      <div className="table-scroll">
        <table className="table survey-result__table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              <th scope="col" className="table__number">
                {t('surveyResults:table.count')}
              </th>
              <th scope="col" className="table__number">
                {t('surveyResults:table.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="table__number">{formatNumber(row.count, language)}</td>
                <td className="table__number">{percent(row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RankingTable({ result }: { result: QuestionResultData }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="table survey-result__table">
        <caption>{t('surveyResults:ranking.caption', { number: result.question.number })}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__number">
              {t('surveyResults:ranking.place')}
            </th>
            <th scope="col">{t('surveyResults:table.answer')}</th>
            <th scope="col" className="table__number">
              {t('surveyResults:ranking.averageRank')}
            </th>
            <th scope="col" className="table__number">
              {t('surveyResults:ranking.firstPlaces')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.ranking.map((row, index) => (
            <tr key={row.option.id}>
              <td className="table__number">{formatNumber(index + 1, language)}</td>
              <th scope="row">{row.option.text}</th>
              <td className="table__number">{formatNumber(row.averageRank, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
              <td className="table__number">{formatNumber(row.firstPlaceCount, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
