import { DialogueStatus, Role } from '@medskapa/shared';
import { DomainError } from '../../common/domain-error';
import { hasRole, type Viewer } from '../../common/viewer';

/** Anything that runs SQL: a DataSource, or an EntityManager inside a transaction. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Whether the viewer manages dialogues of the municipality (officers and admins). */
export function managesDialoguesOf(viewer: Viewer | null, municipalityId: string): boolean {
  return hasRole(viewer, municipalityId, Role.OFFICER);
}

/**
 * The linking rule for ideas, workshops and polls (and the same idea as the surveys' rule): the
 * dialogue must belong to the same municipality and take input, i.e. be OPEN. A DRAFT may be
 * linked by the people who manage it (officers of its municipality), so they can prepare the
 * content before opening; a CLOSED or REPORTED dialogue takes nothing more. Anything else is
 * BAD_USER_INPUT on `path`. A draft the viewer may not see answers exactly like an unknown id,
 * so drafts do not leak.
 */
export async function requireLinkableDialogue(
  db: Queryable,
  viewer: Viewer | null,
  dialogueId: string,
  municipalityId: string,
  path = 'input.dialogueId',
): Promise<void> {
  const rows = (await db.query(`SELECT municipality_id, status FROM dialogue WHERE id = $1`, [dialogueId])) as Array<{
    municipality_id: string;
    status: DialogueStatus;
  }>;
  const dialogue = rows[0];
  const refuse = (message: string) => DomainError.badInput([{ path, message }]);
  if (!dialogue || (dialogue.status === DialogueStatus.DRAFT && !managesDialoguesOf(viewer, dialogue.municipality_id))) {
    throw refuse('There is no such dialogue.');
  }
  if (dialogue.municipality_id !== municipalityId) throw refuse('Choose a dialogue of the same municipality.');
  if (dialogue.status === DialogueStatus.CLOSED || dialogue.status === DialogueStatus.REPORTED) {
    throw refuse('The dialogue has closed and takes no more input.');
  }
}
