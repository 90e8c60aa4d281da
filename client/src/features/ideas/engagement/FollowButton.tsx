import { ErrorCode, NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { errorMessageKey } from '../../../graphql/errors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { useViewer } from '../../accounts/useViewer';
import { FollowIdeaMutation, UnfollowIdeaMutation } from './engagement.graphql';

/** Follow / Sluta följa as a toggle button (aria-pressed); a sign-in link when signed out. */
export function FollowButton({ ideaId, following: initial }: { ideaId: string; following: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  const announce = useAnnounce();
  const [following, setFollowing] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [followState, follow] = useMutation(FollowIdeaMutation);
  const [unfollowState, unfollow] = useMutation(UnfollowIdeaMutation);
  const current = following ?? initial;
  if (loading) return null;
  if (!viewer) {
    return (
      <p>
        <Link to={paths.login(safeReturnTo(pathname + search))}>{t('notifications:follow.signInToFollow')}</Link>
      </p>
    );
  }
  const onClick = async () => {
    setProblem(null);
    const result = current ? await unfollow({ ideaId }) : await follow({ ideaId });
    const updated = result.data ? ('followIdea' in result.data ? result.data.followIdea : result.data.unfollowIdea) : undefined;
    if (result.error || !updated) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : ErrorCode.INTERNAL_SERVER_ERROR}`));
      return;
    }
    setFollowing(updated.viewerIsFollowing);
    announce(updated.viewerIsFollowing ? t('notifications:follow.followed') : t('notifications:follow.unfollowed'));
  };
  return (
    <div className="follow">
      {current && <p className="follow__state">{t('notifications:follow.following')}</p>}
      <button
        type="button"
        className="button"
        aria-pressed={current}
        disabled={followState.fetching || unfollowState.fetching}
        onClick={onClick}
      >
        {t('notifications:follow.follow')}
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
