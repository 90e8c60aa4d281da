import { NAMESPACES, PASSWORD_MIN_LENGTH } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

/** The password rules, visible beside the field (and read with it: it is the field's hint). */
export function PasswordRules() {
  const { t } = useTranslation(NAMESPACES);
  return (
    <>
      <span className="field__hint-title">{t('accounts:fields.password.rulesTitle')}</span>
      <ul className="field__rules">
        <li>{t('accounts:fields.password.ruleLength', { min: PASSWORD_MIN_LENGTH })}</li>
        <li>{t('accounts:fields.password.ruleCommon')}</li>
        <li>{t('accounts:fields.password.ruleTip')}</li>
      </ul>
    </>
  );
}
