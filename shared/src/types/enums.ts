export enum PlaceKind {
  CENTRAL_TOWN = 'CENTRAL_TOWN',
  VILLAGE = 'VILLAGE',
  DISTRICT = 'DISTRICT',
}

export enum StrategyStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
  /** Replaced by a newer strategy of the same owner. */
  SUPERSEDED = 'SUPERSEDED',
  /** Its period has ended and nothing has replaced it yet. */
  EXPIRED = 'EXPIRED',
}

export enum TranslationStatus {
  /** Written or checked by a person who knows the language. */
  REVIEWED = 'REVIEWED',
  /** Produced with machine help and not yet checked by a person. */
  MACHINE_ASSISTED = 'MACHINE_ASSISTED',
  /** No text in this language; the reader sees a fallback. */
  MISSING = 'MISSING',
}
