/**
 * Browser hardening: security headers (helmet) with a Content-Security-Policy the explorer and the docs
 * page satisfy, and a Host allowlist against DNS rebinding — a page of another site whose name is made to
 * resolve to 127.0.0.1 would otherwise read this app's answers as its own origin.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

import { HttpProblem } from './problem.js';

/**
 * What the pages load: scripts only from here (Vite's build has no inline script; Swagger UI's settings
 * are a file, /api/docs/swagger-initializer.js); the layout's web worker from a blob: URL (graphology's
 * supervisor); node pictograms and the favicon as data: images; CodeMirror's and sigma's run-time styles
 * (style elements and attributes); fetches to this origin only; never framed.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // The app is served over plain HTTP on loopback by default: upgrading its requests would break it.
  'upgrade-insecure-requests': null,
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // X-Frame-Options for browsers that predate frame-ancestors.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only over HTTPS is HSTS meaningful, and this app does not terminate TLS itself.
    strictTransportSecurity: false,
  });
}

/** The names `npm start` answers for unless ALLOWED_HOSTS says otherwise: loopback only. */
export const DEFAULT_ALLOWED_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Refuses a request whose `Host` is not on the list with 421 Misdirected Request. An entry without a port
 * allows that name on the port the request arrived at (or no port); `name:port` allows exactly that;
 * `*` allows any Host (behind a proxy that checks it).
 */
export function hostAllowlist(allowed: readonly string[]): RequestHandler {
  const entries = allowed.map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
  const anyHost = entries.includes('*');
  return (req, _res, next) => {
    if (anyHost) return next();
    const host = (req.headers.host ?? '').toLowerCase();
    const { name, port } = splitHost(host);
    const local = String(req.socket.localPort ?? '');
    const ok = entries.some((entry) => {
      const wanted = splitHost(entry);
      if (wanted.name !== name) return false;
      return wanted.port === undefined ? port === undefined || port === local : wanted.port === port;
    });
    if (ok) return next();
    next(
      new HttpProblem(
        421,
        'Host not allowed',
        `This server does not answer for the host "${host.slice(0, 100)}"; set ALLOWED_HOSTS ` +
          `(now ${entries.join(',')}) to the names it is reached by.`,
      ),
    );
  };
}

function splitHost(host: string): { name: string; port: string | undefined } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host);
  if (!match) return { name: host, port: undefined };
  return { name: match[1]!, port: match[2] || undefined };
}
