/**
 * Network states for the `src` stories that behave the same under `storybook dev`, a static
 * Storybook on any server, and the smoke test: requests to `/__story__/…` never leave the page.
 *
 *   /__story__/never/<name>  the request never answers (until the element aborts it)
 *   /__story__/404/<name>    the server answers 404 Not Found
 *
 * Everything else goes to the real `fetch`. Only stories use these paths; the elements cannot
 * tell the difference from a real slow or failing server, which is what the stories show.
 */
const PREFIX = '/__story__/';

export const storyUrl = {
  never: (name: string) => `${PREFIX}never/${name}`,
  notFound: (name: string) => `${PREFIX}404/${name}`,
};

/** A blob: URL of a file with `text`: the real `src` path (fetch, size cap, parse) without a server. */
export function fileUrl(text: string): string {
  return URL.createObjectURL(new Blob([text], {type: 'application/json'}));
}

export const jsonUrl = (report: unknown): string => fileUrl(JSON.stringify(report));

function pathOf(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url, location.href).pathname;
}

function never(signal?: AbortSignal | null): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')), {
      once: true,
    });
  });
}

export function installStoryFetch(): void {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const path = pathOf(input);
    if (!path.startsWith(PREFIX)) return realFetch(input, init);
    if (path.startsWith(`${PREFIX}never/`)) return never(init?.signal);
    return Promise.resolve(new Response('Not found', {status: 404, statusText: 'Not Found'}));
  };
}
