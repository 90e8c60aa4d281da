import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';

/** One button per language, named in that language; the current one is pressed. */
export function LanguageSwitcher() {
  const { t } = useTranslation(NAMESPACES);
  const { language, chooseLanguage } = useLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('common:language.label')}>
      {LANGUAGES.map(({ code, name }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switcher__button"
          aria-pressed={code === language}
          onClick={() => {
            if (code !== language) void chooseLanguage(code);
          }}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
