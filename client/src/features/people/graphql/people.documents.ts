import { graphql } from '../../../generated';

export const SavePopulationKindDocument = graphql(`
  mutation SavePopulationKind($input: PopulationKindInput!) {
    savePopulationKind(input: $input) {
      code
      labelVi
      labelEn
      household
      sortOrder
      active
    }
  }
`);

export const RosterUnitDocument = graphql(`
  query RosterUnit($id: ID!) {
    unit(id: $id) {
      id
      code
      name
      kind
      parentId
      populationKind
      populations {
        kind
        size
        source
        rosterSize
        declared
      }
    }
  }
`);

export const PeopleUnitsDocument = graphql(`
  query PeopleUnits {
    units {
      id
      code
      name
      kind
      parentId
      sortOrder
    }
  }
`);

export const PeopleDocument = graphql(`
  query People($filter: PeopleFilterInput!) {
    people(filter: $filter) {
      total
      items {
        id
        unitId
        unit {
          id
          code
          name
        }
        kind
        fullName
        birthDate
        birthYear
        subUnit
        phoneMasked
        personalCode
        erased
        createdAt
        updatedAt
      }
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
    }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!, $reason: String!) {
    deletePerson(id: $id, reason: $reason)
  }
`);

export const RegeneratePersonalCodeDocument = graphql(`
  mutation RegeneratePersonalCode($id: ID!) {
    regeneratePersonalCode(id: $id) {
      id
      personalCode
    }
  }
`);

export const ImportRosterDocument = graphql(`
  mutation ImportRoster($input: ImportRosterInput!) {
    importRoster(input: $input) {
      ok
      created
      updated
      unchanged
      errors {
        line
        column
        reason
        message
      }
    }
  }
`);

export const RevealPersonPhoneDocument = graphql(`
  mutation RevealPersonPhone($id: ID!) {
    revealPersonPhone(id: $id)
  }
`);

export const PersonDataExportDocument = graphql(`
  query PersonDataExport($id: ID!) {
    personDataExport(id: $id)
  }
`);

export const ErasePersonDocument = graphql(`
  mutation ErasePerson($id: ID!, $reason: String!) {
    erasePerson(id: $id, reason: $reason)
  }
`);

export const PrivacySettingsDocument = graphql(`
  query PrivacySettings {
    privacySettings {
      retentionMonths
    }
  }
`);

export const SavePrivacySettingsDocument = graphql(`
  mutation SavePrivacySettings($input: PrivacySettingsInput!) {
    savePrivacySettings(input: $input) {
      retentionMonths
    }
  }
`);

export const PurgeExpiredPersonalDataDocument = graphql(`
  mutation PurgeExpiredPersonalData($dryRun: Boolean!) {
    purgeExpiredPersonalData(dryRun: $dryRun) {
      people
      entrants
      players
    }
  }
`);

export const DataAuditDocument = graphql(`
  query DataAudit($filter: DataAuditFilterInput!) {
    dataAudit(filter: $filter) {
      id
      action
      subjectType
      subjectId
      unitId
      actorId
      actorName
      at
      details
    }
  }
`);

export const PersonRecordDocument = graphql(`
  query PersonRecord($id: ID!) {
    personRecord(id: $id) {
      person {
        id
        unitId
        unit {
          id
          code
          name
        }
        kind
        fullName
        birthDate
        birthYear
        subUnit
        phoneMasked
        personalCode
        erased
        createdAt
        updatedAt
      }
      games {
        gameId
        title
        playedAt
        score
        rank
        players
        answered
      }
      contests {
        contestId
        title
        attempts
        bestScore
        maxScore
        prize
        disqualified
      }
    }
  }
`);
