import { AgeGroup, LOCALE_NAMES, NAMESPACES, ParticipantGender, isLocale } from '@medskapa/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { useQuery, type CombinedError } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { filterFromSearch, searchFromFilter, type SurveyResultsFilterValue } from '../results/filters';
import { FREE_TEXT_PAGE } from '../results/FreeTextAnswers';
import { QuestionResult, usePercent } from '../results/QuestionResult';
import { SurveyResultsQuery, SurveyResultsSurveyQuery } from '../results/surveyResults.graphql';
import type { ResultOf } from '../../../graphql/graphql';
import '../results/results.css';

type ResultsSurvey = NonNullable<ResultOf<typeof SurveyResultsSurveyQuery>['survey']>;

function isResultsNotPublic(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions.reason === 'RESULTS_NOT_PUBLIC');
}

/** `/:slug/surveys/:id/results`: counts, shares and free texts; for managers filters, moderation and CSV. */
export function SurveyResultsPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SurveyResultsSurveyQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const survey = data?.survey;
  const notFound = (!survey && (isNotFound(error) || (data !== undefined && !error))) || (survey?.status === 'DRAFT' && !survey.viewerCanManage);
  const title = survey ? t('surveyResults:page.title', { title: survey.title }) : undefined;
  useDocumentTitle(notFound ? t('surveyResults:page.notFound') : title);

  if (notFound) return <NotFound title={t('surveyResults:page.notFound')} />;
  if (!survey) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  if (survey.municipality.slug !== slug) return <Navigate to={paths.surveyResults(survey.municipality.slug, survey.id)} replace />;
  return <Results key={survey.id} survey={survey} />;
}

function Results({ survey }: { survey: ResultsSurvey }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const canManage = survey.viewerCanManage;
  // Only managers filter (the API ignores a filter from anyone else).
  const filter = useMemo(() => (canManage ? filterFromSearch(search) : null), [canManage, search]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SurveyResultsQuery,
    variables: { surveyId: survey.id, filter, freeTextFirst: FREE_TEXT_PAGE },
  });
  useLoadingAnnouncement(fetching);
  const slug = survey.municipality.slug;
  const results = data?.surveyResults;
  const number = (value: number) => formatNumber(value, language);

  let body;
  if (isResultsNotPublic(error)) {
    body = <p className="survey-results__notice" role="status">{t('surveyResults:page.notPublic')}</p>;
  } else if (!results) {
    body = error ? <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <Loading />;
  } else {
    body = (
      <>
        <p className="survey-results__count">
          {filter
            ? t('surveyResults:page.matching', { matching: number(results.responseCount), total: number(results.totalResponseCount), count: results.totalResponseCount })
            : t('surveyResults:page.responses', { total: number(results.totalResponseCount), count: results.totalResponseCount })}
        </p>
        {results.languages.length > 0 && (
          <p>
            {t('surveyResults:page.languages')}{' '}
            {results.languages
              .filter((l) => l.count > 0)
              .map((l) => `${isLocale(l.locale) ? LOCALE_NAMES[l.locale] : l.locale} ${number(l.count)}`)
              .join(', ')}
          </p>
        )}
        {canManage && results.demographics && <DemographicsSummary demographics={results.demographics} total={results.responseCount} />}
        {results.questions.map((result) => (
          <QuestionResult key={result.question.id} result={result} surveyId={survey.id} filter={filter} canManage={canManage} />
        ))}
      </>
    );
  }

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: survey.municipality.name, to: paths.municipality(slug) },
          ...(survey.dialogue ? [{ label: survey.dialogue.title, to: paths.dialogue(slug, survey.dialogue.id) }] : []),
          { label: survey.title, to: paths.survey(slug, survey.id) },
          { label: t('surveyResults:page.breadcrumb') },
        ]}
      />
      <article className="survey-results" aria-labelledby="survey-results-title">
        <h1 id="survey-results-title">{t('surveyResults:page.title', { title: survey.title })}</h1>
        <div className="button-row survey-results__links">
          {survey.dialogue && <Link to={paths.dialogue(slug, survey.dialogue.id)}>{t('surveyResults:page.toDialogue')}</Link>}
          {canManage && (
            // Served by the API with the session cookie, not a page of this app.
            <a className="button" href={paths.surveyResponsesCsv(survey.id)} download>
              {t('surveyResults:page.csv')}
            </a>
          )}
        </div>
        {canManage && (
          <ResultsFilter
            key={search.toString()}
            places={survey.municipality.places}
            value={filter}
            onApply={(next) => setSearch(next ? searchFromFilter(next) : new URLSearchParams())}
          />
        )}
        {body}
      </article>
    </>
  );
}

interface DemographicsResult {
  ageGroups: readonly { ageGroup: string; count: number }[];
  genders: readonly { gender: string; count: number }[];
  homePlaces: readonly { place: { id: string; name: string }; count: number }[];
  skippedCount: number;
}

/**
 * Who answered, for the report to the kommunstyrelse: respondents per age group, gender and home
 * village, as tables. Managers only, like the filter (small groups could point at a person).
 */
