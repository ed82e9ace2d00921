// Guardrails: /v1/guardrails, items by slug or UUID. A guardrail belongs to a
// workspace or to the organisation. Quirks: a missing one answers 403 AB03
// (forbiddenOnMissingGuardrail); GET adds `is_enabled: true` to checks and
// shows keys in another order (guardrailDefaults).
import { collectionRoutes } from "../core/collection";
import { badRequest, forbidden } from "../errors";
import { Router } from "../router";
import { Bag, ORGANISATION_ID, own, Portkey, Stamped, workspaceFilter } from "./state";

export interface GuardrailRec extends Stamped {
  workspace_id: string | null;
  /** The workspace as the client wrote it, echoed when slugEcho is off. */
  workspace_given?: string;
  organisation_id: string;
  checks: Bag[];
  actions: Bag;
  status: string;
  version_id: string;
}

export const guardrails = (pk: Portkey) => pk.table<GuardrailRec>("guardrails");

// `actions` is checked as an object only: the OAS requires deny, async, on_success and
// on_fail, while the Terraform README's `{onFail, message}` is accepted live (portkey-api.md §3.11).
// A check's `parameters` is an object: the OAS's oneOf over loose per-type schemas
// matches several at once for a plain word count, and so refuses it; the shape is
// the Terraform provider's typed check {id, is_enabled, parameters} (§3.11).
const check = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1 }, parameters: { type: "object" }, name: { type: "string" }, is_enabled: { type: "boolean" } },
};
const overlay = { properties: { actions: { type: "object" }, checks: { type: "array", minItems: 1, items: check } } };

/** Keys in reverse order at every level: same data, different text. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .reverse()
      .map((k) => [k, reverseKeys((v as Bag)[k])]),
  );
}

function summary(pk: Portkey, rec: GuardrailRec): Bag {
  const { id, name, slug, organisation_id, status, created_at, last_updated_at } = rec;
  const workspace_id = pk.echoWorkspace(rec.workspace_id ?? undefined, rec.workspace_given);
  return { id, name, slug, organisation_id, workspace_id, status, created_at, last_updated_at, owner_id: ORGANISATION_ID, updated_by: ORGANISATION_ID };
}

function detail(pk: Portkey, rec: GuardrailRec): Bag {
  if (!pk.quirks.guardrailDefaults) return { ...summary(pk, rec), checks: rec.checks, actions: rec.actions, version_id: rec.version_id };
  const shown = rec.checks.map((c) => ("is_enabled" in c ? c : { ...c, is_enabled: true }));
  return { ...summary(pk, rec), checks: reverseKeys(shown), actions: reverseKeys(rec.actions), version_id: rec.version_id };
}

function create(pk: Portkey, b: Bag): GuardrailRec {
  const given = typeof b.workspace_id === "string" ? b.workspace_id : undefined;
  if (!given && b.organisation_id === undefined) throw badRequest("workspace_id: one of workspace_id or organisation_id is required");
  if (b.organisation_id !== undefined && b.organisation_id !== ORGANISATION_ID)
    throw forbidden(`You do not have access to organisation ${String(b.organisation_id)}`);
  const ws = given ? pk.workspace(given) : undefined;
  const now = pk.now();
  return {
    id: pk.uuid(),
    slug: pk.shortSlug("pg", String(b.name)),
    name: String(b.name),
    workspace_id: ws?.id ?? null,
    ...(given ? { workspace_given: given } : {}),
    organisation_id: ORGANISATION_ID,
    checks: b.checks as Bag[],
    actions: b.actions as Bag,
    status: "active",
    version_id: pk.uuid(),
    created_at: now,
    last_updated_at: now,
  };
}

export function guardrailRoutes(r: Router, pk: Portkey): void {
  pk.workspaceChildren.push({
    count: (p, ws) => Object.values(guardrails(p)).filter((g) => g.workspace_id === ws).length,
    cascade: (p, ws) => Object.values(guardrails(p)).forEach((g) => g.workspace_id === ws && delete guardrails(p)[g.id]),
  });
  const checkCreate = pk.body("POST", "/guardrails", overlay);
  const checkUpdate = pk.body("PUT", "/guardrails/{guardrailId}", overlay);
  collectionRoutes<GuardrailRec>(r, {
    path: "/v1/guardrails",
    noun: "guardrail",
    table: () => guardrails(pk),
    find(ref) {
      const found = own(guardrails(pk), ref) ?? Object.values(guardrails(pk)).find((g) => g.slug === ref);
      if (!found && pk.quirks.forbiddenOnMissingGuardrail) throw forbidden("guardrail not found or insufficient permissions");
      return found;
    },
    check: { create: checkCreate, update: checkUpdate },
    create: (b) => create(pk, b),
    created: (rec) => ({ body: { id: rec.id, slug: rec.slug, version_id: rec.version_id } }),
    view: (rec) => detail(pk, rec),
    summary: (rec) => summary(pk, rec),
    filter(rec, query) {
      const ws = workspaceFilter(pk, query);
      const org = query.get("organisation_id");
      return (ws === undefined || rec.workspace_id === ws) && (!org || (rec.organisation_id === org && rec.workspace_id === null));
    },
    page: pk.pager(100),
    update(rec, b) {
      if (typeof b.name === "string") rec.name = b.name;
      if (Array.isArray(b.checks)) rec.checks = b.checks as Bag[];
      if (b.actions && typeof b.actions === "object") rec.actions = b.actions as Bag;
      rec.version_id = pk.uuid();
      rec.last_updated_at = pk.now();
      return { body: { id: rec.id, slug: rec.slug, version_id: rec.version_id } };
    },
  });
}
