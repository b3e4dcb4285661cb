import { graphql } from '../../../generated';

/** How an entry's value scores: the rule and its figures (the shared ScoreExplanation). */
export const ScoreExplanationFieldsFragment = graphql(`
  fragment ScoreExplanationFields on ScoreExplanation {
    rule
    score
    maxPoints
    points
    done
    value
    target
    capped
    count
    perItemPoints
    sharePercent
    comparison
    step {
      atLeast
      points
    }
    lowest {
      atLeast
      points
    }
    population
    populationKind
    ratePercent
    unitRate
    wardRate
    actual
    best
  }
`);

/** The figures an entry scores by besides its value: a RATE's population, the explanations. */
export const EntryFiguresFieldsFragment = graphql(`
  fragment EntryFiguresFields on ScoreEntry {
    reviewedValue
    unitTarget
    blockBest
    population {
      kind
      size
      source
    }
    explanation {
      ...ScoreExplanationFields
    }
    reviewedExplanation {
      ...ScoreExplanationFields
    }
  }
`);
