import type accounts from '../../../shared/src/i18n/locales/sv/accounts.json';
import type admin from '../../../shared/src/i18n/locales/sv/admin.json';
import type common from '../../../shared/src/i18n/locales/sv/common.json';
import type email from '../../../shared/src/i18n/locales/sv/email.json';
import type errors from '../../../shared/src/i18n/locales/sv/errors.json';
import type ideas from '../../../shared/src/i18n/locales/sv/ideas.json';
import type moderation from '../../../shared/src/i18n/locales/sv/moderation.json';
import type notifications from '../../../shared/src/i18n/locales/sv/notifications.json';
import type organizations from '../../../shared/src/i18n/locales/sv/organizations.json';
import type pollResults from '../../../shared/src/i18n/locales/sv/pollResults.json';
import type polls from '../../../shared/src/i18n/locales/sv/polls.json';
import type taxonomy from '../../../shared/src/i18n/locales/sv/taxonomy.json';
import type vote from '../../../shared/src/i18n/locales/sv/vote.json';
import type workshopCapture from '../../../shared/src/i18n/locales/sv/workshopCapture.json';
import type workshopOutcome from '../../../shared/src/i18n/locales/sv/workshopOutcome.json';
import type workshops from '../../../shared/src/i18n/locales/sv/workshops.json';
import type dialogues from '../../../shared/src/i18n/locales/sv/dialogues.json';
import type surveyBuilder from '../../../shared/src/i18n/locales/sv/surveyBuilder.json';
import type surveyResponse from '../../../shared/src/i18n/locales/sv/surveyResponse.json';
import type surveyResults from '../../../shared/src/i18n/locales/sv/surveyResults.json';

/** Keys are checked at compile time against the Swedish catalogues (the parity test keeps fi and fit in step). */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      taxonomy: typeof taxonomy;
      errors: typeof errors;
      accounts: typeof accounts;
      email: typeof email;
      admin: typeof admin;
      organizations: typeof organizations;
      ideas: typeof ideas;
      notifications: typeof notifications;
      moderation: typeof moderation;
      polls: typeof polls;
      pollResults: typeof pollResults;
      vote: typeof vote;
      workshops: typeof workshops;
      workshopOutcome: typeof workshopOutcome;
      workshopCapture: typeof workshopCapture;
      dialogues: typeof dialogues;
      surveyBuilder: typeof surveyBuilder;
      surveyResponse: typeof surveyResponse;
      surveyResults: typeof surveyResults;
    };
  }
}
