import type { Permission } from '@lienthong/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';

/** One role an actor holds: where (an org unit, or null = the whole platform) and how far. */
export type ActorGrant = {
  role: string;
  /** null: the grant applies everywhere (system roles). */
  orgUnitId: string | null;
  /** 'unit': that unit only; 'subtree': that unit and every unit below it. */
  scope: 'unit' | 'subtree';
  permissions: ReadonlySet<Permission>;
};

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

/**
 * What a route requires, stated once on the route as its `preHandler` (app.ts refuses /api/v1
 * routes without one and runs it before validation, so that an anonymous or unauthorised caller
 * learns nothing from validation errors). The authorization matrix test reads these rules.
 */
export type AuthorizationRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; actorKinds?: readonly Actor['kind'][] }
  | { kind: 'permission'; anyOf: readonly Permission[] };

export type AuthorizationCheck = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

const RULES = new WeakMap<AuthorizationCheck, AuthorizationRule>();

/** Registers `check` as an authorization check with its rule. */
export function authorization(rule: AuthorizationRule, check: AuthorizationCheck): AuthorizationCheck {
  RULES.set(check, rule);
  return check;
}

/** The rule of an authorization check, or undefined for any other function. */
export function ruleOf(handler: unknown): AuthorizationRule | undefined {
  return typeof handler === 'function' ? RULES.get(handler as AuthorizationCheck) : undefined;
}

/** 401 for anonymous requests, 403 without any of the permissions. */
export function requirePermission(...anyOf: [Permission, ...Permission[]]): AuthorizationCheck {
  return authorization({ kind: 'permission', anyOf }, async (request) => {
    const actor = actorOf(request);
    if (!anyOf.some((permission) => can(actor, permission))) throw new AppError('FORBIDDEN');
  });
}

/** Any signed-in actor (401 otherwise), optionally of some kinds only (403 for the others). */
export function requireActor(...actorKinds: Actor['kind'][]): AuthorizationCheck {
  return authorization(
    actorKinds.length > 0 ? { kind: 'signed-in', actorKinds } : { kind: 'signed-in' },
    async (request) => {
      const actor = actorOf(request);
      if (actorKinds.length > 0 && !actorKinds.includes(actor.kind)) throw new AppError('FORBIDDEN');
    },
  );
}

/** Marks a route public on purpose, so that every route states its authorization. */
export const publicRoute: AuthorizationCheck = authorization({ kind: 'public' }, async () => {});

/** An actor for work the platform does itself (demo seeding, jobs): no grants, audited by id. */
export function systemActor(id: `system:${string}`, displayName: string): Actor {
  return { id, kind: 'system', displayName, roles: [], permissions: new Set(), grants: [] };
}
