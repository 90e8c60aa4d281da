export * from './types/locale';
export * from './types/enums';
export * from './types/localized-text';
export * from './errors/error-code';
export * from './validation/taxonomy';
export * from './validation/accounts';
export * from './i18n/namespaces';
export * from './i18n/email-catalogues';
