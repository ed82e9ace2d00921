// The organisation's users: GET /v1/admin/users (camelCase pageSize/currentPage,
// filters role and email) and GET /v1/admin/users/{id}. They are managed in
// Portkey's dashboard, not through these resources; members and invites refer
// to them. The emulator starts with three, with fixed ids, so programs and
// tests can name them; the owner holds the emulator's API key.
import { notFound } from "../errors";
import { Router } from "../router";
import { camelPage } from "./user-invite";
import { Bag, Portkey } from "./state";

export interface UserRec {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: "owner" | "admin" | "member";
  created_at: string;
}

const JOINED = "2026-01-01T00:00:00.000Z";

export const SEEDED_USERS: readonly UserRec[] = [
  { id: "75736572-0000-4000-8000-00000000000a", email: "owner@example.test", first_name: "Olga", last_name: "Owner", role: "owner", created_at: JOINED },
  { id: "75736572-0000-4000-8000-00000000000b", email: "ana@example.test", first_name: "Ana", last_name: "Admin", role: "admin", created_at: JOINED },
  { id: "75736572-0000-4000-8000-00000000000c", email: "max@example.test", first_name: "Max", last_name: "Member", role: "member", created_at: JOINED },
];

/** The users table, filled with the seeded users on first use (after every reset). */
export function users(pk: Portkey) {
  const table = pk.table<UserRec>("users");
  if (!Object.keys(table).length) for (const u of SEEDED_USERS) table[u.id] = { ...u };
  return table;
}

function all(pk: Portkey): Bag[] {
  return Object.values(users(pk)).map((u) => ({ object: "user", ...u, last_updated_at: u.created_at, workspace_ids: [] }) as Bag);
}

export function userRoutes(r: Router, pk: Portkey): void {
  r.add("GET", "/v1/admin/users", (req) => {
    const q = req.query;
    const list = all(pk).filter((u) => ["role", "email"].every((k) => !q.get(k) || u[k] === q.get(k)));
    return { body: camelPage(list, q) };
  });
  r.add("GET", "/v1/admin/users/:ref", (req) => {
    const user = all(pk).find((u) => u.id === req.params.ref);
    if (!user) throw notFound(`user ${req.params.ref} not found`);
    return { body: user };
  });
}
