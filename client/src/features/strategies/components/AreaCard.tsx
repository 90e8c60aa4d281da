import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { SdgList } from '../../../ui/SdgList';
import { TranslationNote } from '../../../ui/TranslationNote';
import { AreaCardFragment } from '../strategies.graphql';

interface AreaCardProps {
  slug: string;
  area: FragmentOf<typeof AreaCardFragment>;
}

/** A strategic area on the municipality start page; its title links to the area page. */
export function AreaCard({ slug, area: areaRef }: AreaCardProps) {
  const { t } = useTranslation(NAMESPACES);
  const area = readFragment(AreaCardFragment, areaRef);
  return (
    <article className="card">
      <p className="card__code">{t('taxonomy:area.code', { code: area.code })}</p>
      <h4 className="card__title">
        <Link to={paths.area(slug, area.code)}>{area.title}</Link>
      </h4>
      <TranslationNote status={area.translationStatus} />
      <p>{area.description}</p>
      <p className="card__meta">{t('taxonomy:area.goalCount', { count: area.goals.length })}</p>
      <SdgList sdgs={area.sdgs} />
    </article>
  );
}
