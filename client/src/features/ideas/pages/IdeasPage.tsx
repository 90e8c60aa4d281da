import { IDEA_SEARCH_MAX_LENGTH, IdeaOrder, NAMESPACES, Role } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { hasRoleIn, useViewer } from '../../accounts/useViewer';
import { IdeaCard } from '../components/IdeaCard';
import { languageName } from '../components/languageName';
import {
  filtersKey,
  isFiltered,
  LISTED_STATUSES,
  readFilters,
  toQueryVariables,
  writeFilters,
  type IdeaFilters,
} from '../filters';
import { IdeaOptionsQuery, IdeasQuery } from '../ideas.graphql';
import { BulkAnswerBar, SelectIdeaCheckbox, useBulkSelection } from '../officer/BulkAnswer';
import '../ideas.css';

export type IdeaOptions = NonNullable<ResultOf<typeof IdeaOptionsQuery>['municipality']>;

/** Languages offered in the language filter, besides any the reader's link names. */
export const IDEA_LANGUAGES = ['sv', 'fi', 'fit'] as const;

/** `/:slug/ideas`: a municipality's ideas, filtered and ordered by the address's search params. */
export function IdeasPage() {
  const { slug = '' } = useParams();
  return <Ideas key={slug} slug={slug} />;
}

function Ideas({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const key = filtersKey(filters);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: IdeaOptionsQuery, variables: { slug } });
  const { viewer } = useViewer();
  const isOfficer = hasRoleIn(viewer, slug, Role.OFFICER);
  const [bulkMode, setBulkMode] = useState(false);
  useLoadingAnnouncement(fetching);
  const municipality = data?.municipality;
  const notFound = !municipality && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(
    municipality
      ? t('common:titleWithContext', { page: t('ideas:list.title'), parent: municipality.name })
      : notFound
        ? t('taxonomy:municipality.notFound.title')
        : undefined,
  );

  if (notFound) {
    return <NotFound title={t('taxonomy:municipality.notFound.title')} body={t('taxonomy:municipality.notFound.body')} />;
  }
  if (!municipality) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }

  return (
    <>
      <Breadcrumbs crumbs={[{ label: municipality.name, to: paths.municipality(municipality.slug) }, { label: t('ideas:list.title') }]} />
      <div className="ideas-header">
        <h1>{t('ideas:list.title')}</h1>
        <p className="lead">{t('ideas:list.lead', { municipality: municipality.name })}</p>
        <p>
          <Link className="button button--primary" to={paths.newIdea(municipality.slug)}>
            {t('ideas:list.submit')}
          </Link>
        </p>
        {isOfficer && (
          <p>
            <button type="button" className="button" aria-pressed={bulkMode} onClick={() => setBulkMode((on) => !on)}>
              {t('moderation:bulk.toggle')}
            </button>
          </p>
        )}
      </div>
      <FilterForm options={municipality} dialogues={data?.dialogues ?? []} filters={filters} onApply={(next) => setParams(writeFilters(next))} />
      <IdeaResults key={`results:${key}`} slug={municipality.slug} filters={filters} bulk={isOfficer && bulkMode} />
    </>
  );
}

interface FilterFormProps {
  options: IdeaOptions;
  /** The municipality's dialogues, to filter by the one an idea was left in. */
  dialogues?: ReadonlyArray<{ id: string; title: string }>;
  filters: IdeaFilters;
  onApply(filters: IdeaFilters): void;
}

/**
 * The filters as one form with a button: choosing in a select changes nothing until the reader
 * applies, so keyboard and screen-reader users are not moved while they choose.
 */
