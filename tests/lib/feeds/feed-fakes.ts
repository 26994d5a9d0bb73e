// Test helpers for feed fetching: a scripted fetch that records requests. Not a test file itself.

export interface RecordedRequest {
  url: string;
  init: RequestInit | undefined;
  headers: Record<string, string>;
}

export type FakeRoute = (request: RecordedRequest) => Response | Promise<Response>;

export function rssBody(items: { title: string; url: string }[], title = 'Feed'): string {
  const entries = items
    .map((item) => `<item><title>${item.title}</title><link>${item.url}</link><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title>${entries}</channel></rss>`;
}

/** A fetch that answers from `routes` by URL (404 otherwise) and records every request. */
export function createFakeFetch(routes: Record<string, FakeRoute>) {
  const requests: RecordedRequest[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const request = { url, init, headers };
    requests.push(request);
    const route = routes[url];
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    return route(request);
  }) as typeof fetch;
  return { fetch: fetchFn, requests };
}

/** A fetch promise that only settles (rejects) when its signal aborts: a server that never answers. */
export function hangUntilAborted(request: RecordedRequest): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = request.init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted')));
  });
}
