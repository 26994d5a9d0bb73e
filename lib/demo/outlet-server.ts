// A local web that answers under real outlet host names: an HTTPS and a plain HTTP server on
// ephemeral ports, routing by Host header + path, for the demo (`npm start`) and the e2e tests.
// Node-only (CLI/tests). The HTTP server doubles as a forward proxy (CONNECT + absolute URLs) so
// browsers without a host-resolver flag (Firefox) can be pointed at it. Never reaches the internet.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A canned answer. Bodies get an ETag (sha1) unless `etag: false`; If-None-Match then gives 304. */
export interface RouteResponse {
  status?: number;
  contentType?: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Wait this long before answering (slow feeds). */
  delayMs?: number;
  etag?: boolean;
  /** HTTP date for Last-Modified; If-Modified-Since equal to it gives 304. */
  lastModified?: string;
}

/** Full control: write the response yourself. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

/** What a route answers with: a canned response, a function computing one per request, or a handler. */
export type Route = RouteResponse | (() => RouteResponse) | { handler: RouteHandler };

export interface RequestRecord {
  /** Epoch ms. */
  time: number;
  scheme: 'http' | 'https';
  host: string;
  /** Path + query as requested. */
  path: string;
  method: string;
  status: number;
  /** The request arrived through the proxy side of the HTTP server (absolute URL or CONNECT tunnel). */
  viaProxy: boolean;
}

export interface OutletServer {
  httpsPort: number;
  /** Also a forward proxy: CONNECT host:443 tunnels to the HTTPS server, absolute URLs are routed. */
  httpPort: number;
  /** Adds or replaces a route. `url` is absolute (`https://www.bbc.com/news`); the scheme is ignored
   *  (both servers share routes). With a query the route matches that exact query, without one it
   *  matches any query. */
  route(url: string, route: Route): void;
  unroute(url: string): void;
  hasRoute(url: string): boolean;
  /** Every request seen, oldest first (tests use it to see what the browser fetched). */
  readonly requests: RequestRecord[];
  stop(): Promise<void>;
}

export interface OutletServerOptions {
  routes?: Iterable<[string, Route]>;
  /** Called for every request (e.g. console logging in the demo). */
  onRequest?: (record: RequestRecord) => void;
}

const NOT_FOUND_BODY = '<!doctype html><title>404</title><h1>Not found on the Parallax local web</h1>';
const CERT_DAYS = 2;

/** Route key: lowercase host without port + path (+ '?' + query when given). */
function keyOf(host: string, pathAndQuery: string): string {
  return host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '') + pathAndQuery;
}

function keyOfUrl(url: string): string {
  const u = new URL(url);
  return keyOf(u.host, u.pathname + u.search);
}

function createCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', String(CERT_DAYS),
        '-addext', 'subjectAltName=DNS:localhost', '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function etagOf(body: string | Uint8Array): string {
  return '"' + createHash('sha1').update(body).digest('hex').slice(0, 27) + '"';
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      if (addr && typeof addr === 'object') resolve(addr.port);
      else reject(new Error('no port'));
    });
  });
}

/** Starts both servers (and generates the throwaway certificate with openssl). */
export async function startOutletServer(options: OutletServerOptions = {}): Promise<OutletServer> {
  const routes = new Map<string, Route>();
  for (const [url, route] of options.routes ?? []) routes.set(keyOfUrl(url), route);
  const requests: RequestRecord[] = [];
  const sockets = new Set<net.Socket>();
  const tunnelPorts = new Set<number>();

  function findRoute(host: string, pathAndQuery: string): Route | undefined {
    const exact = routes.get(keyOf(host, pathAndQuery));
    if (exact) return exact;
    const q = pathAndQuery.indexOf('?');
    return q >= 0 ? routes.get(keyOf(host, pathAndQuery.slice(0, q))) : undefined;
  }

  async function handle(scheme: 'http' | 'https', req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let host = req.headers.host ?? '';
    let pathAndQuery = req.url ?? '/';
    // A tunnelled request reaches the HTTPS server from the local port of one of our CONNECT sockets.
    let viaProxy = tunnelPorts.has(req.socket.remotePort ?? -1);
    if (/^https?:\/\//i.test(pathAndQuery)) {
      // Forward-proxy request (absolute URI), e.g. Firefox fetching http://rss.cnn.com/… through us.
      const u = new URL(pathAndQuery);
      host = u.host;
      pathAndQuery = u.pathname + u.search;
      viaProxy = true;
    }
    const record: RequestRecord = {
      time: Date.now(),
      scheme,
      host: host.toLowerCase().replace(/:\d+$/, ''),
      path: pathAndQuery,
      method: req.method ?? 'GET',
      status: 0,
      viaProxy,
    };
    res.on('finish', () => {
      record.status = res.statusCode;
      options.onRequest?.(record);
    });
    requests.push(record);

    const route = findRoute(host, pathAndQuery);
    try {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_BODY);
        return;
      }
      if ('handler' in route) {
        await route.handler(req, res);
        return;
      }
      const answer: RouteResponse = typeof route === 'function' ? route() : route;
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      const body = answer.body ?? '';
      const headers: Record<string, string> = {
        'content-type': answer.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        ...answer.headers,
      };
      const status = answer.status ?? 200;
      if (status === 200 && answer.etag !== false) {
        const etag = etagOf(body);
        headers.etag = etag;
        if (answer.lastModified) headers['last-modified'] = answer.lastModified;
        const inm = req.headers['if-none-match'];
        const ims = req.headers['if-modified-since'];
        const etagHit = inm !== undefined && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
        const dateHit = inm === undefined && ims !== undefined && answer.lastModified === ims;
        if (etagHit || dateHit) {
          res.writeHead(304, { etag, 'cache-control': headers['cache-control'] ?? 'no-cache' });
          res.end();
          return;
        }
      }
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  }

  const { key, cert } = createCertificate();
  const httpsServer = https.createServer({ key, cert }, (req, res) => void handle('https', req, res));
  const httpServer = http.createServer((req, res) => void handle('http', req, res));
  for (const s of [httpsServer, httpServer] as net.Server[]) {
    s.on('connection', (socket: net.Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  }
  // Browsers abort TLS handshakes routinely (preconnects); not an error worth crashing on.
  httpsServer.on('tlsClientError', () => {});

  const httpsPort = await listen(httpsServer);
  const httpPort = await listen(httpServer);

  // Forward-proxy side: CONNECT host:port tunnels to our HTTPS server (port 443) or HTTP server.
  httpServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = /:443$/.test(req.url ?? '') ? httpsPort : httpPort;
    const upstream = net.connect(target, '127.0.0.1', () => {
      const localPort = upstream.localPort;
      if (localPort !== undefined) {
        tunnelPorts.add(localPort);
        upstream.once('close', () => tunnelPorts.delete(localPort));
      }
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    sockets.add(client);
    const close = (): void => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', close);
    client.on('error', close);
    upstream.on('close', () => sockets.delete(upstream));
    client.on('close', () => sockets.delete(client));
  });

  return {
    httpsPort,
    httpPort,
    route(url, route) {
      routes.set(keyOfUrl(url), route);
    },
    unroute(url) {
      routes.delete(keyOfUrl(url));
    },
    hasRoute(url) {
      return routes.has(keyOfUrl(url));
    },
    requests,
    async stop() {
      for (const s of sockets) s.destroy();
      await Promise.all(
        [httpsServer, httpServer].map((s) => new Promise<void>((r) => s.close(() => r()))),
      );
    },
  };
}
