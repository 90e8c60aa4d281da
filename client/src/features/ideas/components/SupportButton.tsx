import { ErrorCode, NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { errorMessageKey, hasErrorCode } from '../../../graphql/errors';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { HiddenContext } from '../../../ui/HiddenContext';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { useViewer } from '../../accounts/useViewer';
import { IdeaSupportFragment, SupportIdeaMutation, WithdrawSupportMutation } from '../ideas.graphql';

interface SupportButtonProps {
  idea: FragmentOf<typeof IdeaSupportFragment>;
  /** Where a signed-out reader comes back to after signing in; the current page by default. */
  returnTo?: string;
  /** Names the idea in the button for screen readers (in lists of several ideas). */
  withTitle?: boolean;
}

/**
 * The support count with Support / Withdraw support for a signed-in reader; a sign-in link that
 * returns here for a signed-out one; an explanation on one's own idea. What a click did is
 * announced politely (the button's own label changes too).
 */
export function SupportButton({ idea: ideaRef, returnTo, withTitle = false }: SupportButtonProps) {
  const { t } = useTranslation(NAMESPACES);
  const { pathname, search } = useLocation();
  const { viewer, loading } = useViewer();
  const announce = useAnnounce();
  const idea = readFragment(IdeaSupportFragment, ideaRef);
  const [supportState, support] = useMutation(SupportIdeaMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawSupportMutation);
  const [state, setState] = useState<{ supportCount: number; viewerHasSupported: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const supportCount = state?.supportCount ?? idea.supportCount;
  const supported = state?.viewerHasSupported ?? idea.viewerHasSupported;
  const own = !!viewer && idea.author.id === viewer.id;
  const busy = supportState.fetching || withdrawState.fetching;
  const context = withTitle ? <HiddenContext>{idea.title}</HiddenContext> : null;

  const onClick = async () => {
    setProblem(null);
    const result = supported ? await withdraw({ ideaId: idea.id }) : await support({ ideaId: idea.id });
    const updated = result.data ? ('supportIdea' in result.data ? result.data.supportIdea : result.data.withdrawSupport) : undefined;
    if (result.error || !updated) {
      const message = hasErrorCode(result.error, ErrorCode.FORBIDDEN)
        ? t('ideas:support.ownIdea')
        : t(`errors:${result.error ? errorMessageKey(result.error) : ErrorCode.INTERNAL_SERVER_ERROR}`);
      setProblem(message);
      return;
    }
    const next = readFragment(IdeaSupportFragment, updated);
    setState({ supportCount: next.supportCount, viewerHasSupported: next.viewerHasSupported });
    announce(
      next.viewerHasSupported
        ? t('ideas:support.supported', { count: next.supportCount, title: idea.title })
        : t('ideas:support.withdrawn', { count: next.supportCount, title: idea.title }),
    );
  };

  return (
    <div className="support">
      <p className="support__count">{t('ideas:support.count', { count: supportCount })}</p>
      {loading ? null : !viewer ? (
        <p>
          <Link to={paths.login(safeReturnTo(returnTo ?? pathname + search))}>
            {t('ideas:support.signIn')}
            {context}
          </Link>
        </p>
      ) : own ? (
        <p className="support__own">{t('ideas:support.ownIdea')}</p>
      ) : (
        <>
          {supported && <p className="support__mine">{t('ideas:support.youSupport')}</p>}
          <button
            type="button"
            className={supported ? 'button' : 'button button--primary'}
            disabled={busy}
            onClick={onClick}
          >
            {supported ? t('ideas:support.withdraw') : t('ideas:support.support')}
            {context}
          </button>
        </>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
