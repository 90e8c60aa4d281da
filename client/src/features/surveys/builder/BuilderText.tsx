import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../ui/form/fields';
import type { FormErrors } from '../../../ui/form/useFormErrors';
import { labelOf, maxLengthOf } from './builderValidation';
import type { BuilderLanguage, BuilderTexts, SurveyDraft } from './surveyDraft';

interface BuilderTextProps {
  form: FormErrors;
  draft: SurveyDraft;
  /** The text's field name without the language (`sections-0-questions-2-prompt`). */
  field: string;
  lang: BuilderLanguage;
  texts: BuilderTexts;
  onChange(texts: BuilderTexts): void;
  multiline?: boolean;
}

/**
 * One text of the survey in the language being edited. In Finnish and Meänkieli the Swedish
 * text is shown as the hint (and read with the field), so the translator sees what to translate.
 */
export function BuilderText({ form, draft, field, lang, texts, onChange, multiline = false }: BuilderTextProps) {
  const { t } = useTranslation(NAMESPACES);
  const name = `${field}-${lang}`;
  const swedish = texts.sv.trim();
  const hint =
    lang === 'sv' ? undefined : (
      <span lang="sv">{swedish ? t('surveyBuilder:fields.swedishHint', { text: swedish }) : t('surveyBuilder:fields.swedishMissing')}</span>
    );
  const common = {
    form,
    name,
    lang,
    label: labelOf(t, draft, field, lang),
    hint,
    maxLength: maxLengthOf(field) + 20,
    value: texts[lang],
    onValueChange: (value: string) => onChange({ ...texts, [lang]: value }),
  };
  return multiline ? <TextAreaField {...common} rows={3} /> : <TextField {...common} />;
}
