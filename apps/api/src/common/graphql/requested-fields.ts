import { FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function collect(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, fragments, into, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      collect(fragments[selection.name.value]?.selectionSet, fragments, into, seen);
    }
  }
}

/**
 * The names of the fields the operation asks of the object (or list of objects) a resolver returns, through inline
 * fragments and fragment spreads. Lets a list resolver fetch what its items need in one statement for all of them,
 * instead of a field resolver per item.
 */
export function requestedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const fields = new Set<string>();
  const seen = new Set<string>();
  for (const node of info.fieldNodes) collect(node.selectionSet, info.fragments, fields, seen);
  return fields;
}
