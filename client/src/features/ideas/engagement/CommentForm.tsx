import { COMMENT_BODY_MAX_LENGTH, COMMENT_BODY_MIN_LENGTH, NAMESPACES } from '@medskapa/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { readFragment } from '../../../graphql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { commentServerErrors, validateCommentBody } from './commentErrors';
import { CommentFieldsFragment, CommentOnIdeaMutation, EditCommentMutation } from './engagement.graphql';
import type { CommentData } from './types';

export type CommentFormMode =
  | { kind: 'new' }
  | { kind: 'reply'; parentId: string; name: string }
  | { kind: 'edit'; comment: CommentData };

interface CommentFormProps {
  ideaId: string;
  mode: CommentFormMode;
  /** Called with the saved comment. */
  onSaved(comment: CommentData): void;
  onCancel?(): void;
}

/**
 * A labelled textarea with a counter (2–2000 characters), checked with the shared schema and
 * explaining the API's refusals (personal data, posting block, closed edit window). Reply and
 * edit forms take focus when they open.
 */
export function CommentForm({ ideaId, mode, onSaved, onCancel }: CommentFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const prefix = mode.kind === 'new' ? 'comment-new' : mode.kind === 'reply' ? `reply-${mode.parentId}` : `edit-${mode.comment.id}`;
  const form = useFormErrors(prefix);
  const [body, setBody] = useState(mode.kind === 'edit' ? mode.comment.body : '');
  const [postState, post] = useMutation(CommentOnIdeaMutation);
  const [editState, edit] = useMutation(EditCommentMutation);
  const busy = postState.fetching || editState.fetching;
  const length = body.trim().length;

  useEffect(() => {
    if (mode.kind !== 'new') document.getElementById(form.idOf('body'))?.focus();
    // Only when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateCommentBody(t, body);
    if (problems.length > 0) return form.show(problems);
    const result =
      mode.kind === 'edit'
        ? await edit({ commentId: mode.comment.id, body: body.trim() })
        : await post({ ideaId, body: body.trim(), parentId: mode.kind === 'reply' ? mode.parentId : null });
    const saved = result.data ? ('editComment' in result.data ? result.data.editComment : result.data.commentOnIdea) : undefined;
    if (result.error || !saved) return form.show(result.error ? commentServerErrors(t, result.error, language) : []);
    form.clear();
    setBody('');
    onSaved({ ...readFragment(CommentFieldsFragment, saved), replies: mode.kind === 'edit' ? mode.comment.replies : [] });
  };

  const label =
    mode.kind === 'new'
      ? t('ideas:comments.form.label')
      : mode.kind === 'reply'
        ? t('ideas:comments.form.replyLabel', { name: mode.name })
        : t('ideas:comments.form.editLabel');
  const submit =
    mode.kind === 'new' ? t('ideas:comments.form.submit') : mode.kind === 'reply' ? t('ideas:comments.form.submitReply') : t('ideas:comments.form.save');

  return (
    <div className={`comment-form comment-form--${mode.kind}`}>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextAreaField
          form={form}
          name="body"
          required
          rows={mode.kind === 'new' ? 5 : 3}
          label={label}
          hint={
            <>
              {t('ideas:comments.form.hint', { min: COMMENT_BODY_MIN_LENGTH, max: COMMENT_BODY_MAX_LENGTH })}{' '}
              <span className={length > COMMENT_BODY_MAX_LENGTH ? 'counter counter--over' : 'counter'}>
                {t('ideas:form.counter', { count: length, max: COMMENT_BODY_MAX_LENGTH })}
              </span>
            </>
          }
          value={body}
          onValueChange={setBody}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {submit}
          </button>
          {onCancel && (
            <button type="button" className="button" onClick={onCancel}>
              {t('ideas:comments.form.cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
