import type { Permission } from '@lienthong/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import type { ActorGrant } from './scope.ts';

/** Whoever makes a request: an official, a citizen, or the system itself (jobs). */
export type Actor = {
  id: string;
  kind: 'official' | 'citizen' | 'system';
  displayName: string;
  /** Roles held, for display; decisions use `permissions`. */
  roles: readonly string[];
  /** The unit the actor acts for in this request, when there is one. */
  unitId?: string;
  orgUnitName?: string;
  /** The union of the grants' permissions: "may do this somewhere" (the route check). */
  permissions: ReadonlySet<Permission>;
  /** Where each permission applies (`unitScope`); services filter records by it. */
  grants: readonly ActorGrant[];
};

/**
 * Resolves the actor of a request from its credentials, or null for an anonymous request.
 * The identity module provides the real one; until it is installed nobody is signed in.
 */
export type Authenticate = (request: FastifyRequest) => Promise<Actor | null>;

export const anonymousOnly: Authenticate = async () => null;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function registerAuthentication(app: FastifyInstance, authenticate: Authenticate): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    request.actor = await authenticate(request);
  });
}

/** The signed-in actor, or AppError('UNAUTHENTICATED'). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** preHandler: 401 for anonymous requests, 403 without the permission. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const actor = actorOf(request);
    if (!can(actor, permission)) throw new AppError('FORBIDDEN');
  };
}

/** Marks a route public on purpose, so that every route states its authorization. */
export async function publicRoute(_request: FastifyRequest, _reply: FastifyReply): Promise<void> {}

/** An actor for work the platform does itself (demo seeding, jobs): no grants, audited by id. */
export function systemActor(id: `system:${string}`, displayName: string): Actor {
  return { id, kind: 'system', displayName, roles: [], permissions: new Set(), grants: [] };
}
