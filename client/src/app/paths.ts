/** Every address of the client, in one place. */
export const paths = {
  home: () => '/',
  municipality: (slug: string) => `/${encodeURIComponent(slug)}`,
  area: (slug: string, code: string) => `/${encodeURIComponent(slug)}/areas/${encodeURIComponent(code)}`,
  places: (slug: string) => `/${encodeURIComponent(slug)}/places`,
  /** The ideas list; `search` is the filter state as URL search params (see features/ideas/filters.ts). */
  ideas: (slug: string, search?: string | URLSearchParams) => {
    const query = search ? String(search) : '';
    return `/${encodeURIComponent(slug)}/ideas${query ? `?${query}` : ''}`;
  },
  idea: (slug: string, id: string) => `/${encodeURIComponent(slug)}/ideas/${encodeURIComponent(id)}`,
  newIdea: (slug: string) => `/${encodeURIComponent(slug)}/ideas/new`,
  login: (returnTo?: string) => (returnTo && returnTo !== '/' ? `/login?${new URLSearchParams({ returnTo })}` : '/login'),
  register: () => '/register',
  registered: () => '/register/check-email',
  verifyEmail: () => '/verify-email',
  forgotPassword: () => '/forgot-password',
  resetPassword: () => '/reset-password',
  profile: () => '/profile',
  notifications: () => '/notifications',
  accountDeleted: () => '/account-deleted',
  privacy: () => '/privacy',
  organizations: () => '/organizations',
  newOrganization: () => '/organizations/new',
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
  acceptInvitation: () => '/invitations/accept',
  admin: () => '/admin',
  adminRoles: () => '/admin/roles',
  adminOrganizations: () => '/admin/organizations',
  adminAudit: () => '/admin/audit',
  adminOutbox: () => '/admin/outbox',
  adminAnswerTemplates: () => '/admin/answer-templates',
  adminIdeaSettings: () => '/admin/idea-settings',
  /** A municipality's youth polls; `search` is the filter state as URL search params. */
  polls: (slug: string, search?: string | URLSearchParams) => {
    const query = search ? String(search) : '';
    return `/${encodeURIComponent(slug)}/polls${query ? `?${query}` : ''}`;
  },
  /** The poll builder; `organizationId` preselects the council that runs it. */
  newPoll: (slug: string, organizationId?: string) =>
    `/${encodeURIComponent(slug)}/polls/new${organizationId ? `?${new URLSearchParams({ organization: organizationId })}` : ''}`,
  poll: (slug: string, id: string) => `/${encodeURIComponent(slug)}/polls/${encodeURIComponent(id)}`,
  editPoll: (slug: string, id: string) => `/${encodeURIComponent(slug)}/polls/${encodeURIComponent(id)}/edit`,
  /**
   * The voting page of a poll's short link: its own small bundle (client/vote.html), so link to
   * it with a plain <a href>, never the router. `voterCode` rides in the fragment, which never
   * reaches the server.
   */
  vote: (shortCode: string, voterCode?: string) =>
    `/r/${encodeURIComponent(shortCode)}${voterCode ? `#${new URLSearchParams({ code: voterCode })}` : ''}`,
  /** The results CSV of a poll (managers only); served by the API. */
  pollResultsCsv: (id: string) => `/polls/${encodeURIComponent(id)}/results.csv`,
  /** A municipality's workshops; `search` is the filter state as URL search params. */
  workshops: (slug: string, search?: string | URLSearchParams) => {
    const query = search ? String(search) : '';
    return `/${encodeURIComponent(slug)}/workshops${query ? `?${query}` : ''}`;
  },
  /** Planning a workshop; `organizationId` preselects the organization that holds it. */
  newWorkshop: (slug: string, organizationId?: string) =>
    `/${encodeURIComponent(slug)}/workshops/new${organizationId ? `?${new URLSearchParams({ organization: organizationId })}` : ''}`,
  workshop: (slug: string, id: string) => `/${encodeURIComponent(slug)}/workshops/${encodeURIComponent(id)}`,
  editWorkshop: (slug: string, id: string) => `/${encodeURIComponent(slug)}/workshops/${encodeURIComponent(id)}/edit`,
  /** The facilitator's capture form; works offline. */
  captureWorkshop: (slug: string, id: string) => `/${encodeURIComponent(slug)}/workshops/${encodeURIComponent(id)}/capture`,
  /** A municipality's dialogues (medborgardialoger); `search` is the filter state as URL search params. */
  dialogues: (slug: string, search?: string | URLSearchParams) => {
    const query = search ? new URLSearchParams(search).toString() : '';
    return `/${encodeURIComponent(slug)}/dialogues${query ? `?${query}` : ''}`;
  },
  newDialogue: (slug: string) => `/${encodeURIComponent(slug)}/dialogues/new`,
  dialogue: (slug: string, id: string) => `/${encodeURIComponent(slug)}/dialogues/${encodeURIComponent(id)}`,
  editDialogue: (slug: string, id: string) => `/${encodeURIComponent(slug)}/dialogues/${encodeURIComponent(id)}/edit`,
  /** The survey builder for a new survey; `dialogueId` places it under a dialogue. */
  newSurvey: (slug: string, dialogueId?: string) =>
    `/${encodeURIComponent(slug)}/surveys/new${dialogueId ? `?${new URLSearchParams({ dialogue: dialogueId })}` : ''}`,
  /** The page where residents answer a survey. */
  survey: (slug: string, id: string) => `/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(id)}`,
  editSurvey: (slug: string, id: string) => `/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(id)}/edit`,
  surveyResults: (slug: string, id: string) => `/${encodeURIComponent(slug)}/surveys/${encodeURIComponent(id)}/results`,
  /** Analysts' CSV: one row per response, one column per question (served by the API). */
  surveyResponsesCsv: (id: string) => `/surveys/${encodeURIComponent(id)}/responses.csv`,
  /** The link in a sign-up confirmation e-mail (the API writes it: /workshops/cancel-signup?token=…). */
  cancelWorkshopSignup: (token: string) => `/workshops/cancel-signup?${new URLSearchParams({ token })}`,
  /** A village's (or the central town's) page. */
  place: (slug: string, placeId: string) => `/${encodeURIComponent(slug)}/places/${encodeURIComponent(placeId)}`,
  /** The moderation queue; `status` is the tab (OPEN when left out). */
  moderation: (slug: string, status?: string) =>
    `/${encodeURIComponent(slug)}/moderation${status ? `?${new URLSearchParams({ status })}` : ''}`,
};

/** First path segments of the site's own pages: never a municipality slug. */
export const RESERVED_SEGMENTS: ReadonlySet<string> = new Set([
  'login',
  'register',
  'verify-email',
  'forgot-password',
  'reset-password',
  'profile',
  'notifications',
  'account-deleted',
  'privacy',
  'organizations',
  'invitations',
  'admin',
  'auth',
  'r',
  'polls',
  'workshops',
]);

/** Pages a sign-in should never return to. */
const NO_RETURN = ['/login', '/register', '/forgot-password', '/reset-password', '/account-deleted'];

/**
 * A place inside this site to go back to after signing in: a path starting with a single "/"
 * (never "//host" or "/\host", which browsers treat as another site), else the start page.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f]/.test(value)) return '/';
  const path = value.split(/[?#]/)[0] ?? '/';
  if (NO_RETURN.some((p) => path === p || path.startsWith(`${p}/`))) return '/';
  return value;
}
