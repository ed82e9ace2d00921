// getUser and getUsers, written by hand: users are no resource of this SDK
// (Portkey refuses a PUT that keeps the role, so the Terraform provider has no
// user resource either), and their list pages with camelCase
// `pageSize`/`currentPage`. spec/portkey/user-invite.ts names them as `custom`
// data sources.
import { camel } from "../../spec/core/types";
import { mapKeys } from "../../provider/core/wire";
import { outputOf } from "../core/data-source";
import { programClient } from "../core/client";

export interface User {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  /** Organisation role: `owner`, `admin` or `member`. */
  role: string;
  workspaceIds?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export interface GetUsersArgs {
  /** Only users with this organisation role: `owner`, `admin` or `member`. */
  role?: string;
  /** Only the user with this email. */
  email?: string;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 1000;

function toUser(raw: Record<string, unknown>): User {
  const { lastUpdatedAt, object: _o, ...rest } = mapKeys(raw, camel) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...rest, ...(lastUpdatedAt ? { updatedAt: lastUpdatedAt } : {}) };
  for (const [k, v] of Object.entries(out)) if (v === null || v === "") delete out[k];
  return out as unknown as User;
}

/** One user of the organisation, by id. */
export async function getUser(args: { id: string }): Promise<User> {
  return toUser(await programClient("portkey").get<Record<string, unknown>>(`/admin/users/${encodeURIComponent(args.id)}`));
}

/** The users of the organisation, every page of them, narrowed by role or email. */
export async function getUsers(args: GetUsersArgs = {}): Promise<{ total: number; users: User[] }> {
  const client = programClient("portkey");
  const filters = Object.fromEntries(Object.entries({ role: args.role, email: args.email }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const users: User[] = [];
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.get<Record<string, unknown>>("/admin/users", { query: { ...filters, pageSize: PAGE_SIZE, currentPage: page } });
    const batch = (Array.isArray(res.data) ? res.data : []) as Record<string, unknown>[];
    users.push(...batch.map(toUser));
    total = typeof res.total === "number" ? res.total : users.length;
    if (batch.length === 0 || users.length >= total) break;
  }
  return { total, users };
}

export const getUserOutput = outputOf<{ id: string }, User>(getUser);
export const getUsersOutput = outputOf<GetUsersArgs, { total: number; users: User[] }>(getUsers);
