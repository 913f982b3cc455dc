import { z } from 'zod';

/** The signed-in user as the workspace shows it. */
export const SessionUser = z.object({
  id: z.string(),
  kind: z.enum(['official', 'citizen', 'system']),
  displayName: z.string(),
  orgUnitName: z.string().optional(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
  /** Signed in with a temporary password: the user should choose a new one. */
  mustChangePassword: z.boolean().optional(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionView = z.object({ user: SessionUser }).meta({ id: 'SessionView' });
export type SessionView = z.infer<typeof SessionView>;
