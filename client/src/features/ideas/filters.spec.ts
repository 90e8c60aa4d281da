import { IdeaOrder, IdeaStatus } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, isFiltered, readFilters, toQueryVariables, writeFilters } from './filters';

describe('ideas list filters in the address', () => {
  it('round-trips every filter through the search params', () => {
    const filters = {
      areaId: 'a-51',
      goalId: 'g-511',
      placeId: 'p-tore',
      dialogueId: 'd-1',
      status: IdeaStatus.PLANNED,
      locale: 'fit',
      search: 'cykelväg',
      order: IdeaOrder.RELEVANCE,
    };
    const params = writeFilters(filters);
    expect(params.toString()).toBe('area=a-51&goal=g-511&place=p-tore&dialogue=d-1&status=PLANNED&lang=fit&q=cykelv%C3%A4g&order=RELEVANCE');
    expect(readFilters(params)).toEqual(filters);
  });

  it('writes only what is chosen, and nothing for an empty list', () => {
    expect(writeFilters(EMPTY_FILTERS).toString()).toBe('');
    expect(writeFilters({ placeId: 'p1', search: '  ' }).toString()).toBe('place=p1');
  });

  it('ignores unknown and malformed values from a hand-edited link', () => {
    const filters = readFilters(new URLSearchParams('status=HIDDEN&order=RANDOM&lang=Svenska&q=&x=1'));
    expect(filters).toEqual(EMPTY_FILTERS);
    expect(isFiltered(filters)).toBe(false);
  });

  it('drops relevance order without a search', () => {
    expect(readFilters(new URLSearchParams('order=RELEVANCE')).order).toBe('');
    expect(writeFilters({ order: IdeaOrder.RELEVANCE }).toString()).toBe('');
    expect(readFilters(new URLSearchParams('order=MOST_SUPPORTED')).order).toBe(IdeaOrder.MOST_SUPPORTED);
  });

  it('filters by the dialogue an idea was left in', () => {
    const filters = readFilters(new URLSearchParams('dialogue=d-7'));
    expect(filters.dialogueId).toBe('d-7');
    expect(isFiltered(filters)).toBe(true);
    expect(toQueryVariables('kalix', filters).filter.dialogueId).toBe('d-7');
  });

  it('becomes the IdeaFilter input with nulls for "any"', () => {
    expect(toQueryVariables('kalix', { ...EMPTY_FILTERS, placeId: 'p1' })).toEqual({
      filter: { municipalitySlug: 'kalix', areaId: null, goalId: null, placeId: 'p1', dialogueId: null, status: null, originalLocale: null, search: null },
      orderBy: null,
    });
  });
});
