/** Limits per bucket kind: at most `limit` hits per fixed window of `windowSeconds`. */
export const RATE_LIMITS = {
  /** Failed and successful sign-ins, per e-mail address. */
  loginPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Sign-in attempts per client address, to slow credential stuffing across many e-mails. */
  loginPerClient: { limit: 50, windowSeconds: 15 * 60 },
  registerPerClient: { limit: 10, windowSeconds: 60 * 60 },
  passwordResetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  passwordResetPerClient: { limit: 20, windowSeconds: 60 * 60 },
  emailVerificationPerUser: { limit: 5, windowSeconds: 60 * 60 },
  invitationsPerUser: { limit: 50, windowSeconds: 24 * 60 * 60 },
  /** Ideas submitted per person. */
  ideasPerUser: { limit: 10, windowSeconds: 24 * 60 * 60 },
  /** Comments and replies posted per person (edits do not count). */
  commentsPerUser: { limit: 30, windowSeconds: 60 * 60 },
  /** Reports of content (reportContent) per person; a second report of the same content is free. */
  reportsPerUser: { limit: 20, windowSeconds: 60 * 60 },
  /**
   * Wrong voter codes (unknown, used or revoked) per client address. A class votes behind one
   * school NAT, so this allows a few typos per pupil; valid votes never count here.
   */
  voteWrongCodePerClient: { limit: 30, windowSeconds: 10 * 60 },
  /**
   * Wrong voter codes per poll from all addresses together: bounds brute force (see
   * polls/voter-codes.ts). Once passed it stops only the addresses that guessed wrong on this poll
   * within the hour (voteWrongCodeOnPollFromClient), so an attacker cannot pause a poll for the
   * classes that type their codes right.
   */
  voteWrongCodePerPoll: { limit: 300, windowSeconds: 60 * 60 },
  /** Wrong voter codes on one poll from one address; also marks the address for the per-poll limit. */
  voteWrongCodeOnPollFromClient: { limit: 60, windowSeconds: 60 * 60 },
  /** Workshop sign-ups without an account per client address: each sends an e-mail to the address given. */
  workshopSignupsPerClient: { limit: 20, windowSeconds: 60 * 60 },
  /** Messages from a workshop's organizers to those signed up, per workshop. */
  workshopMessagesPerWorkshop: { limit: 10, windowSeconds: 24 * 60 * 60 },
  /**
   * Survey progress saves per client address: the answering page saves after each step and as the
   * respondent types, and a whole class on school wifi shares one address.
   */
  surveySavesPerClient: { limit: 600, windowSeconds: 10 * 60 },
  /** Survey submissions per client address (each token or account submits once anyway). */
  surveySubmitsPerClient: { limit: 120, windowSeconds: 10 * 60 },
  /** Every mutation, per signed-in person or, when signed out, per client address (castVote excepted). */
  writes: { limit: 60, windowSeconds: 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;
