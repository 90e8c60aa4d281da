import { Route, Routes } from 'react-router';
import { AccountDeletedPage } from '../features/accounts/pages/AccountDeletedPage';
import { ForgotPasswordPage } from '../features/accounts/pages/ForgotPasswordPage';
import { LoginPage } from '../features/accounts/pages/LoginPage';
import { PrivacyPage } from '../features/accounts/pages/PrivacyPage';
import { ProfilePage } from '../features/accounts/pages/ProfilePage';
import { RegisteredPage, RegisterPage } from '../features/accounts/pages/RegisterPage';
import { ResetPasswordPage } from '../features/accounts/pages/ResetPasswordPage';
import { VerifyEmailPage } from '../features/accounts/pages/VerifyEmailPage';
import { AdminIndex, AdminLayout } from '../features/admin/pages/AdminLayout';
import { AnswerTemplatesTab } from '../features/admin/pages/AnswerTemplatesTab';
import { IdeaSettingsTab } from '../features/admin/pages/IdeaSettingsTab';
import { AuditTab } from '../features/admin/pages/AuditTab';
import { OrganizationsTab } from '../features/admin/pages/OrganizationsTab';
import { OutboxTab } from '../features/admin/pages/OutboxTab';
import { RolesTab } from '../features/admin/pages/RolesTab';
import { IdeaPage } from '../features/ideas/pages/IdeaPage';
import { IdeasPage } from '../features/ideas/pages/IdeasPage';
import { NewIdeaPage } from '../features/ideas/pages/NewIdeaPage';
import { NotificationsPage } from '../features/notifications/pages/NotificationsPage';
import { ModerationPage } from '../features/moderation/pages/ModerationPage';
import { MunicipalityListPage } from '../features/municipalities/pages/MunicipalityListPage';
import { MunicipalityStartPage } from '../features/municipalities/pages/MunicipalityStartPage';
import { AcceptInvitationPage } from '../features/organizations/pages/AcceptInvitationPage';
import { NewOrganizationPage } from '../features/organizations/pages/NewOrganizationPage';
import { OrganizationPage } from '../features/organizations/pages/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/pages/OrganizationsPage';
import { PollFormPage } from '../features/polls/pages/PollFormPage';
import { PollPage } from '../features/polls/pages/PollPage';
import { PollsPage } from '../features/polls/pages/PollsPage';
import { PlacePage } from '../features/places/pages/PlacePage';
import { CancelSignupPage } from '../features/workshops/pages/CancelSignupPage';
import { WorkshopFormPage } from '../features/workshops/pages/WorkshopFormPage';
import { WorkshopPage } from '../features/workshops/pages/WorkshopPage';
import { WorkshopsPage } from '../features/workshops/pages/WorkshopsPage';
import { WorkshopCapturePage } from '../features/workshops/capture/WorkshopCapturePage';
import { DialogueFormPage } from '../features/dialogues/pages/DialogueFormPage';
import { DialoguePage } from '../features/dialogues/pages/DialoguePage';
import { DialoguesPage } from '../features/dialogues/pages/DialoguesPage';
import { SurveyBuilderPage } from '../features/surveys/pages/SurveyBuilderPage';
import { SurveyPage } from '../features/surveys/pages/SurveyPage';
import { SurveyResultsPage } from '../features/surveys/pages/SurveyResultsPage';
import { PlacesPage } from '../features/places/pages/PlacesPage';
import { AreaPage } from '../features/strategies/pages/AreaPage';
import { NotFoundPage } from '../ui/NotFound';
import { Layout } from './Layout';

/** The routes; the router itself (browser or memory) comes from the caller. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<MunicipalityListPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="register/check-email" element={<RegisteredPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="profile" element={<ProfilePage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="account-deleted" element={<AccountDeletedPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="organizations">
          <Route index element={<OrganizationsPage />} />
          <Route path="new" element={<NewOrganizationPage />} />
          <Route path=":id" element={<OrganizationPage />} />
        </Route>
        <Route path="invitations/accept" element={<AcceptInvitationPage />} />
        <Route path="workshops/cancel-signup" element={<CancelSignupPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<AdminIndex />} />
          <Route path="roles" element={<RolesTab />} />
          <Route path="organizations" element={<OrganizationsTab />} />
          <Route path="audit" element={<AuditTab />} />
          <Route path="outbox" element={<OutboxTab />} />
          <Route path="answer-templates" element={<AnswerTemplatesTab />} />
          <Route path="idea-settings" element={<IdeaSettingsTab />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path=":slug">
          <Route index element={<MunicipalityStartPage />} />
          <Route path="areas/:code" element={<AreaPage />} />
          <Route path="places" element={<PlacesPage />} />
          <Route path="moderation" element={<ModerationPage />} />
          <Route path="ideas">
            <Route index element={<IdeasPage />} />
            <Route path="new" element={<NewIdeaPage />} />
            <Route path=":id" element={<IdeaPage />} />
          </Route>
          <Route path="workshops">
            <Route index element={<WorkshopsPage />} />
            <Route path="new" element={<WorkshopFormPage />} />
            <Route path=":id" element={<WorkshopPage />} />
            <Route path=":id/edit" element={<WorkshopFormPage />} />
            <Route path=":id/capture" element={<WorkshopCapturePage />} />
          </Route>
          <Route path="places/:placeId" element={<PlacePage />} />
          <Route path="polls">
            <Route index element={<PollsPage />} />
            <Route path="new" element={<PollFormPage />} />
            <Route path=":id" element={<PollPage />} />
            <Route path=":id/edit" element={<PollFormPage />} />
          </Route>
          <Route path="dialogues">
            <Route index element={<DialoguesPage />} />
            <Route path="new" element={<DialogueFormPage />} />
            <Route path=":id" element={<DialoguePage />} />
            <Route path=":id/edit" element={<DialogueFormPage />} />
          </Route>
          <Route path="surveys">
            <Route path="new" element={<SurveyBuilderPage />} />
            <Route path=":id" element={<SurveyPage />} />
            <Route path=":id/edit" element={<SurveyBuilderPage />} />
            <Route path=":id/results" element={<SurveyResultsPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
