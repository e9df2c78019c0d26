/**
 * Who may import over HTTP, dry runs included (a dry run reads the graph's whole record of every item a
 * request names). With IMPORT_TOKEN set, a request must carry it as `Authorization: Bearer <token>`:
 * 401 without it, 403 with another. Without a token, imports are open only while the app listens on a
 * loopback address (HOST), where only this machine reaches it; on any other address they are refused.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import type { Request, Response } from 'express';

import { HttpProblem } from '../../http/problem.js';

export interface ImportAccess {
  /** IMPORT_TOKEN, when set. */
  token: string | undefined;
  /** Whether HOST is a loopback address. */
  listensOnLoopback: boolean;
}

/** Imports refused to everyone: for route declarations listed without an app (the documentation). */
export const IMPORTS_CLOSED: ImportAccess = { token: undefined, listensOnLoopback: false };

/** `127.0.0.0/8`, `::1` and `localhost`: addresses no other machine can reach. */
export function isLoopback(host: string): boolean {
  const address = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return address === 'localhost' || address === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(address);
}

export function importAccess(settings: { IMPORT_TOKEN?: string | undefined; HOST: string }): ImportAccess {
  return { token: settings.IMPORT_TOKEN, listensOnLoopback: isLoopback(settings.HOST) };
}

/** What `npm start` says about imports when it starts. */
export function describeImportAccess(access: ImportAccess, host: string): string {
  if (access.token !== undefined) return 'Imports over HTTP (POST /api/import) need the IMPORT_TOKEN.';
  if (access.listensOnLoopback) {
    return `Imports over HTTP (POST /api/import) are open without a token: the app listens on ${host} only; set IMPORT_TOKEN to require one.`;
  }
  return `Imports over HTTP (POST /api/import) are refused: the app listens on ${host}, beyond this machine, and IMPORT_TOKEN is not set.`;
}

/** Digests of equal length, so the comparison takes the same time whatever the token's length. */
const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The guard of the import route: runs before the body is read, and throws its refusal. */
export function authorizeImport(access: ImportAccess): (req: Request, res: Response) => void {
  const expected = access.token === undefined ? null : digest(access.token);
  return (req, res) => {
    if (expected === null) {
      if (access.listensOnLoopback) return;
      throw new HttpProblem(
        403,
        'Imports closed',
        'Imports over HTTP are closed: the app listens beyond this machine (HOST) and IMPORT_TOKEN is not set.',
      );
    }
    const given = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
    if (given === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="import"');
      throw new HttpProblem(
        401,
        'Token required',
        'Imports need the import token (IMPORT_TOKEN) as `Authorization: Bearer <token>`.',
      );
    }
    if (!timingSafeEqual(digest(given), expected)) {
      throw new HttpProblem(403, 'Wrong token', 'The bearer token is not the import token.');
    }
  };
}
