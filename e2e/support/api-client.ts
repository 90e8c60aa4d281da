/** Talks to the running API directly, as a second actor beside the browser (e.g. an officer reading the outbox). */
export async function apiLogin(baseUrl: string, email: string, password = 'medskapa-demo'): Promise<string> {
  const body = await apiRequest<{ login: { token: string } }>(baseUrl, null, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: password });
  return body.login.token;
}

export async function apiRequest<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The path and query of the first link in the newest e-mail to `address` (read from the outbox as an officer). */
export async function linkFromOutbox(baseUrl: string, address: string): Promise<string> {
  const officer = await apiLogin(baseUrl, 'officer@kalix.example');
  const data = await apiRequest<{ outbox: { edges: Array<{ node: { bodyText: string } }> } }>(
    baseUrl,
    officer,
    `query($to: String!) { outbox(toAddress: $to, first: 1) { edges { node { bodyText } } } }`,
    { to: address },
  );
  const body = data.outbox.edges[0]?.node.bodyText ?? '';
  const url = /(https?:\/\/\S+)/.exec(body)?.[1];
  if (!url) throw new Error(`No link in the e-mail to ${address}: ${body}`);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
