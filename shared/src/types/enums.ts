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

/** Roles within one municipality. RESIDENT is implicit for every account; the others are granted. */
export enum Role {
  RESIDENT = 'RESIDENT',
  MODERATOR = 'MODERATOR',
  OFFICER = 'OFFICER',
  ADMIN = 'ADMIN',
}

/** Each role includes the powers of those before it: ADMIN ⊃ OFFICER ⊃ MODERATOR ⊃ RESIDENT. */
export const ROLE_RANK: Record<Role, number> = {
  [Role.RESIDENT]: 0,
  [Role.MODERATOR]: 1,
  [Role.OFFICER]: 2,
  [Role.ADMIN]: 3,
};

/** How sure we are of who a person is (eIDAS levels of assurance, as Swedish e-ID brokers report them). */
export enum AssuranceLevel {
  LOW = 'LOW',
  SUBSTANTIAL = 'SUBSTANTIAL',
  HIGH = 'HIGH',
}

export enum OrganizationKind {
  VILLAGE_ASSOCIATION = 'VILLAGE_ASSOCIATION',
  HEMBYGDSFORENING = 'HEMBYGDSFORENING',
  FOLKETS_HUS = 'FOLKETS_HUS',
  YOUTH_COUNCIL = 'YOUTH_COUNCIL',
  SCHOOL_COUNCIL = 'SCHOOL_COUNCIL',
  OTHER = 'OTHER',
}

export enum OrganizationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum MembershipRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}

/** An officer's decision on an organization waiting for review. */
export enum OrganizationReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

export enum IdeaStatus {
  PUBLISHED = 'PUBLISHED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ANSWERED = 'ANSWERED',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
  NOT_PLANNED = 'NOT_PLANNED',
  HIDDEN = 'HIDDEN',
}

export enum IdeaOrder {
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  MOST_DISCUSSED = 'MOST_DISCUSSED',
  /** Best match to filter.search first; only with a search. */
  RELEVANCE = 'RELEVANCE',
}
