import { PAGE_SIZE_DEFAULT } from '@medskapa/shared';
import { useCallback, useMemo, useState } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { cursor: string; node: Node }[];
}

export interface LoadMore<Node> {
  nodes: Node[];
  totalCount: number | undefined;
  hasMore: boolean;
  /** True while the first page loads. */
  loading: boolean;
  /** True while a further page loads. */
  loadingMore: boolean;
  error: CombinedError | undefined;
  loadMore(): void;
  /** Loads the pages shown so far again (after a change). */
  refetch(): void;
}

/**
 * A Relay connection shown page by page with "load more": the pages loaded so far stay, the
 * next one is fetched with `after`. Key the calling component by the filters so a new search
 * starts again from the first page.
 */
export function useLoadMore<Data, Variables extends AnyVariables, Node extends { id: string }>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  select: (data: Data) => Connection<Node> | null | undefined,
  pageSize: number = PAGE_SIZE_DEFAULT,
): LoadMore<Node> {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Node[]>([]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query,
    variables: { ...variables, first: pageSize, after } as unknown as Variables,
  });
  const connection = data ? select(data) : undefined;
  const nodes = useMemo(() => {
    const seen = new Set<string>();
    return [...earlier, ...(connection?.edges.map((e) => e.node) ?? [])].filter((node) => {
      if (seen.has(node.id)) return false;
      seen.add(node.id);
      return true;
    });
  }, [earlier, connection]);
  // While the next page loads, urql still shows the previous one: it is not the end yet.
  const loadingMore = fetching && after !== null && earlier.length > 0;

  const loadMore = useCallback(() => {
    if (!connection?.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return;
    setEarlier(nodes);
    setAfter(connection.pageInfo.endCursor);
  }, [connection, nodes]);

  const refetch = useCallback(() => {
    setEarlier([]);
    setAfter(null);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  return {
    nodes,
    totalCount: connection?.totalCount,
    hasMore: !!connection?.pageInfo.hasNextPage && !loadingMore,
    loading: !connection && fetching,
    loadingMore,
    error,
    loadMore,
    refetch,
  };
}
