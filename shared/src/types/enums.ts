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

/** What happened to an idea, as kept on its timeline. */
export enum IdeaEventKind {
  SUBMITTED = 'SUBMITTED',
  /** The support threshold was reached (data: { supportCount, threshold }). */
  THRESHOLD_REACHED = 'THRESHOLD_REACHED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ANSWERED = 'ANSWERED',
  /** A council decision was recorded (data: { body, meetingDate, paragraph, diaryNumber, url }). */
  DECIDED = 'DECIDED',
  HIDDEN = 'HIDDEN',
  RESTORED = 'RESTORED',
}

export enum CommentStatus {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
}

/** What a notification is about; the client renders each kind from the i18n catalogue. */
export enum NotificationKind {
  /** Someone commented on an idea you follow. */
  IDEA_COMMENTED = 'IDEA_COMMENTED',
  /** Someone replied to your comment. */
  COMMENT_REPLIED = 'COMMENT_REPLIED',
  /** The status of an idea you follow changed. */
  IDEA_STATUS_CHANGED = 'IDEA_STATUS_CHANGED',
  /** The municipality answered an idea you follow. */
  IDEA_ANSWERED = 'IDEA_ANSWERED',
  /** A council decision was recorded for an idea you follow. */
  IDEA_DECIDED = 'IDEA_DECIDED',
  /** For officers: an idea reached the support threshold (or is exempt from it) and waits for review. */
  IDEA_NEEDS_REVIEW = 'IDEA_NEEDS_REVIEW',
  /** Your idea or comment was hidden by a moderator (data: { reason }). */
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  /** Your idea or comment was restored by a moderator (data: { reason }). */
  CONTENT_RESTORED = 'CONTENT_RESTORED',
  /** You may not post until a date (data: { until, reason }). */
  POSTING_BLOCKED = 'POSTING_BLOCKED',
  /** A survey was published in a dialogue you follow (data: { surveyId }). */
  DIALOGUE_SURVEY_PUBLISHED = 'DIALOGUE_SURVEY_PUBLISHED',
  /** A dialogue you follow published its återkoppling (what we heard, what happens now). */
  DIALOGUE_FEEDBACK_PUBLISHED = 'DIALOGUE_FEEDBACK_PUBLISHED',
}

export enum ReportTargetType {
  IDEA = 'IDEA',
  COMMENT = 'COMMENT',
  WORKSHOP_INPUT = 'WORKSHOP_INPUT',
}

export enum ReportReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  PERSONAL_DATA = 'PERSONAL_DATA',
  OFF_TOPIC = 'OFF_TOPIC',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  /** A moderator hid the content (the report was upheld). */
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
  /** Hidden content was restored after review. */
  RESTORED = 'RESTORED',
}

export enum ModerationAction {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
}

/** A youth poll's phase, computed from its opening and closing times. */
export enum PollStatus {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Age groups in which workshop participants are counted (no one is asked for a birth date). */
export enum AgeGroup {
  AGE_0_15 = 'AGE_0_15',
  AGE_16_25 = 'AGE_16_25',
  AGE_26_45 = 'AGE_26_45',
  AGE_46_65 = 'AGE_46_65',
  AGE_66_PLUS = 'AGE_66_PLUS',
}

/** Gender as counted at a workshop: woman, man, or other/unstated (one bucket, never asked further). */
export enum ParticipantGender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  OTHER_OR_UNSTATED = 'OTHER_OR_UNSTATED',
}

/**
 * Where a workshop's outcome stands: NONE until a facilitator records something, DRAFT while the
 * organizer reviews it, PUBLISHED once the inputs count as contributions.
 */
export enum WorkshopOutcomeStatus {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** A workshop input: DRAFT until the organizer publishes the outcome, HIDDEN by a moderator. */
export enum WorkshopInputStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

/** Where a dialogue stands: DRAFT (officers only), OPEN (public, taking input), CLOSED (no more input), REPORTED (återkoppling published). */
export enum DialogueStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  REPORTED = 'REPORTED',
}

/** The phases of a medborgardialog, in order (the participation ladder of SKR's model). */
export enum DialoguePhaseKind {
  INFORM = 'INFORM',
  COLLECT = 'COLLECT',
  ANALYSE = 'ANALYSE',
  FEEDBACK = 'FEEDBACK',
}

/** Whom a dialogue especially wants to hear. */
export enum DialogueTargetGroup {
  RESIDENTS = 'RESIDENTS',
  YOUNG_PEOPLE = 'YOUNG_PEOPLE',
  OLDER_PEOPLE = 'OLDER_PEOPLE',
  ASSOCIATIONS = 'ASSOCIATIONS',
  BUSINESSES = 'BUSINESSES',
  NEWCOMERS = 'NEWCOMERS',
  NATIONAL_MINORITIES = 'NATIONAL_MINORITIES',
  VISITORS = 'VISITORS',
}

export enum SurveyQuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  SCALE = 'SCALE',
  FREE_TEXT = 'FREE_TEXT',
  RANKING = 'RANKING',
  PLACE = 'PLACE',
  GOAL = 'GOAL',
}

/** DRAFT while the builder edits it; PUBLISHED freezes the questions; CLOSED takes no more responses. */
export enum SurveyStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

/** ANONYMOUS: anyone, once per browser (a token) and once per account when signed in; SIGNED_IN: only signed-in people, once per account. */
export enum SurveyResponseMode {
  ANONYMOUS = 'ANONYMOUS',
  SIGNED_IN = 'SIGNED_IN',
}

export enum SurveyResponseStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
}
