import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const NOT_SPA = /^\/(api|healthz|readyz|metrics)(\/|$)/;

/**
 * Serves the built web app: hashed assets with long caching, and index.html for every
 * other GET that asks for a page (client-side routes of the portal and the workspace).
 * Returns false when there is no build, so the caller can say so.
 */
export async function registerSpa(app: FastifyInstance, dist: string): Promise<boolean> {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root: dist,
    // Without a wildcard, the files present at start are each registered as a route.
    wildcard: false,
    index: false,
    setHeaders: (reply, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

/** True when a not-found request should get the SPA's index.html instead of a 404 problem. */
export function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (NOT_SPA.test(request.url)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

export function sendIndex(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
