import { NAMESPACES, TranslationStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

interface TranslationNoteProps {
  status: TranslationStatus;
}

/**
 * An unobtrusive note beside official content that a person has not reviewed in the reader's
 * language (MACHINE_ASSISTED), or that is shown in another language (MISSING). Nothing for
 * REVIEWED content.
 */
export function TranslationNote({ status }: TranslationNoteProps) {
  const { t } = useTranslation(NAMESPACES);
  if (status === TranslationStatus.REVIEWED) return null;
  const text =
    status === TranslationStatus.MISSING ? t('common:translation.missing') : t('common:translation.machineAssisted');
  return (
    <p className="translation-note" role="note">
      {text}
    </p>
  );
}
