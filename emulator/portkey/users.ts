// Users: GET /v1/admin/users (camelCase pageSize/currentPage, filters role and
// email) and GET /v1/admin/users/{id}. The organisation's owner, who holds the
// emulator's API key, is always there; others come from the `users` table.
import { notFound } from "../errors";
import { Router } from "../router";
import { camelPage } from "./user-invite";
import { Bag, Portkey } from "./state";

const OWNER: Bag = {
  id: "0a0e0000-0000-4000-8000-0000000000a1",
  first_name: "Emulator",
  last_name: "Owner",
  role: "owner",
  email: "owner@emulator.test",
  created_at: "2026-01-01T00:00:00.000Z",
  last_updated_at: "2026-01-01T00:00:00.000Z",
  workspace_ids: [],
};

function all(pk: Portkey): Bag[] {
  return [OWNER, ...Object.values(pk.table<Bag>("users"))].map((u) => ({ ...u, object: "user" }));
}

export function userRoutes(r: Router, pk: Portkey): void {
  r.add("GET", "/v1/admin/users", (req) => {
    const q = req.query;
    const users = all(pk).filter((u) => ["role", "email"].every((k) => !q.get(k) || u[k] === q.get(k)));
    return { body: camelPage(users, q) };
  });
  r.add("GET", "/v1/admin/users/:ref", (req) => {
    const user = all(pk).find((u) => u.id === req.params.ref);
    if (!user) throw notFound(`user ${req.params.ref} not found`);
    return { body: user };
  });
}
