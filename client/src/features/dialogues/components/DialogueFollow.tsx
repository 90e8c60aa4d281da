import { ErrorCode, NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { errorMessageKey } from '../../../graphql/errors';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { useViewer } from '../../accounts/useViewer';
import { FollowDialogueMutation, UnfollowDialogueMutation } from '../dialogues.graphql';

/**
 * How many follow the dialogue, and "Följ dialogen" / "Sluta följa dialogen" for the signed in
 * (a sign-in link that comes back here for everyone else). Followers hear when surveys open and
 * when the återkoppling is published.
 */
export function DialogueFollow({ dialogueId, follows, followerCount }: { dialogueId: string; follows: boolean; followerCount: number }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  const announce = useAnnounce();
  const [state, setState] = useState<{ follows: boolean; followerCount: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [followState, follow] = useMutation(FollowDialogueMutation);
  const [unfollowState, unfollow] = useMutation(UnfollowDialogueMutation);
  const current = state ?? { follows, followerCount };

  const onClick = async () => {
    setProblem(null);
    const result = current.follows ? await unfollow({ id: dialogueId }) : await follow({ id: dialogueId });
    const updated = result.data ? ('followDialogue' in result.data ? result.data.followDialogue : result.data.unfollowDialogue) : undefined;
    if (result.error || !updated) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : ErrorCode.INTERNAL_SERVER_ERROR}`));
      return;
    }
    setState({ follows: updated.viewerFollows, followerCount: updated.followerCount });
    announce(updated.viewerFollows ? t('dialogues:follow.followed') : t('dialogues:follow.unfollowed'));
  };

  return (
    <div className="follow dialogue-follow">
      <p className="dialogue-follow__count">
        {t('dialogues:follow.count', { count: current.followerCount, formatted: formatNumber(current.followerCount, language) })}
      </p>
      {loading ? null : viewer ? (
        <>
          {current.follows && <p className="follow__state">{t('dialogues:follow.following')}</p>}
          <button type="button" className="button" disabled={followState.fetching || unfollowState.fetching} onClick={onClick}>
            {current.follows ? t('dialogues:follow.unfollow') : t('dialogues:follow.follow')}
          </button>
        </>
      ) : (
        <p>
          <Link to={paths.login(safeReturnTo(pathname + search))}>{t('dialogues:follow.signIn')}</Link>
        </p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
