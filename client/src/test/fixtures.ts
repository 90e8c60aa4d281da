import type { Locale } from '@medskapa/shared';
import type { StubResolver, StubResult } from './mockClient';

/** Kalix in the three languages, as the API answers after seeding (abridged). */
const NAME: Record<Locale, string> = { sv: 'Kalix', fi: 'Kainuu', fit: 'Kainuu' };
const STATUS: Record<Locale, string> = { sv: 'REVIEWED', fi: 'MACHINE_ASSISTED', fit: 'MACHINE_ASSISTED' };

const AREA_TITLE: Record<Locale, string> = {
  sv: 'En tillvaro full av möjligheter',
  fi: 'Elämä täynnä mahdollisuuksia',
  fit: 'Elämä täynnä maholisuuksia',
};

function municipality(language: Locale) {
  return { __typename: 'Municipality', id: 'm-kalix', slug: 'kalix', name: NAME[language] };
}

export function areaPage(language: Locale) {
  return {
    municipality: {
      ...municipality(language),
      region: { __typename: 'Region', id: 'r-nb', name: 'Norrbotten' },
      currentStrategy: {
        __typename: 'Strategy',
        id: 's-lus',
        area: {
          __typename: 'StrategicArea',
          id: 'a-51',
          code: '5.1',
          title: AREA_TITLE[language],
          description: 'Tillgången till kultur, idrott och friluftsliv spelar en viktig roll.',
          sdgs: [3, 10, 11, 15],
          translationStatus: STATUS[language],
          regionalArea: { __typename: 'StrategicArea', id: 'a-A', code: 'A', title: 'En tillvaro full av möjligheter' },
          goals: [
            {
              __typename: 'Goal',
              id: 'g-511',
              code: '5.1.1',
              title: 'Kultur, idrott och friluftsliv',
              steps: [
                'Fler möjligheter till levande kultur och nöjesliv',
                'Utveckling av kulturell mångfald',
                'Stärkt delaktighet och inflytande',
              ],
              translationStatus: STATUS[language],
              regionalGoal: { __typename: 'Goal', id: 'g-A1', title: 'Kultur, idrott och friluftsliv för alla' },
            },
            {
              __typename: 'Goal',
              id: 'g-512',
              code: '5.1.2',
              title: 'God bebyggd miljö och samhällsplanering',
              steps: ['Omsorgsfull gestaltning och en väl fungerande bostadsmarknad', 'Samsyn och samverkan'],
              translationStatus: STATUS[language],
              regionalGoal: null,
            },
          ],
        },
      },
    },
  };
}

export function startPage(language: Locale) {
  return {
    municipality: {
      ...municipality(language),
      currentStrategy: {
        __typename: 'Strategy',
        id: 's-lus',
        title: 'Lokal utvecklingsstrategi (LUS) 2026–2040',
        description: 'År 2040 är Kalix en hållbar, inkluderande och blomstrande kommun.',
        periodStart: 2026,
        periodEnd: 2040,
        status: 'ADOPTED',
        translationStatus: STATUS[language],
        areas: [
          {
            __typename: 'StrategicArea',
            id: 'a-51',
            code: '5.1',
            title: AREA_TITLE[language],
            description: 'Kultur, idrott och friluftsliv.',
            sdgs: [3, 10, 11],
            translationStatus: STATUS[language],
            goals: [{ __typename: 'Goal', id: 'g1' }, { __typename: 'Goal', id: 'g2' }, { __typename: 'Goal', id: 'g3' }, { __typename: 'Goal', id: 'g4' }],
          },
          {
            __typename: 'StrategicArea',
            id: 'a-52',
            code: '5.2',
            title: 'En lärande och attraktiv kommun',
            description: 'Kompetens och lärande.',
            sdgs: [4],
            translationStatus: STATUS[language],
            goals: [{ __typename: 'Goal', id: 'g5' }],
          },
        ],
      },
    },
  };
}

export function placesPage(language: Locale) {
  const place = (id: string, name: string, kind: string, population: number | null, populationYear: number | null) => ({
    __typename: 'Place',
    id,
    name,
    kind,
    population,
    populationYear,
  });
  return {
    municipality: {
      ...municipality(language),
      places: [
        place('p1', 'Kalix', 'CENTRAL_TOWN', 7495, 2015),
        place('p2', 'Töre', 'VILLAGE', 1051, 2015),
        place('p3', 'Övrebygden', 'DISTRICT', null, null),
      ],
    },
  };
}

/** Answers every operation of the app for Kalix; other slugs are NOT_FOUND. */
export const kalix: StubResolver = (operation, variables, language): StubResult | undefined => {
  if (operation === 'Municipalities') return { data: { municipalities: [municipality(language)] } };
  if (variables.slug !== 'kalix') return { errorCodes: ['NOT_FOUND'], data: { municipality: null } };
  switch (operation) {
    case 'MunicipalityHeader':
      return { data: { municipality: municipality(language) } };
    case 'MunicipalityStart':
      return { data: startPage(language) };
    case 'PlacesPage':
      return { data: placesPage(language) };
    case 'AreaPage':
      if (variables.code === '5.1') return { data: areaPage(language) };
      return {
        errorCodes: ['NOT_FOUND'],
        data: { municipality: { ...areaPage(language).municipality, currentStrategy: { __typename: 'Strategy', id: 's-lus', area: null } } },
      };
    default:
      return undefined;
  }
};
