import { graphql } from '../../../generated';

export const DocumentSettingsFieldsFragment = graphql(`
  fragment DocumentSettingsFields on DocumentSettings {
    parentBody
    issuingBody
    issuingSymbol
    councilName
    organiserName
    placeName
    signerAuthority
    signerCapacity
    signerTitle
    signerName
    certificate {
      headingSize
      nameSize
      bodySize
      marginMm
      border
      color
    }
  }
`);

export const DocumentSettingsDocument = graphql(`
  query DocumentSettings {
    documentSettings {
      ...DocumentSettingsFields
    }
  }
`);

export const UpdateDocumentSettingsDocument = graphql(`
  mutation UpdateDocumentSettings($input: UpdateDocumentSettingsInput!) {
    updateDocumentSettings(input: $input) {
      ...DocumentSettingsFields
    }
  }
`);

export const RoundDocumentsDocument = graphql(`
  query RoundDocuments($roundId: ID!) {
    roundNarrative(roundId: $roundId) {
      roundId
      results
      limitations
      directions
    }
    commendationRound(id: $roundId) {
      id
      status
      proposals {
        id
        recipientKind
        status
        unit {
          id
          name
        }
      }
    }
  }
`);

export const UpdateRoundNarrativeDocument = graphql(`
  mutation UpdateRoundNarrative($input: UpdateRoundNarrativeInput!) {
    updateRoundNarrative(input: $input) {
      roundId
      results
      limitations
      directions
    }
  }
`);
