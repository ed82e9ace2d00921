// Portkey's records as the emulator keeps them (wire names, snake_case), and the
// helpers every resource shares: tables, id and slug minting, workspace lookup
// by UUID or slug, list envelopes, the empty-value quirk and the published
// OpenAPI description that request bodies are checked against.
import { Bag, own, Table, tableOf, Tables } from "../core/table";
import { badRequest, forbidden, notFound } from "../errors";
import { ServiceContext } from "../server";
import { OpenApi, Overlay } from "./openapi";

export type { Bag } from "../core/table";
export { own } from "../core/table";

export interface Stamped {
  id: string;
  slug: string;
  name: string;
  created_at: string;
  last_updated_at: string;
}

export interface WorkspaceRec extends Stamped {
  description?: string;
  icon?: string;
  metadata?: Record<string, string>;
  usage_limits?: Bag[];
  rate_limits?: Bag[];
  /** Limits the next GET shows instead of the current ones (staleReads). */
  stale?: { usage_limits?: Bag[]; rate_limits?: Bag[] };
}

export interface IntegrationRec extends Stamped {
  ai_provider_id: string;
  key?: string;
  description?: string;
  configurations?: Bag;
  workspace_id?: string;
  status: string;
  /** Model access: the default for all models, and each model's entry by slug. */
  allow_all_models?: boolean;
  models?: Record<string, ModelRec>;
  /** Fields filled from secret references: {target_field, secret_reference_id, secret_key?, value_format?}. */
  secret_mappings?: Bag[];
}

/** A model entry of an integration (OAS IntegrationModel). */
export interface ModelRec {
  enabled: boolean;
  is_custom: boolean;
  is_finetune: boolean;
  base_model_slug: string | null;
  pricing_config: Bag | null;
}

/** A SCIM group to workspace mapping (OAS ScimWorkspaceMapping); DELETE archives it. */
export interface ScimMappingRec {
  id: string;
  workspace_id: string;
  scim_group: string;
  scim_group_id: string;
  role: string;
  status: "active" | "archived";
  created_at: string;
}

export interface AccessRec {
  enabled: boolean;
  usage_limits?: Bag[] | null;
  rate_limits?: Bag[] | null;
  last_updated_at: string;
}

export interface ProviderRec extends Stamped {
  workspace_id: string;
  /** The workspace as the client wrote it, echoed when slugEcho is off. */
  workspace_given: string;
  integration_id: string;
  integration_slug: string;
  ai_provider_name: string;
  note?: string | null;
  usage_limits?: unknown;
  rate_limits?: unknown;
  expires_at?: string | null;
}

export interface ConfigRec extends Stamped {
  workspace_id?: string;
  workspace_given?: string;
  config: Bag;
  is_default: 0 | 1;
  status: string;
  version_id: string;
}

/** Portkey's state: named tables (workspaces, integrations, providers, configs, access, ...), created on first use. */
export type PortkeyState = Tables;

/** Integration UUID -> workspace UUID -> grant. */
export type AccessTable = Table<Record<string, AccessRec>>;

export const ORGANISATION_ID = "6f726731-0000-4000-8000-656d756c6174";

export function initialState(): PortkeyState {
  return {};
}

/** What a workspace's delete must consider: records that live in it. */
export interface WorkspaceChild {
  /** How many records live in the workspace (a delete without force_delete refuses when any do). */
  count(pk: Portkey, workspaceUuid: string): number;
  /** Deletes them (force_delete). */
  cascade(pk: Portkey, workspaceUuid: string): void;
}

/** What every Portkey route handler works with. */
export class Portkey {
  /** Collections whose records live in a workspace; registered by each resource's routes. */
  readonly workspaceChildren: WorkspaceChild[] = [];

  constructor(
    private ctx: ServiceContext,
    readonly openApi: OpenApi,
  ) {}

  /** A table of the state; fetched per call, since a reset replaces the whole slice. */
  table<R>(name: string): Table<R> {
    return tableOf<R>(this.ctx.store.slice<PortkeyState>("portkey"), name);
  }

  get workspaces(): Table<WorkspaceRec> {
    return this.table<WorkspaceRec>("workspaces");
  }

