import { AgeGroup, ParticipantGender } from '@medskapa/shared';

/** The demographic filter of the results page, as `SurveyResultsFilter` takes it. */
export interface SurveyResultsFilterValue {
  ageGroups?: AgeGroup[];
  genders?: ParticipantGender[];
  homePlaceIds?: string[];
}

const AGE_GROUPS = new Set<string>(Object.values(AgeGroup));
const GENDERS = new Set<string>(Object.values(ParticipantGender));

/** The filter kept in the address (`?age=AGE_16_25&gender=WOMAN&place=<id>`, each repeatable); null when none. */
export function filterFromSearch(search: URLSearchParams): SurveyResultsFilterValue | null {
  const ageGroups = search.getAll('age').filter((v) => AGE_GROUPS.has(v)) as AgeGroup[];
  const genders = search.getAll('gender').filter((v) => GENDERS.has(v)) as ParticipantGender[];
  const homePlaceIds = search.getAll('place').filter(Boolean);
  if (!ageGroups.length && !genders.length && !homePlaceIds.length) return null;
  return {
    ...(ageGroups.length ? { ageGroups } : {}),
    ...(genders.length ? { genders } : {}),
    ...(homePlaceIds.length ? { homePlaceIds } : {}),
  };
}

export function searchFromFilter(filter: SurveyResultsFilterValue): URLSearchParams {
  const search = new URLSearchParams();
  for (const age of filter.ageGroups ?? []) search.append('age', age);
  for (const gender of filter.genders ?? []) search.append('gender', gender);
  for (const place of filter.homePlaceIds ?? []) search.append('place', place);
  return search;
}
