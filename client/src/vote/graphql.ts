/**
 * The voting page's whole GraphQL client: one POST with fetch. The page sends two operations, so
 * urql (and its cache) would only make the bundle bigger for pupils on a weak connection.
 */

/** One `{ path, message }` of a BAD_USER_INPUT error. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The API answered with an error; `code` is its `extensions.code` (BAD_USER_INPUT, NOT_FOUND …). */
export class ApiError extends Error {
  readonly code: string;
  readonly extensions: Record<string, unknown>;

  constructor(message: string, extensions: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.extensions = extensions;
    this.code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  }

  /** `extensions.reason`, e.g. POLL_NOT_OPEN or POLL_CLOSED. */
  get reason(): string | undefined {
    return typeof this.extensions.reason === 'string' ? this.extensions.reason : undefined;
  }

  get fields(): FieldProblem[] {
    return Array.isArray(this.extensions.fields) ? (this.extensions.fields as FieldProblem[]) : [];
  }

  hasFieldProblem(path: string): boolean {
    return this.fields.some((field) => field.path === path);
  }
}

/** No answer at all: offline, DNS, a dropped connection. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The request did not reach the server', { cause });
    this.name = 'NetworkError';
  }
}

/** Something answered, but not with GraphQL (a proxy's 502 page, say). */
export class UnexpectedResponseError extends Error {
  constructor(status: number) {
    super(`Unexpected response (HTTP ${status})`);
    this.name = 'UnexpectedResponseError';
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Sends one operation to /graphql with the session cookie (none is needed to vote; the language
 * cookie is) and resolves with `data`, or rejects with ApiError, NetworkError or
 * UnexpectedResponseError.
 */
export async function requestGraphQL<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new UnexpectedResponseError(response.status);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions ?? {});
  if (!body.data) throw new UnexpectedResponseError(response.status);
  return body.data;
}
