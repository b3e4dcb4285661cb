import { graphql } from '../../../generated';

export const UsersDocument = graphql(`
  query Users {
    users {
      id
      username
      displayName
      role
      active
      email
      unit {
        id
        code
        name
      }
    }
  }
`);

/** The units an officer can be bound to (the picker's list). */
export const UserUnitsDocument = graphql(`
  query UserUnits {
    units {
      id
      code
      name
      kind
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      username
      displayName
      role
      active
      email
      unit {
        id
        code
        name
      }
    }
  }
`);
