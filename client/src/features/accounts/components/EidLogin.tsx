import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EidLoginQuery } from '../accounts.graphql';

/** Where the e-ID sign-in starts, with the page to come back to. */
export function eidStartHref(startUrl: string, returnTo: string): string {
  const separator = startUrl.includes('?') ? '&' : '?';
  return `${startUrl}${separator}${new URLSearchParams({ returnTo })}`;
}

/**
 * Sign-in with e-ID (BankID, Freja eID …) when the API offers it: a link, since the browser
 * leaves for the provider and comes back signed in (or to /login?eidError=…).
 */
export function EidLogin({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data }] = useQuery({ query: EidLoginQuery });
  const eid = data?.eidLogin;
  if (!eid?.enabled || !eid.startUrl) return null;
  return (
    <section className="section eid" aria-labelledby="eid-heading">
      <h2 id="eid-heading">{t('accounts:eid.heading')}</h2>
      <p>{t('accounts:eid.body')}</p>
      <p>
        <a className="button button--primary" href={eidStartHref(eid.startUrl, returnTo)}>
          {t('accounts:eid.start', { name: eid.displayName ?? t('accounts:eid.defaultName') })}
        </a>
      </p>
    </section>
  );
}
