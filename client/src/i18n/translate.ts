import type { NAMESPACES } from '@medskapa/shared';
import type { TFunction } from 'i18next';

/** The `t` of `useTranslation(NAMESPACES)`, for helpers that translate outside components. */
export type Translate = TFunction<typeof NAMESPACES>;
