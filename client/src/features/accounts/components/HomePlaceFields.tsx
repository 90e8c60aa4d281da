import { NAMESPACES, PlaceKind } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SelectField } from '../../../ui/form/fields';
import type { FormErrors } from '../../../ui/form/useFormErrors';
import { HomePlaceOptionsQuery } from '../accounts.graphql';

export const DEFAULT_MUNICIPALITY = 'kalix';

interface HomePlaceFieldsProps {
  form: FormErrors;
  municipalitySlug: string;
  onMunicipalityChange(slug: string): void;
  homePlaceId: string;
  onHomePlaceChange(id: string): void;
  /** The hint under the place, when "where you live" does not fit (an organization). */
  placeHint?: string;
}

/**
 * Municipality, then an optional home place among its places: the central town first, then
 * the villages and districts alphabetically, so a long list is easy to scan.
 */
export function HomePlaceFields({ form, municipalitySlug, onMunicipalityChange, homePlaceId, onHomePlaceChange, placeHint }: HomePlaceFieldsProps) {
  const { t, i18n } = useTranslation(NAMESPACES);
  const [{ data }] = useQuery({ query: HomePlaceOptionsQuery, variables: { slug: municipalitySlug } });
  const municipalities = data?.municipalities ?? [];
  const collator = new Intl.Collator(i18n.language === 'fit' ? 'fi' : i18n.language);
  const places = [...(data?.places ?? [])].sort((a, b) => {
    const central = Number(b.kind === PlaceKind.CENTRAL_TOWN) - Number(a.kind === PlaceKind.CENTRAL_TOWN);
    return central || collator.compare(a.name, b.name);
  });
  // Keep the chosen place selectable while the list for it loads.
  const knownPlace = homePlaceId === '' || places.some((p) => p.id === homePlaceId);

  return (
    <>
      <SelectField
        form={form}
        name="municipalitySlug"
        label={t('accounts:fields.municipality.label')}
        value={municipalitySlug}
        onValueChange={(slug) => {
          onMunicipalityChange(slug);
          onHomePlaceChange('');
        }}
      >
        {municipalities.length === 0 && <option value={municipalitySlug}>{municipalitySlug}</option>}
        {municipalities.map((m) => (
          <option key={m.id} value={m.slug}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        form={form}
        name="homePlaceId"
        label={t('accounts:fields.homePlace.label')}
        hint={placeHint ?? t('accounts:fields.homePlace.hint')}
        value={homePlaceId}
        onValueChange={onHomePlaceChange}
      >
        <option value="">{t('accounts:fields.homePlace.none')}</option>
        {!knownPlace && <option value={homePlaceId}>{t('common:status.loading')}</option>}
        {places.map((place) => (
          <option key={place.id} value={place.id}>
            {place.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}
