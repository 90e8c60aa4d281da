import { NAMESPACES, ReportTargetType } from '@medskapa/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { errorMessageKey } from '../../../graphql/errors';
import { readFragment } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HiddenContext } from '../../../ui/HiddenContext';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useViewer, type Viewer } from '../../accounts/useViewer';
import { PlainText } from '../linkify';
import { CommentForm } from './CommentForm';
import { CommentFieldsFragment, DeleteCommentMutation, IdeaCommentsQuery } from './engagement.graphql';
import { relativeTime } from './format';
import { ReportButton } from './ReportButton';
import type { CommentData } from './types';
import './engagement.css';

export const COMMENTS_PAGE_SIZE = 20;

interface CommentsProps {
  ideaId: string;
  /** After a comment was posted, edited or deleted: the counts elsewhere refresh. */
  onChanged(): void;
}

/**
 * The comments of an idea, oldest first, page by page, each with its replies (one level), and
 * the form to comment. What was posted, saved or deleted stays in place without reloading the
 * pages shown, and is announced politely.
 */
export function Comments({ ideaId, onChanged }: CommentsProps) {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading: viewerLoading } = useViewer();
  const { pathname, search } = useLocation();
  const announce = useAnnounce();
  const list = useLoadMore(IdeaCommentsQuery, { id: ideaId }, (data) => data.idea?.comments, COMMENTS_PAGE_SIZE);
  useLoadingAnnouncement(list.loading || list.loadingMore);
  const [changed, setChanged] = useState<ReadonlyMap<string, CommentData>>(new Map());
  const [added, setAdded] = useState<readonly CommentData[]>([]);
  const [addedReplies, setAddedReplies] = useState<Readonly<Record<string, readonly CommentData[]>>>({});

  const comments = useMemo(() => {
    const latest = (c: CommentData) => changed.get(c.id) ?? c;
    const loaded: CommentData[] = list.nodes.map((node) => ({
      ...readFragment(CommentFieldsFragment, node),
      replies: node.replies.map((reply) => ({ ...readFragment(CommentFieldsFragment, reply), replies: [] })),
    }));
    const ids = new Set(loaded.map((c) => c.id));
    return [...loaded, ...added.filter((c) => !ids.has(c.id))].map((comment) => {
      const replyIds = new Set(comment.replies.map((r) => r.id));
      const replies = [...comment.replies, ...(addedReplies[comment.id] ?? []).filter((r) => !replyIds.has(r.id))].map(latest);
      return { ...latest(comment), replies };
    });
  }, [list.nodes, added, addedReplies, changed]);

  const onPosted = (comment: CommentData) => {
    setAdded((previous) => [...previous, comment]);
    announce(t('ideas:comments.posted'));
    onChanged();
  };
  const onReplied = useCallback(
    (parentId: string, reply: CommentData) => {
      setAddedReplies((previous) => ({ ...previous, [parentId]: [...(previous[parentId] ?? []), reply] }));
      announce(t('ideas:comments.replied'));
      onChanged();
    },
    [announce, onChanged, t],
  );
  const onUpdated = useCallback(
    (comment: CommentData, message: string) => {
      setChanged((previous) => new Map(previous).set(comment.id, comment));
      announce(message);
      onChanged();
    },
    [announce, onChanged],
  );

  return (
    <div className="comments">
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {!list.loading && !list.error && comments.length === 0 && <p>{t('ideas:comments.empty')}</p>}
      {comments.length > 0 && (
        <ul className="comment-list" aria-label={t('ideas:comments.listLabel')}>
          {comments.map((comment) => (
            <CommentItem
              key={comment.id}
              ideaId={ideaId}
              comment={comment}
              viewer={viewer}
              onReplied={onReplied}
              onUpdated={onUpdated}
            />
          ))}
        </ul>
      )}
      {list.hasMore && (
        <p>
          <button type="button" className="button" onClick={list.loadMore}>
            {t('ideas:comments.loadMore')}
          </button>
        </p>
      )}
      <h3 id="comment-form-heading">{t('ideas:comments.form.heading')}</h3>
      {viewerLoading ? null : viewer ? (
        <CommentForm ideaId={ideaId} mode={{ kind: 'new' }} onSaved={onPosted} />
      ) : (
        <p>
          <Link to={paths.login(safeReturnTo(pathname + search))}>{t('ideas:comments.form.signIn')}</Link>
        </p>
      )}
    </div>
  );
}

interface CommentItemProps {
  ideaId: string;
  comment: CommentData;
  viewer: Viewer | null;
  onReplied(parentId: string, reply: CommentData): void;
  onUpdated(comment: CommentData, message: string): void;
}

