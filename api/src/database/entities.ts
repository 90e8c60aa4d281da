import { Municipality } from '../modules/municipalities/municipality.entity';
import { Region } from '../modules/municipalities/region.entity';
import { Place } from '../modules/places/place.entity';
import { Goal } from '../modules/strategies/goal.entity';
import { StrategicArea } from '../modules/strategies/strategic-area.entity';
import { Strategy } from '../modules/strategies/strategy.entity';

import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Session } from '../modules/auth/session.entity';
import { UserToken } from '../modules/auth/user-token.entity';
import { Idea, IdeaGoal, IdeaPlace, IdeaReferenceCounter, IdeaSupport } from '../modules/ideas/idea.entity';
import { Comment } from '../modules/comments/comment.entity';
import { IdeaEvent } from '../modules/ideas/idea-event.entity';
import { AnswerTemplate } from '../modules/idea-answers/answer-template.entity';
import { IdeaResponse } from '../modules/idea-answers/idea-response.entity';
import { UserBlock } from '../modules/moderation/user-block.entity';
import { Report } from '../modules/moderation/report.entity';
import { IdeaFollow, Notification, NotificationPreference } from '../modules/notifications/notification.entity';
import { EidLoginAttempt } from '../modules/eid/eid-login-attempt.entity';
import { OutboxMessage } from '../modules/mail/outbox-message.entity';
import { Membership } from '../modules/organizations/membership.entity';
import { OrganizationInvitation } from '../modules/organizations/organization-invitation.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { RateLimitCounter } from '../modules/rate-limits/rate-limit-counter.entity';
import { RoleAssignment } from '../modules/users/role-assignment.entity';
import { User } from '../modules/users/user.entity';
import { Poll, PollGoal, PollOption, Vote, VoterCode, VoterCodeBatch } from '../modules/polls/poll.entity';
import {
  Workshop,
  WorkshopAttachment,
  WorkshopGoal,
  WorkshopInput,
  WorkshopInputGoal,
  WorkshopOutcomeSubmission,
  WorkshopParticipantCount,
  WorkshopSignup,
} from '../modules/workshops/workshop.entity';
import { Dialogue, DialogueDecision, DialogueFollow, DialogueGoal, DialoguePhase, DialoguePlace } from '../modules/dialogues/dialogue.entity';
import { Survey } from '../modules/surveys/survey.entity';
import { SurveyHiddenAnswer, SurveyResponse } from '../modules/survey-responses/survey-response.entity';

export const ALL_ENTITIES = [
  Region,
  Municipality,
  Strategy,
  StrategicArea,
  Goal,
  Place,
  User,
  RoleAssignment,
  Session,
  UserToken,
  OutboxMessage,
  AuditEvent,
  RateLimitCounter,
  Organization,
  Membership,
  OrganizationInvitation,
  EidLoginAttempt,
  Idea,
  IdeaGoal,
  IdeaPlace,
  IdeaSupport,
  IdeaReferenceCounter,
  IdeaEvent,
  IdeaResponse,
  AnswerTemplate,
  Comment,
  IdeaFollow,
  Notification,
  NotificationPreference,
  UserBlock,
  Report,
  Poll,
  PollOption,
  PollGoal,
  Workshop,
  WorkshopGoal,
  WorkshopSignup,
  WorkshopParticipantCount,
  WorkshopInput,
  WorkshopInputGoal,
  WorkshopAttachment,
  WorkshopOutcomeSubmission,
  VoterCodeBatch,
  VoterCode,
  Vote,
  Dialogue,
  DialoguePhase,
  DialogueGoal,
  DialoguePlace,
  DialogueDecision,
  DialogueFollow,
  Survey,
  SurveyResponse,
  SurveyHiddenAnswer,
];
