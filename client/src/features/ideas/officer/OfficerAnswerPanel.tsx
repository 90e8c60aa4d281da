import { IdeaStatus, isLocale, NAMESPACES, Role, type Locale } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { readFragment, type ResultOf } from '../../../graphql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { hasRoleIn, useViewer } from '../../accounts/useViewer';
import { AnswerForm, type ResponseInput } from './AnswerForm';
import { emptyAnswer, type AnswerDraft, type ResponseStatus } from './answerValidation';
import { IdeaResponseFragment, OfficerIdeaQuery, RespondToIdeaMutation } from './officer.graphql';

type OfficerIdea = ResultOf<typeof IdeaResponseFragment>;

const RESPONSE_STATUS_SET = new Set<string>([
  IdeaStatus.ANSWERED,
  IdeaStatus.PLANNED,
  IdeaStatus.IN_PROGRESS,
  IdeaStatus.IMPLEMENTED,
  IdeaStatus.NOT_PLANNED,
]);

/** The form's starting values: the earlier answer in every language, or empty in the reader's language. */
export function draftFromIdea(idea: OfficerIdea | null | undefined, language: Locale): AnswerDraft {
  const response = idea?.response;
  if (!response) return emptyAnswer(language);
  const bodyLocale = (isLocale(response.originalLocale) ? response.originalLocale : 'sv') as Locale;
  const texts = new Map(response.translations.map((tr) => [tr.locale as string, tr.body]));
  const translations: Partial<Record<Locale, string>> = {};
  for (const [locale, body] of texts) if (locale !== bodyLocale && isLocale(locale)) translations[locale] = body;
  const decision = response.decision;
  return {
    status: RESPONSE_STATUS_SET.has(idea.status) ? (idea.status as ResponseStatus) : '',
    bodyLocale,
    body: texts.get(bodyLocale) ?? response.body,
    translations,
    decision: {
      body: decision?.body ?? '',
      meetingDate: decision?.meetingDate ?? '',
      paragraph: decision?.paragraph ?? '',
      diaryNumber: decision?.diaryNumber ?? '',
      url: decision?.url ?? '',
    },
  };
}

/**
 * On an idea's page, for officers of its municipality only: answer the idea (or change the
 * answer), with status, texts, translations and the council decision.
 */
export function OfficerAnswerPanel({ ideaId, slug }: { ideaId: string; slug: string }) {
  const { viewer } = useViewer();
  if (!hasRoleIn(viewer, slug, Role.OFFICER)) return null;
  return <Panel ideaId={ideaId} slug={slug} />;
}

function Panel({ ideaId, slug }: { ideaId: string; slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const [{ data }, reexecute] = useQuery({ query: OfficerIdeaQuery, variables: { id: ideaId } });
  const [{ fetching }, respond] = useMutation(RespondToIdeaMutation);
  const [done, setDone] = useState('');
  const idea = data?.idea ? readFragment(IdeaResponseFragment, data.idea) : undefined;
  if (!idea || idea.status === IdeaStatus.HIDDEN) return null;
  const answered = !!idea.response;

  const onSubmit = async (input: ResponseInput) => {
    setDone('');
    const result = await respond({ ideaId, input }, { additionalTypenames: ['Idea', 'IdeaResponse', 'IdeaTimelineEntry'] });
    if (result.error) return result.error;
    const message = t('moderation:answer.saved', { status: t(`ideas:status.${input.status}`) });
    setDone(message);
    announce(message);
    reexecute({ requestPolicy: 'network-only' });
    return undefined;
  };

  return (
    <div className="officer-panel" data-testid="officer-answer-panel">
      <h3 id="officer-answer-heading">{answered ? t('moderation:answer.headingChange') : t('moderation:answer.heading')}</h3>
      <p>{t('moderation:answer.lead')}</p>
      <p role="status" className="form-status">
        {done}
      </p>
      <AnswerForm
        idPrefix="answer"
        slug={slug}
        initial={draftFromIdea(idea, language as Locale)}
        submitLabel={answered ? t('moderation:answer.submitChange') : t('moderation:answer.submit')}
        busy={fetching}
        onSubmit={onSubmit}
      />
    </div>
  );
}
