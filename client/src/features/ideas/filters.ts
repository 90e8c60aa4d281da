import { IDEA_SEARCH_MAX_LENGTH, IdeaOrder, IdeaStatus } from '@medskapa/shared';

/**
 * The ideas list's filters, kept in the address (`/kalix/ideas?area=…&place=…&order=…`) so a
 * filtered list can be shared and the back button restores it. Empty means "any".
 */
export interface IdeaFilters {
  areaId: string;
  goalId: string;
  placeId: string;
  /** Ideas left in one dialogue (medborgardialog). */
  dialogueId: string;
  status: IdeaStatus | '';
  /** The language the idea is written in: sv, fi, fit or another ISO 639 code. */
  locale: string;
  search: string;
  order: IdeaOrder | '';
}

/** Search param names, short and readable in a shared link. */
export const FILTER_PARAMS = {
  areaId: 'area',
  goalId: 'goal',
  placeId: 'place',
  dialogueId: 'dialogue',
  status: 'status',
  locale: 'lang',
  search: 'q',
  order: 'order',
} as const satisfies Record<keyof IdeaFilters, string>;

export const EMPTY_FILTERS: IdeaFilters = { areaId: '', goalId: '', placeId: '', dialogueId: '', status: '', locale: '', search: '', order: '' };

/** Statuses a reader can filter by (HIDDEN ideas are never listed). */
export const LISTED_STATUSES = [
  IdeaStatus.PUBLISHED,
  IdeaStatus.UNDER_REVIEW,
  IdeaStatus.ANSWERED,
  IdeaStatus.PLANNED,
  IdeaStatus.IN_PROGRESS,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.NOT_PLANNED,
] as const;

const ORDERS = new Set<string>(Object.values(IdeaOrder));
const STATUSES = new Set<string>(LISTED_STATUSES);
const LOCALE_CODE = /^[a-z]{2,3}$/;

/** The filters in `params`; anything unknown or malformed (a hand-edited link) is ignored. */
export function readFilters(params: URLSearchParams): IdeaFilters {
  const get = (key: keyof IdeaFilters) => params.get(FILTER_PARAMS[key])?.trim() ?? '';
  const status = get('status');
  const order = get('order');
  const locale = get('locale').toLowerCase();
  const search = get('search').slice(0, IDEA_SEARCH_MAX_LENGTH);
  const filters: IdeaFilters = {
    areaId: get('areaId'),
    goalId: get('goalId'),
    placeId: get('placeId'),
    dialogueId: get('dialogueId'),
    status: STATUSES.has(status) ? (status as IdeaStatus) : '',
    locale: LOCALE_CODE.test(locale) ? locale : '',
    search,
    order: ORDERS.has(order) ? (order as IdeaOrder) : '',
  };
  // Relevance means nothing without a search.
  if (filters.order === IdeaOrder.RELEVANCE && !filters.search) filters.order = '';
  return filters;
}

/** The filters as search params: only the chosen ones, in a fixed order. */
export function writeFilters(filters: Partial<IdeaFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof IdeaFilters)[]) {
    const value = filters[key]?.trim();
    if (!value) continue;
    if (key === 'order' && value === IdeaOrder.RELEVANCE && !filters.search?.trim()) continue;
    params.set(FILTER_PARAMS[key], value);
  }
  return params;
}

/** True when any filter (not the order) narrows the list. */
export function isFiltered(filters: IdeaFilters): boolean {
  return !!(filters.areaId || filters.goalId || filters.placeId || filters.dialogueId || filters.status || filters.locale || filters.search);
}

/** The `IdeaFilter` input and `orderBy` of the ideas query. */
export function toQueryVariables(slug: string, filters: IdeaFilters) {
  return {
    filter: {
      municipalitySlug: slug,
      areaId: filters.areaId || null,
      goalId: filters.goalId || null,
      placeId: filters.placeId || null,
      dialogueId: filters.dialogueId || null,
      status: filters.status || null,
      originalLocale: filters.locale || null,
      search: filters.search || null,
    },
    orderBy: filters.order || null,
  };
}

/** A stable key for the filters: a new key starts the list again from its first page. */
export function filtersKey(filters: IdeaFilters): string {
  return writeFilters(filters).toString();
}
