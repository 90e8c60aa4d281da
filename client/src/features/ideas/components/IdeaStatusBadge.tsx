import { IdeaStatus, NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

const TONE: Partial<Record<IdeaStatus, string>> = {
  [IdeaStatus.PLANNED]: 'badge--ok',
  [IdeaStatus.IN_PROGRESS]: 'badge--ok',
  [IdeaStatus.IMPLEMENTED]: 'badge--ok',
  [IdeaStatus.NOT_PLANNED]: 'badge--danger',
  [IdeaStatus.HIDDEN]: 'badge--warning',
  [IdeaStatus.UNDER_REVIEW]: 'badge--warning',
};

/** An idea's status as a badge; the words carry the meaning, the colour only repeats it. */
export function IdeaStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation(NAMESPACES);
  const known = (Object.values(IdeaStatus) as string[]).includes(status) ? (status as IdeaStatus) : IdeaStatus.PUBLISHED;
  return (
    <span className={['badge', TONE[known] ?? ''].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('ideas:status.label')} </span>
      {t(`ideas:status.${known}`)}
    </span>
  );
}
