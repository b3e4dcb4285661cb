import { graphql } from '../../../generated';

export const UnitsDocument = graphql(`
  query Units {
    units {
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
      sortOrder
      isDemo
    }
  }
`);

export const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
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
      sortOrder
      isDemo
    }
  }
`);

export const UpdateUnitDocument = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
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
      sortOrder
      isDemo
    }
  }
`);

export const DeleteUnitDocument = graphql(`
  mutation DeleteUnit($id: ID!) {
    deleteUnit(id: $id)
  }
`);

export const ImportUnitsDocument = graphql(`
  mutation ImportUnits($input: ImportUnitsInput!) {
    importUnits(input: $input) {
      ok
      created
      updated
      errors {
        line
        column
        reason
        message
      }
    }
  }
`);
