import { ModerationAction, ReportStatus, ReportTargetType, Role } from '@medskapa/shared';
import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../common/viewer';
import { ModerationService } from './moderation.service';
import type { Report } from './report.entity';

const KALIX = 'kalix-id';
const REPORT_ID = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';
const viewer = (userId: string, roles: Record<string, Role[]> = {}): Viewer => ({
  userId,
  sessionId: 's',
  displayName: 'Sara',
  locale: 'sv',
  municipalityId: KALIX,
  roles: new Map(Object.entries(roles)),
});

const report: Partial<Report> = {
  id: REPORT_ID,
  municipalityId: KALIX,
  targetType: ReportTargetType.IDEA,
  targetId: '9a2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f',
  targetAuthorId: 'author',
  status: ReportStatus.OPEN,
  resolutionReason: 'Reklam',
};

/** The service with only the report repository; a transaction (or anything else) must not start. */
function serviceWith(found: Partial<Report> | null) {
  const reports = { findOneBy: vi.fn(async () => found) };
  const dataSource = { transaction: vi.fn(async () => { throw new Error('no transaction expected'); }) };
  const untouchable = new Proxy({}, { get: () => { throw new Error('not expected to be used'); } });
  const args = [reports, dataSource, untouchable, untouchable, untouchable, untouchable, untouchable, untouchable];
  return { service: new ModerationService(...(args as unknown as ConstructorParameters<typeof ModerationService>)), dataSource };
}

describe('ModerationService.moderate', () => {
  it('answers UNAUTHENTICATED, BAD_USER_INPUT (id) and NOT_FOUND before anything else', async () => {
    const { service } = serviceWith(null);
    await expect(service.moderate(null, REPORT_ID, ModerationAction.HIDE, 'Reklam')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(service.moderate(viewer('sara'), '42', ModerationAction.HIDE, 'Reklam')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(service.moderate(viewer('sara'), REPORT_ID, ModerationAction.HIDE, 'Reklam')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses residents and moderators of other municipalities before looking at the reason', async () => {
    const { service, dataSource } = serviceWith(report);
    await expect(service.moderate(viewer('johan'), REPORT_ID, ModerationAction.HIDE, '')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.moderate(viewer('nils', { 'norsjo-id': [Role.ADMIN] }), REPORT_ID, ModerationAction.HIDE, 'Reklam')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(dataSource.transaction).not.toHaveBeenCalled();
  });

  it('needs a reason of 3–500 characters from a moderator, reported on the reason field', async () => {
    const { service, dataSource } = serviceWith(report);
    for (const reason of ['', ' ab ', 'x'.repeat(501)]) {
      await expect(service.moderate(viewer('sara', { [KALIX]: [Role.MODERATOR] }), REPORT_ID, ModerationAction.DISMISS, reason)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { fields: [expect.objectContaining({ path: 'reason' })] },
      });
    }
    expect(dataSource.transaction).not.toHaveBeenCalled();
  });
});

describe('ModerationService fields', () => {
  it('shows moderators\' fields to moderators, officers and admins of the municipality only', () => {
    const { service } = serviceWith(report);
    const full = report as Report;
    expect(service.resolutionReason(viewer('sara', { [KALIX]: [Role.MODERATOR] }), full)).toBe('Reklam');
    expect(service.resolutionReason(viewer('maria', { [KALIX]: [Role.ADMIN] }), full)).toBe('Reklam');
    expect(service.resolutionReason(viewer('johan'), full)).toBeNull();
    expect(service.resolutionReason(viewer('nils', { 'norsjo-id': [Role.MODERATOR] }), full)).toBeNull();
    expect(service.resolutionReason(null, full)).toBeNull();
  });
});
