/** UI string namespaces; each has one JSON catalogue per language under ./locales/<lang>/. */
export const NAMESPACES = ['common', 'taxonomy', 'errors', 'accounts', 'email', 'admin', 'organizations', 'ideas', 'notifications', 'moderation', 'polls', 'pollResults', 'vote', 'workshops', 'workshopOutcome', 'workshopCapture', 'dialogues', 'surveyBuilder', 'surveyResponse', 'surveyResults'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export const DEFAULT_NAMESPACE: Namespace = 'common';
