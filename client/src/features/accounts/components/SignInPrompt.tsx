import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths, safeReturnTo } from '../../../app/paths';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

interface SignInPromptProps {
  /** The page's own heading, e.g. "Min profil". */
  title: string;
  /** Why signing in is needed here. */
  body?: string;
}

/** What a signed-out visitor sees on a page for signed-in people: the reason and the way in. */
export function SignInPrompt({ title, body }: SignInPromptProps) {
  const { t } = useTranslation(NAMESPACES);
  const { pathname, search } = useLocation();
  useDocumentTitle(title);
  return (
    <div className="prompt">
      <h1>{title}</h1>
      <p>{body ?? t('accounts:signInPrompt.body')}</p>
      <ul className="action-list">
        <li>
          <Link className="button button--primary" to={paths.login(safeReturnTo(pathname + search))}>
            {t('accounts:signInPrompt.login')}
          </Link>
        </li>
        <li>
          <Link className="button" to={paths.register()}>
            {t('accounts:signInPrompt.register')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