  /** UUIDs and slugs of deleted workspaces: they answer 403, not 404. */
  get deletedWorkspaces(): Table<string> {
    return this.table<string>("deletedWorkspaces");
  }

  get access(): AccessTable {
    return this.table<Record<string, AccessRec>>("access");
  }

  /** A check of a request body against the operation's documented schema (see openapi.ts). */
  body(method: string, route: string, overlay?: Overlay): (body: unknown) => Bag {
    return this.openApi.body(method, route, overlay);
  }

  /** Portkey's list envelope with a default page size, for collectionRoutes. */
  pager(defaultSize: number): (items: unknown[], query: URLSearchParams) => Bag {
    return (items, query) => this.page(items, query, defaultSize);
  }

  get quirks() {
    return this.ctx.quirks;
  }

  now(): string {
    return this.ctx.now();
  }

  uuid(): string {
    return this.ctx.store.rng.uuid();
  }

  /** `ws-team-a-1a2b3c`: prefix, the name's first 6 characters, 6 hex digits. */
  shortSlug(prefix: string, name: string): string {
    const part = name
      .slice(0, 6)
      .toLowerCase()
      .replace(/\s+/g, "-")
      .replace(/[^a-z0-9-]/g, "")
      .replace(/^-+|-+$/g, "");
    return [prefix, part, this.ctx.store.rng.hex(6)].filter(Boolean).join("-");
  }

  /** `openai-prod-1a2b3c`: the whole name slugified plus 6 hex digits. */
  nameSlug(name: string, fallback: string): string {
    const part = name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "");
    return `${part || fallback}-${this.ctx.store.rng.hex(6)}`;
  }

  findWorkspace(ref: string): WorkspaceRec | undefined {
    const ws = this.workspaces;
    return own(ws, ref) ?? Object.values(ws).find((w) => w.slug === ref);
  }

  /** A live workspace by UUID or slug; a deleted one answers 403 AB03 (quirk), an unknown one 404. */
  workspace(ref: string): WorkspaceRec {
    const found = this.findWorkspace(ref);
    if (found) return found;
    if (this.quirks.forbiddenOnDeletedWorkspace && own(this.deletedWorkspaces, ref) !== undefined) {
      throw forbidden(`You do not have access to workspace ${ref}`);
    }
    throw notFound(`workspace ${ref} not found`);
  }

  /** A child's workspace_id in responses: the UUID, or the client's form with slugEcho off. */
  echoWorkspace(uuid: string | undefined, given: string | undefined): string | null {
    if (!uuid) return null;
    return this.quirks.slugEcho ? uuid : (given ?? uuid);
  }

  /** An unset string field: "" with emptyStrings, else null. */
  str(v: string | null | undefined): string | null {
    return v ?? (this.quirks.emptyStrings ? "" : null);
  }

  /** An unset list field: [] with emptyStrings, else null. */
  list<T>(v: T[] | null | undefined): T[] | null {
    return v ?? (this.quirks.emptyStrings ? [] : null);
  }

  /** Usage-limit elements as GET shows them: unset periodic_reset is "" (emptyStrings). */
  usageLimits(v: Bag[] | null | undefined): Bag[] | null {
    if (!v) return v === null ? null : this.list(v);
    return v.map((l) => (l.periodic_reset == null && this.quirks.emptyStrings ? { ...l, periodic_reset: "" } : { ...l }));
  }

  /** Portkey's list envelope; pages are 0-indexed. */
  page<T>(items: T[], query: URLSearchParams, defaultSize: number): Bag {
    const size = intParam(query, "page_size", defaultSize, 1);
    const current = intParam(query, "current_page", 0, 0);
    return { object: "list", total: items.length, data: items.slice(current * size, (current + 1) * size) };
  }
}

/** An integer query parameter of at least `min`, or `fallback` when absent. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw badRequest(`${name}: must be an integer >= ${min}`);
  return n;
}

/** Reads a `workspace_id` filter: undefined when absent, null when it names no live workspace. */
export function workspaceFilter(pk: Portkey, query: URLSearchParams): string | null | undefined {
  const ref = query.get("workspace_id");
  if (!ref) return undefined;
  return pk.findWorkspace(ref)?.id ?? null;
}
