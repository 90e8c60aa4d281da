import { graphql } from '../../graphql/graphql';

/** The signed-in person (or null), for the header, the profile and every permission check. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      emailVerified
      locale
      birthYear
      homePlace {
        id
        name
      }
      municipality {
        id
        slug
        name
      }
      roles
      roleAssignments {
        role
        municipality {
          id
          slug
          name
        }
      }
      verification {
        assuranceLevel
        verifiedAt
      }
    }
  }
`);

/** Municipalities and the places of the chosen one, for the home-place fields. */
export const HomePlaceOptionsQuery = graphql(`
  query HomePlaceOptions($slug: String!) {
    municipalities {
      id
      slug
      name
    }
    places(municipalitySlug: $slug) {
      id
      name
      kind
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        displayName
        locale
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user {
        id
        displayName
        email
      }
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      emailVerified
    }
  }
`);

export const RequestEmailVerificationMutation = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      locale
      birthYear
      homePlace {
        id
        name
      }
      municipality {
        id
        slug
        name
      }
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      expiresAt
      method
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const ExportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount {
    deleteMyAccount
  }
`);

/** Whether e-ID sign-in is offered, and where it starts. */
export const EidLoginQuery = graphql(`
  query EidLogin {
    eidLogin {
      enabled
      displayName
      startUrl
    }
  }
`);
