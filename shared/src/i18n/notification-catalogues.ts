import type { Locale } from '../types/locale';
import fi from './locales/fi/notifications.json';
import fit from './locales/fit/notifications.json';
import sv from './locales/sv/notifications.json';

export type NotificationCatalogue = typeof sv;

/**
 * The `notifications` UI namespace for the server: the daily digest e-mail writes its lines with
 * the same texts (kind.<NotificationKind>, status.<IdeaStatus>) as the client's notification list.
 */
export const NOTIFICATION_CATALOGUES: Record<Locale, NotificationCatalogue> = { sv, fi, fit };
