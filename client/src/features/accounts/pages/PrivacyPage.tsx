import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

/** `/privacy`: what is stored about a person, why, for how long, and their rights. */
export function PrivacyPage() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('accounts:privacy.title'));
  return (
    <article className="prose">
      <h1>{t('accounts:privacy.title')}</h1>
      <p className="lead">{t('accounts:privacy.lead')}</p>

      <section aria-labelledby="privacy-responsible">
        <h2 id="privacy-responsible">{t('accounts:privacy.responsible.heading')}</h2>
        <p>{t('accounts:privacy.responsible.body')}</p>
      </section>

      <section aria-labelledby="privacy-account">
        <h2 id="privacy-account">{t('accounts:privacy.account.heading')}</h2>
        <p>{t('accounts:privacy.account.intro')}</p>
        <ul>
          <li>{t('accounts:privacy.account.email')}</li>
          <li>{t('accounts:privacy.account.password')}</li>
          <li>{t('accounts:privacy.account.displayName')}</li>
          <li>{t('accounts:privacy.account.language')}</li>
          <li>{t('accounts:privacy.account.birthYear')}</li>
          <li>{t('accounts:privacy.account.homePlace')}</li>
        </ul>
      </section>

      <section aria-labelledby="privacy-eid">
        <h2 id="privacy-eid">{t('accounts:privacy.eid.heading')}</h2>
        <p>{t('accounts:privacy.eid.body')}</p>
      </section>

      <section aria-labelledby="privacy-sessions">
        <h2 id="privacy-sessions">{t('accounts:privacy.sessions.heading')}</h2>
        <p>{t('accounts:privacy.sessions.body')}</p>
      </section>

      <section aria-labelledby="privacy-email">
        <h2 id="privacy-email">{t('accounts:privacy.email.heading')}</h2>
        <p>{t('accounts:privacy.email.body')}</p>
      </section>

      <section aria-labelledby="privacy-audit">
        <h2 id="privacy-audit">{t('accounts:privacy.audit.heading')}</h2>
        <p>{t('accounts:privacy.audit.body')}</p>
      </section>

      <section aria-labelledby="privacy-rate-limits">
        <h2 id="privacy-rate-limits">{t('accounts:privacy.rateLimits.heading')}</h2>
        <p>{t('accounts:privacy.rateLimits.body')}</p>
      </section>

      <section aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{t('accounts:privacy.rights.heading')}</h2>
        <ul>
          <li>{t('accounts:privacy.rights.export')}</li>
          <li>{t('accounts:privacy.rights.correct')}</li>
          <li>{t('accounts:privacy.rights.delete')}</li>
          <li>{t('accounts:privacy.rights.contact')}</li>
        </ul>
        <p>
          <Link to={paths.profile()}>{t('accounts:privacy.toProfile')}</Link>
        </p>
      </section>
    </article>
  );
}
