import { Role } from '@medskapa/shared';
import { describe, expect, it } from 'vitest';
import { hasRole, highestRole, requireRole, requireViewer, type Viewer } from './viewer';

const KALIX = 'kalix-id';
const NORSJO = 'norsjo-id';
const viewer = (roles: Record<string, Role[]>): Viewer => ({
  userId: 'u',
  sessionId: 's',
  displayName: 'Anna',
  locale: 'sv',
  municipalityId: KALIX,
  roles: new Map(Object.entries(roles)),
});

describe('roles', () => {
  it('orders roles so that ADMIN includes OFFICER includes MODERATOR', () => {
    const admin = viewer({ [KALIX]: [Role.ADMIN] });
    expect(hasRole(admin, KALIX, Role.OFFICER)).toBe(true);
    expect(hasRole(admin, KALIX, Role.MODERATOR)).toBe(true);
    const moderator = viewer({ [KALIX]: [Role.MODERATOR] });
    expect(hasRole(moderator, KALIX, Role.OFFICER)).toBe(false);
    expect(highestRole(viewer({ [KALIX]: [Role.MODERATOR, Role.OFFICER] }), KALIX)).toBe(Role.OFFICER);
  });

  it('keeps roles within their municipality', () => {
    const norsjoAdmin = viewer({ [NORSJO]: [Role.ADMIN] });
    expect(hasRole(norsjoAdmin, KALIX, Role.MODERATOR)).toBe(false);
    expect(highestRole(norsjoAdmin, KALIX)).toBe(Role.RESIDENT);
  });

  it('answers UNAUTHENTICATED for nobody and FORBIDDEN for the wrong role', () => {
    expect(() => requireViewer(null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireRole(null, KALIX, Role.ADMIN)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => requireRole(viewer({}), KALIX, Role.ADMIN)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(requireRole(viewer({ [KALIX]: [Role.ADMIN] }), KALIX, Role.ADMIN).userId).toBe('u');
  });
});