export function FilterForm({ options, dialogues = [], filters, onApply }: FilterFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [draft, setDraft] = useState<IdeaFilters>(filters);
  const searchRef = useRef<HTMLInputElement>(null);
  // A new address (a filter applied, back or forward) shows its values; the form stays mounted
  // so focus stays on the button the reader used.
  const key = filtersKey(filters);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraft(filters);
  }
  const areas = options.currentStrategy?.areas ?? [];
  const goals = draft.areaId ? (areas.find((a) => a.id === draft.areaId)?.goals ?? []) : areas.flatMap((a) => a.goals);
  const languages = [...new Set<string>([...IDEA_LANGUAGES, ...(draft.locale ? [draft.locale] : [])])];
  const set = <K extends keyof IdeaFilters>(field: K, value: IdeaFilters[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const onAreaChange = (areaId: string) =>
    setDraft((d) => {
      const area = areas.find((a) => a.id === areaId);
      // A målbild of another area cannot stay chosen.
      const goalId = area && !area.goals.some((g) => g.id === d.goalId) ? '' : d.goalId;
      return { ...d, areaId, goalId };
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const onClear = () => {
    onApply({ ...draft, areaId: '', goalId: '', placeId: '', dialogueId: '', status: '', locale: '', search: '', order: '' });
    // The button goes away with the filters: focus moves to the search field, not to the page's end.
    searchRef.current?.focus();
  };

  return (
    <form className="idea-filters" role="search" aria-label={t('ideas:filters.label')} onSubmit={onSubmit}>
      <div className="field idea-filters__search">
        <label className="field__label" htmlFor="ideas-search">
          {t('ideas:filters.search')}
        </label>
        <input
          ref={searchRef}
          id="ideas-search"
          type="search"
          className="field__input"
          maxLength={IDEA_SEARCH_MAX_LENGTH}
          value={draft.search}
          onChange={(event) => set('search', event.target.value)}
        />
      </div>
      <div className="idea-filters__grid">
        <FilterSelect id="ideas-area" label={t('ideas:filters.area')} value={draft.areaId} onChange={onAreaChange} anyLabel={t('ideas:filters.anyArea')}>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.code} {area.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="ideas-goal" label={t('ideas:filters.goal')} value={draft.goalId} onChange={(v) => set('goalId', v)} anyLabel={t('ideas:filters.anyGoal')}>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.code} {goal.title}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="ideas-place" label={t('ideas:filters.place')} value={draft.placeId} onChange={(v) => set('placeId', v)} anyLabel={t('ideas:filters.anyPlace')}>
          {options.places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </FilterSelect>
        {(dialogues.length > 0 || draft.dialogueId) && (
          <FilterSelect id="ideas-dialogue" label={t('ideas:filters.dialogue')} value={draft.dialogueId} onChange={(v) => set('dialogueId', v)} anyLabel={t('ideas:filters.anyDialogue')}>
            {dialogues.map((dialogue) => (
              <option key={dialogue.id} value={dialogue.id}>
                {dialogue.title}
              </option>
            ))}
          </FilterSelect>
        )}
        <FilterSelect
          id="ideas-status"
          label={t('ideas:filters.status')}
          value={draft.status}
          onChange={(v) => set('status', v as IdeaFilters['status'])}
          anyLabel={t('ideas:filters.anyStatus')}
        >
          {LISTED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`ideas:status.${status}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="ideas-language" label={t('ideas:filters.language')} value={draft.locale} onChange={(v) => set('locale', v)} anyLabel={t('ideas:filters.anyLanguage')}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageName(code, language)}
            </option>
          ))}
        </FilterSelect>
        <div className="field">
          <label className="field__label" htmlFor="ideas-order">
            {t('ideas:filters.order')}
          </label>
          <select
            id="ideas-order"
            className="field__select"
            value={draft.order || (draft.search.trim() ? IdeaOrder.RELEVANCE : IdeaOrder.NEWEST)}
            onChange={(event) => set('order', event.target.value as IdeaFilters['order'])}
          >
            {draft.search.trim() && <option value={IdeaOrder.RELEVANCE}>{t('ideas:order.RELEVANCE')}</option>}
            <option value={IdeaOrder.NEWEST}>{t('ideas:order.NEWEST')}</option>
            <option value={IdeaOrder.MOST_SUPPORTED}>{t('ideas:order.MOST_SUPPORTED')}</option>
            <option value={IdeaOrder.MOST_DISCUSSED}>{t('ideas:order.MOST_DISCUSSED')}</option>
          </select>
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('ideas:filters.apply')}
        </button>
        {isFiltered(filters) && (
          <button type="button" className="button" onClick={onClear}>
            {t('ideas:filters.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  anyLabel,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  anyLabel: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {children}
      </select>
    </div>
  );
}

/** The matching ideas, a polite count, and "load more". */
function IdeaResults({ slug, filters, bulk }: { slug: string; filters: IdeaFilters; bulk: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const list = useLoadMore(IdeasQuery, toQueryVariables(slug, filters), (data) => data.ideas);
  const selection = useBulkSelection(bulk);
  useLoadingAnnouncement(list.loading || list.loadingMore);
  const listRef = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number | null>(null);

  // After "load more", focus moves to the first new idea, so the reader continues from there.
  useEffect(() => {
    if (firstNew.current === null || list.loadingMore) return;
    const index = firstNew.current;
    if (list.nodes.length <= index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.idea-card__title a')[index]?.focus();
  }, [list.nodes.length, list.loadingMore]);

  const count =
    list.totalCount === undefined
      ? ''
      : list.nodes.length < list.totalCount
        ? t('ideas:list.showing', { shown: list.nodes.length, count: list.totalCount })
        : t('ideas:list.count', { count: list.totalCount });

  return (
    <section className="idea-results" aria-labelledby="idea-results-heading">
      <h2 id="idea-results-heading" className="visually-hidden">
        {t('ideas:list.resultsHeading')}
      </h2>
      {/* Present from the first render, so a new count is announced politely. */}
      <p className="idea-results__count" role="status" aria-live="polite" aria-atomic="true">
        {count}
      </p>
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {list.totalCount === 0 && (
        <div className="idea-results__empty">
          <p>{isFiltered(filters) ? t('ideas:list.emptyFiltered') : t('ideas:list.empty')}</p>
          <p>
            <Link to={paths.newIdea(slug)}>{t('ideas:list.emptySubmit')}</Link>
          </p>
        </div>
      )}
      {list.nodes.length > 0 && (
        <ul className="idea-list" ref={listRef}>
          {list.nodes.map((idea) => (
            <li key={idea.id}>
              {bulk && <SelectIdeaCheckbox idea={idea} selection={selection} />}
              <IdeaCard slug={slug} idea={idea} />
            </li>
          ))}
        </ul>
      )}
      {bulk && <BulkAnswerBar slug={slug} selection={selection} onAnswered={list.refetch} />}
      {(list.hasMore || list.loadingMore) && (
        <p>
          <button
            type="button"
            className="button"
            disabled={list.loadingMore}
            onClick={() => {
              firstNew.current = list.nodes.length;
              list.loadMore();
            }}
          >
            {list.loadingMore ? t('common:status.loading') : t('ideas:list.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