function CommentItem({ ideaId, comment, viewer, onReplied, onUpdated }: CommentItemProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const isReply = !!comment.parentId;
  const placeholder = comment.deleted || (comment.hidden && !comment.body);
  const own = !!viewer && !!comment.author?.id && comment.author.id === viewer.id;
  const name = comment.author ? (comment.author.removed ? t('ideas:idea.removedAuthor') : comment.author.displayName) : '';
  // Words only screen readers hear after each action's label, in the case the verb needs.
  const context = own ? t('ideas:comments.context.own') : t('ideas:comments.context.other', { name });
  const replyContext = own ? t('ideas:comments.context.replyOwn') : t('ideas:comments.context.reply', { name });
  const reportContext = t('ideas:comments.context.report', { name });
  const absolute = formatDateTime(comment.createdAt, language, { dateStyle: 'long', timeStyle: 'short' });
  const relative = relativeTime(t, comment.createdAt, language);
  const canEdit = comment.viewerCanEdit && !comment.deleted && new Date(comment.editableUntil).getTime() > Date.now();
  const until = formatDateTime(comment.editableUntil, language, { timeStyle: 'short' });

  return (
    <li className={`comment${isReply ? ' comment--reply' : ''}${placeholder ? ' comment--placeholder' : ''}`} ref={itemRef} tabIndex={-1} id={`comment-${comment.id}`}>
      {placeholder ? (
        <p className="comment__placeholder">
          <em>{comment.deleted ? t('ideas:comments.deleted') : t('ideas:comments.hidden')}</em>
        </p>
      ) : (
        <>
          <p className="comment__meta">
            <span className="comment__author">{name}</span>
            {comment.isIdeaAuthor && <span className="badge comment__badge"> {t('ideas:comments.ideaAuthor')}</span>}
            {comment.isOfficer && <span className="badge badge--official comment__badge"> {t('ideas:comments.officer')}</span>}{' '}
            <time dateTime={comment.createdAt} title={absolute} className="muted">
              {relative ?? absolute}
            </time>
            {comment.editedAt && (
              <span className="muted">
                {' '}
                ({t('ideas:comments.edited')})
              </span>
            )}
          </p>
          {comment.hidden && <p className="translation-note">{t('ideas:comments.hiddenOwn')}</p>}
          {mode === 'edit' ? (
            <CommentForm
              ideaId={ideaId}
              mode={{ kind: 'edit', comment }}
              onSaved={(saved) => {
                setMode('view');
                onUpdated(saved, t('ideas:comments.saved'));
                setTimeout(() => itemRef.current?.focus(), 0);
              }}
              onCancel={() => {
                setMode('view');
                setTimeout(() => editButton.current?.focus(), 0);
              }}
            />
          ) : (
            <PlainText className="comment__body" text={comment.body} />
          )}
          {mode !== 'edit' && (
            <div className="comment__actions">
              {viewer && !isReply && !comment.hidden && (
                <button
                  ref={replyButton}
                  type="button"
                  className="button button--small"
                  aria-expanded={mode === 'reply'}
                  onClick={() => setMode(mode === 'reply' ? 'view' : 'reply')}
                >
                  {t('ideas:comments.reply')}
                  <HiddenContext>{replyContext}</HiddenContext>
                </button>
              )}
              {canEdit && (
                <button ref={editButton} type="button" className="button button--small" onClick={() => setMode('edit')}>
                  {t('ideas:comments.edit')}
                  <HiddenContext>{context}</HiddenContext>
                </button>
              )}
              {comment.viewerCanDelete && (
                <button ref={deleteButton} type="button" className="button button--small" onClick={() => setConfirmDelete(true)}>
                  {t('ideas:comments.delete')}
                  <HiddenContext>{context}</HiddenContext>
                </button>
              )}
              {viewer && !own && !comment.hidden && (
                <ReportButton targetType={ReportTargetType.COMMENT} targetId={comment.id} context={reportContext} />
              )}
              {canEdit && <p className="field__hint comment__until">{t('ideas:comments.editableUntil', { time: until })}</p>}
            </div>
          )}
        </>
      )}
      {confirmDelete && (
        <DeleteDialog
          commentId={comment.id}
          onClose={() => {
            setConfirmDelete(false);
            setTimeout(() => deleteButton.current?.focus(), 0);
          }}
          onDeleted={(deleted) => {
            setConfirmDelete(false);
            onUpdated({ ...deleted, replies: comment.replies }, t('ideas:comments.removed'));
            setTimeout(() => itemRef.current?.focus(), 0);
          }}
        />
      )}
      {(comment.replies.length > 0 || mode === 'reply') && (
        <>
          {comment.replies.length > 0 && (
            <ul className="comment-list comment-list--replies" aria-label={t('ideas:comments.repliesLabel')}>
              {comment.replies.map((reply) => (
                <CommentItem key={reply.id} ideaId={ideaId} comment={reply} viewer={viewer} onReplied={onReplied} onUpdated={onUpdated} />
              ))}
            </ul>
          )}
          {mode === 'reply' && (
            <CommentForm
              ideaId={ideaId}
              mode={{ kind: 'reply', parentId: comment.id, name }}
              onSaved={(reply) => {
                setMode('view');
                onReplied(comment.id, reply);
                setTimeout(() => document.getElementById(`comment-${reply.id}`)?.focus(), 0);
              }}
              onCancel={() => {
                setMode('view');
                setTimeout(() => replyButton.current?.focus(), 0);
              }}
            />
          )}
        </>
      )}
    </li>
  );
}

function DeleteDialog({ commentId, onClose, onDeleted }: { commentId: string; onClose(): void; onDeleted(comment: CommentData): void }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ fetching }, remove] = useMutation(DeleteCommentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const onConfirm = async () => {
    setProblem(null);
    const result = await remove({ commentId });
    if (result.error || !result.data) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    onDeleted({ ...readFragment(CommentFieldsFragment, result.data.deleteComment), replies: [] });
  };
  return (
    <Dialog title={t('ideas:comments.deleteDialog.title')} onClose={onClose}>
      <p>{t('ideas:comments.deleteDialog.body')}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--danger" disabled={fetching} onClick={onConfirm}>
          {t('ideas:comments.deleteDialog.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('ideas:comments.deleteDialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
