import { graphql } from '../../../generated';

export const CommendationFormFieldsFragment = graphql(`
  fragment CommendationFormFields on CommendationForm {
    id
    code
    name
    recipientKind
    authority
    period
    legalBasis
    unitKinds
    quotaPercent
    quotaOfFormCode
    quotaMinimum
    postingDays
    approvalPercent
    secretBallot
    certificateHeading
    active
    position
    updatedAt
    conditions {
      id
      kind
      label
      value
      formCode
      populationKind
      strict
      evidenceRequired
    }
  }
`);

export const CommendationFormsDocument = graphql(`
  query CommendationForms($includeInactive: Boolean) {
    commendationForms(includeInactive: $includeInactive) {
      ...CommendationFormFields
    }
  }
`);

export const CreateCommendationFormDocument = graphql(`
  mutation CreateCommendationForm($input: CreateCommendationFormInput!) {
    createCommendationForm(input: $input) {
      ...CommendationFormFields
    }
  }
`);

export const UpdateCommendationFormDocument = graphql(`
  mutation UpdateCommendationForm($input: UpdateCommendationFormInput!) {
    updateCommendationForm(input: $input) {
      ...CommendationFormFields
    }
  }
`);
