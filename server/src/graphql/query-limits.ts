import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest selection nesting (fragments expanded). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Fields selected in one document, fragments expanded: a simple cost measure. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 15, maxCost: 1500 };

/**
 * One validation rule that walks each operation once and refuses documents that
 * are too deep, use too many aliases, or select too many fields. It runs before
 * any resolver, so a refused query costs nothing but the parse.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const totals = { aliases: 0, cost: 0 };
        const depth = measure(operation.selectionSet, fragments, totals, new Set(), limits);
        if (depth > limits.maxDepth) {
          context.reportError(
            limitError(`Query is too deep: ${depth} levels, at most ${limits.maxDepth}`, 'QUERY_TOO_DEEP'),
          );
        } else if (totals.aliases > limits.maxAliases) {
          context.reportError(
            limitError(`Too many aliases: ${totals.aliases}, at most ${limits.maxAliases}`, 'TOO_MANY_ALIASES'),
          );
        } else if (totals.cost > limits.maxCost) {
          context.reportError(
            limitError(`Query is too expensive: ${totals.cost} fields, at most ${limits.maxCost}`, 'QUERY_TOO_COSTLY'),
          );
        }
      },
    };
  };
}

function measure(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  totals: { aliases: number; cost: number },
  visiting: Set<string>,
  limits: QueryLimits,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    // Stop counting early once a limit is blown: a hostile document can be huge.
    if (totals.cost > limits.maxCost || totals.aliases > limits.maxAliases) return deepest;
    if (selection.kind === Kind.FIELD) {
      totals.cost += 1;
      if (selection.alias) totals.aliases += 1;
      const below = selection.selectionSet ? measure(selection.selectionSet, fragments, totals, visiting, limits) : 0;
      deepest = Math.max(deepest, 1 + below);
      if (deepest > limits.maxDepth) return deepest;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, measure(selection.selectionSet, fragments, totals, visiting, limits));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // unknown or cyclic: graphql-js reports it
      visiting.add(name);
      deepest = Math.max(deepest, measure(fragment.selectionSet, fragments, totals, visiting, limits));
      visiting.delete(name);
    }
  }
  return deepest;
}

function limitError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason } });
}