function DemographicsSummary({ demographics, total }: { demographics: DemographicsResult; total: number }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const percent = usePercent();
  const number = (value: number) => formatNumber(value, language);
  const share = (count: number) => percent(total === 0 ? 0 : count / total);
  const groups: Array<{ key: string; caption: string; column: string; rows: Array<{ id: string; label: string; count: number }> }> = [
    {
      key: 'age',
      caption: t('surveyResults:demographics.byAgeGroup'),
      column: t('surveyResults:filter.ageGroups'),
      rows: demographics.ageGroups.map((row) => ({ id: row.ageGroup, label: t(`surveyResponse:demographics.ageGroups.${row.ageGroup}` as never), count: row.count })),
    },
    {
      key: 'gender',
      caption: t('surveyResults:demographics.byGender'),
      column: t('surveyResults:filter.genders'),
      rows: demographics.genders.map((row) => ({ id: row.gender, label: t(`surveyResponse:demographics.genders.${row.gender}` as never), count: row.count })),
    },
    {
      key: 'place',
      caption: t('surveyResults:demographics.byHomePlace'),
      column: t('surveyResults:filter.homePlaces'),
      rows: demographics.homePlaces.map((row) => ({ id: row.place.id, label: row.place.name, count: row.count })),
    },
  ];
  if (groups.every((group) => group.rows.length === 0) && demographics.skippedCount === 0) return null;
  return (
    <section className="survey-results__demographics" aria-labelledby="survey-results-demographics">
      <h2 id="survey-results-demographics">{t('surveyResults:demographics.heading')}</h2>
      {groups
        .filter((group) => group.rows.length > 0)
        .map((group) => (
          <table key={group.key} className="survey-results__table">
            <caption>{group.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{group.column}</th>
                <th scope="col">{t('surveyResults:table.count')}</th>
                <th scope="col">{t('surveyResults:table.share')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  <td>{number(row.count)}</td>
                  <td>{share(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <p>{t('surveyResults:demographics.skipped', { count: demographics.skippedCount, skipped: number(demographics.skippedCount) })}</p>
    </section>
  );
}

/** Managers' demographic filter: checkbox groups; "Filtrera" puts the choice in the address. */
function ResultsFilter({
  places,
  value,
  onApply,
}: {
  places: readonly { id: string; name: string }[];
  value: SurveyResultsFilterValue | null;
  onApply(filter: SurveyResultsFilterValue | null): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const [ageGroups, setAgeGroups] = useState<string[]>(value?.ageGroups ?? []);
  const [genders, setGenders] = useState<string[]>(value?.genders ?? []);
  const [homePlaceIds, setHomePlaceIds] = useState<string[]>(value?.homePlaceIds ?? []);
  const toggle = (list: string[], set: (next: string[]) => void, item: string, checked: boolean) =>
    set(checked ? [...list, item] : list.filter((v) => v !== item));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: SurveyResultsFilterValue = {
      ...(ageGroups.length ? { ageGroups: Object.values(AgeGroup).filter((a) => ageGroups.includes(a)) } : {}),
      ...(genders.length ? { genders: Object.values(ParticipantGender).filter((g) => genders.includes(g)) } : {}),
      ...(homePlaceIds.length ? { homePlaceIds: places.map((p) => p.id).filter((p) => homePlaceIds.includes(p)) } : {}),
    };
    onApply(Object.keys(next).length ? next : null);
  };

  const group = (legend: string, name: string, items: { value: string; label: string }[], chosen: string[], set: (next: string[]) => void) => (
    <fieldset className="fieldset survey-filter__group">
      <legend>{legend}</legend>
      {items.map((item) => {
        const id = `filter-${name}-${item.value}`;
        return (
          <div className="checkbox" key={item.value}>
            <input
              id={id}
              type="checkbox"
              name={name}
              className="checkbox__input"
              checked={chosen.includes(item.value)}
              onChange={(event) => toggle(chosen, set, item.value, event.target.checked)}
            />
            <label htmlFor={id} className="checkbox__label">
              {item.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );

  return (
    <section className="section survey-filter" aria-labelledby="survey-filter-heading">
      <h2 id="survey-filter-heading">{t('surveyResults:filter.heading')}</h2>
      <form className="form" onSubmit={submit} aria-labelledby="survey-filter-heading">
        <div className="survey-filter__groups">
          {group(
            t('surveyResults:filter.ageGroups'),
            'age',
            Object.values(AgeGroup).map((a) => ({ value: a, label: t(`surveyResponse:demographics.ageGroups.${a}`) })),
            ageGroups,
            setAgeGroups,
          )}
          {group(
            t('surveyResults:filter.genders'),
            'gender',
            Object.values(ParticipantGender).map((g) => ({ value: g, label: t(`surveyResponse:demographics.genders.${g}`) })),
            genders,
            setGenders,
          )}
          {places.length > 0 &&
            group(
              t('surveyResults:filter.homePlaces'),
              'place',
              places.map((p) => ({ value: p.id, label: p.name })),
              homePlaceIds,
              setHomePlaceIds,
            )}
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('surveyResults:filter.apply')}
          </button>
          <button type="button" className="button" onClick={() => onApply(null)}>
            {t('surveyResults:filter.clear')}
          </button>
        </div>
      </form>
    </section>
  );
}
