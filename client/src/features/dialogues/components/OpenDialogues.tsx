import { DialogueStatus, NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { DialoguesListQuery } from '../dialogues.graphql';

/** "Pågående dialoger" on a municipality's start page: the OPEN dialogues as links; nothing when there are none. */
export function OpenDialogues({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data }] = useQuery({ query: DialoguesListQuery, variables: { municipalitySlug: slug, status: DialogueStatus.OPEN } });
  const dialogues = data?.dialogues ?? [];
  if (dialogues.length === 0) return null;
  return (
    <section className="section" aria-labelledby="open-dialogues-heading">
      <h2 id="open-dialogues-heading">{t('dialogues:startPage.heading')}</h2>
      <p>{t('dialogues:startPage.lead')}</p>
      <ul className="link-list">
        {dialogues.map((dialogue) => (
          <li key={dialogue.id}>
            <Link to={paths.dialogue(slug, dialogue.id)}>{dialogue.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.dialogues(slug)}>{t('dialogues:startPage.all')}</Link>
      </p>
    </section>
  );
}
