import { graphql } from '../../../generated';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        username
        displayName
        role
        unit {
          id
          code
          name
        }
      }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut($input: SignOutInput!) {
    signOut(input: $input)
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      unit {
        id
        code
        name
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      user {
        id
        username
        displayName
        role
        unit {
          id
          code
          name
        }
      }
    }
  }
`);

export const SignInEventsDocument = graphql(`
  query SignInEvents($filter: SignInEventsFilter) {
    signInEvents(filter: $filter) {
      total
      items {
        id
        createdAt
        username
        userId
        address
        userAgent
        outcome
      }
    }
  }
`);
