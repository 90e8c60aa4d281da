import { ErrorCode } from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { errorMessageKey, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import { DIALOGUE_LANGUAGES } from '../dialogueFormat';

const TEXT_FIELDS = ['title', 'purpose', 'promise', 'whatWeHeard', 'whatHappensNow'] as const;

/**
 * One line per problem the API named when publishing (`title.fi`, `phases.0.description.fit`,
 * `whatWeHeard.fit`, `phases`): which text is missing in which language.
 */
export function publishProblemText(t: Translate, path: string, phaseKinds: readonly string[]): string {
  const parts = path.split('.');
  const rest = parts[0] === 'input' ? parts.slice(1) : parts;
  const last = rest[rest.length - 1] ?? '';
  const language = (DIALOGUE_LANGUAGES as readonly string[]).includes(last) ? t(`dialogues:languages.${last as 'sv'}`) : '';
  const head = rest[0] ?? '';
  if ((TEXT_FIELDS as readonly string[]).includes(head)) {
    const field = t(`dialogues:fields.${head as (typeof TEXT_FIELDS)[number]}`);
    return language ? t('dialogues:manage.missingIn', { field, language }) : field;
  }
  if (head === 'phases' && rest[1] !== undefined && /^\d+$/.test(rest[1])) {
    const kind = phaseKinds[Number(rest[1])];
    const phase = kind ? t(`dialogues:phase.${kind as 'INFORM'}`) : String(Number(rest[1]) + 1);
    const field = t('dialogues:fields.phaseDescription', { phase });
    return language ? t('dialogues:manage.missingIn', { field, language }) : field;
  }
  if (head === 'phases') return t('dialogues:manage.needsPhase');
  return path;
}

/** A refused publish/close/feedback mutation as lines to list: the field problems, else the error's own message. */
export function refusalLines(t: Translate, error: CombinedError, phaseKinds: readonly string[], conflict?: string): string[] {
  const fields = serverFieldErrors(error);
  if (fields.length > 0) return fields.map((f) => publishProblemText(t, f.path, phaseKinds));
  const key = errorMessageKey(error);
  if (key === ErrorCode.CONFLICT && conflict) return [conflict];
  return [t(`errors:${key}`)];
}
