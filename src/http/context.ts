// What every route handler can reach: the database, the config, and the caller.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import type { FileStore } from '../storage/files.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionTokenHash: string | null;
    /** CSRF token of the cookie session, for /auth/session to hand back after a reload. */
    csrfToken: string | null;
  }
  interface FastifyInstance {
    apiRoutes: { method: string; url: string }[];
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health). */
    public?: boolean;
    /** Reachable while the account must still change its password. */
    allowPasswordChangePending?: boolean;
    /** Writes here never change anyone's roles, posts or sessions, so cached sessions stay valid. */
    actorNeutral?: boolean;
  }
}

export interface AppContext {
  db: Db;
  config: Config;
  /** Evidence files (local disk or an S3-compatible bucket). */
  files: FileStore;
  /** This server process (`Database.processId`), recorded on the background work it runs. */
  processId: string;
}

/** The caller, or 401. Routes call this first; the policy layer decides the rest. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Sesi Anda sudah berakhir. Silakan masuk kembali.');
  return req.actor;
}
