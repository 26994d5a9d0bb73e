// The local outlet web itself (no browser): Host routing, 404s, conditional GET, the proxy side, demo content.

import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BANNER_TEXT } from '../../lib/demo/demo-pages';
import { listExpectedCoverage, startDemoServer, type DemoServer } from '../../lib/demo/demo-site';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function collect(res: http.IncomingMessage): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    res.on('error', reject);
  });
}

/** GET `url` from the local HTTPS/HTTP server, sending its real Host header. */
function get(demo: DemoServer, url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  const options = {
    host: '127.0.0.1',
    port: secure ? demo.server.httpsPort : demo.server.httpPort,
    path: u.pathname + u.search,
    headers: { host: u.host, ...headers },
    servername: u.hostname,
    rejectUnauthorized: false,
  };
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).get(options, (res) => collect(res).then(resolve, reject));
    req.on('error', reject);
  });
}

/** GET an https URL through the proxy side of the HTTP server (CONNECT tunnel), as Firefox does. */
function getViaConnect(demo: DemoServer, url: string): Promise<Answer> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(demo.server.httpPort, '127.0.0.1', () => {
      socket.write(`CONNECT ${u.hostname}:443 HTTP/1.1\r\nHost: ${u.hostname}:443\r\n\r\n`);
    });
    socket.once('data', (chunk: Buffer) => {
      if (!/^HTTP\/1\.1 200/.test(chunk.toString())) return reject(new Error(chunk.toString()));
      const secure = tls.connect({ socket, servername: u.hostname, rejectUnauthorized: false }, () => {
        const req = https.get(
          { createConnection: () => secure, path: u.pathname + u.search, headers: { host: u.host } } as https.RequestOptions,
          (res) => collect(res).then(resolve, reject),
        );
        req.on('error', reject);
      });
      secure.on('error', reject);
    });
    socket.on('error', reject);
  });
}

describe('outlet server', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer({ now: Date.parse('2026-02-04T18:00:00Z') });
  });
  afterAll(async () => {
    await demo.server.stop();
  });

  it('serves demo article pages under the outlet host, marked as demo content, with news metadata', async () => {
    const a = await get(demo, demo.site.mainArticle.url);
    expect(a.status).toBe(200);
    expect(a.body).toContain(DEMO_BANNER_TEXT.replace("'", '&#39;'));
    expect(a.body).toContain('"@type": "NewsArticle"');
    expect(a.body).toContain(`<link rel="canonical" href="${demo.site.mainArticle.url}">`);
    expect(a.body).toMatch(/<h1>Xi and Putin/);
    expect(a.body).toContain('<meta property="article:published_time" content="2026-02-04T14:00:00.000Z">');
  });

  it('answers 404 for any other host or path', async () => {
    expect((await get(demo, 'https://www.theguardian.com/no/such/page')).status).toBe(404);
    expect((await get(demo, 'https://unknown.example.org/')).status).toBe(404);
  });

  it('serves each demo outlet feed at its catalog feed URLs, with conditional GET', async () => {
    const fromCatalog = demo.site.feeds.filter((f) => f.fromCatalog);
    expect(fromCatalog.length).toBeGreaterThanOrEqual(10);
    for (const feed of demo.site.feeds) {
      const url = feed.urls[0] as string;
      const first = await get(demo, url);
      expect(first.status, url).toBe(200);
      expect(first.body, url).toContain('Parallax demo feed');
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^".+"$/);
      expect((await get(demo, url, { 'if-none-match': etag })).status, url).toBe(304);
    }
  });

  it('works as a forward proxy: CONNECT tunnels to HTTPS, absolute URIs are routed', async () => {
    const tunnelled = await getViaConnect(demo, 'https://feeds.bbci.co.uk/news/world/rss.xml');
    expect(tunnelled.status).toBe(200);
    expect(tunnelled.body).toContain('<rss version="2.0"');
    const plain = await new Promise<Answer>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: demo.server.httpPort, path: 'http://rss.cnn.com/rss/edition_world.rss' }, (res) =>
          collect(res).then(resolve, reject),
        )
        .on('error', reject);
    });
    expect(plain.status).toBe(200);
    expect(demo.server.requests.some((r) => r.viaProxy && r.host === 'feeds.bbci.co.uk')).toBe(true);
  });

  it('lets tests add routes (slow and failing feeds)', async () => {
    demo.server.route('https://example-feeds.test/fail.xml', { status: 503, body: 'down' });
    demo.server.route('https://example-feeds.test/slow.xml', { body: '<rss version="2.0"/>', delayMs: 300, contentType: 'application/rss+xml' });
    expect((await get(demo, 'https://example-feeds.test/fail.xml')).status).toBe(503);
    expect((await get(demo, 'https://example-feeds.test/slow.xml')).status).toBe(200);
    demo.server.unroute('https://example-feeds.test/fail.xml');
    expect((await get(demo, 'https://example-feeds.test/fail.xml')).status).toBe(404);
  });

  it('has at least 10 outlets covering the main story, plus several distinct other stories', () => {
    const coverage = listExpectedCoverage(demo.site, demo.site.mainArticle);
    expect(new Set(coverage.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(demo.site.articles.map((a) => a.story)).size).toBeGreaterThanOrEqual(5);
    const headlines = demo.site.articles.map((a) => a.headline);
    expect(new Set(headlines).size).toBe(headlines.length);
  });
});
