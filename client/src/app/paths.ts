/** Every address of the client, in one place. */
export const paths = {
  home: () => '/',
  municipality: (slug: string) => `/${encodeURIComponent(slug)}`,
  area: (slug: string, code: string) => `/${encodeURIComponent(slug)}/areas/${encodeURIComponent(code)}`,
  places: (slug: string) => `/${encodeURIComponent(slug)}/places`,
};

