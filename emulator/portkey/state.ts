// Portkey's records as the emulator keeps them (wire names, snake_case), and the
// helpers every resource shares: id and slug minting, workspace lookup by UUID
// or slug, list envelopes and the empty-value quirk.
import { badRequest, forbidden, notFound } from "../errors";
import { ServiceContext } from "../server";

export type Bag = Record<string, unknown>;

interface Stamped {
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
  /** Model access: the default for all models, and each model's own switch. */
  allow_all_models?: boolean;
  models?: Record<string, boolean>;
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

export interface CollectionRec extends Stamped {
  workspace_id: string;
  parent_collection_id: string | null;
  is_default: 0 | 1;
  status: string;
}

export interface PromptVersionRec {
  id: string;
  prompt_version: number;
  string: string;
  parameters: Bag;
  model?: string;
  description?: string;
  created_at: string;
}

export interface PromptRec extends Stamped {
  collection_id: string;
  workspace_id: string;
  /** The virtual key as the client sent it, and its slug (promptKeySlug). */
  virtual_key: string;
  virtual_key_slug?: string;
  versions: PromptVersionRec[];
  default_version: number;
  status: string;
}

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

/** A user of the organisation (managed in the dashboard; members and invites refer to them). */
export interface UserRec {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: "owner" | "admin" | "member";
  created_at: string;
}

export interface MemberRec {
  workspace_id: string;
  user_id: string;
  role: string;
  created_at: string;
  last_updated_at: string;
  /** Single-member reads so far, for memberReadInconsistent. */
  reads: number;
}

export interface PortkeyState {
  workspaces: Record<string, WorkspaceRec>;
  /** UUIDs and slugs of deleted workspaces: they answer 403, not 404. */
  deletedWorkspaces: string[];
  integrations: Record<string, IntegrationRec>;
  /** Integration UUID -> workspace UUID -> grant. */
  access: Record<string, Record<string, AccessRec>>;
  providers: Record<string, ProviderRec>;
  configs: Record<string, ConfigRec>;
  collections: Record<string, CollectionRec>;
  prompts: Record<string, PromptRec>;
  guardrails: Record<string, GuardrailRec>;
  users: Record<string, UserRec>;
  /** By `<workspace UUID>/<user UUID>`. */
  members: Record<string, MemberRec>;
}

/** A record by key; never an inherited property such as `constructor`. */
export const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export const ORGANISATION_ID = "6f726731-0000-4000-8000-656d756c6174";

export function initialState(): PortkeyState {
  return {
    workspaces: {},
    deletedWorkspaces: [],
    integrations: {},
    access: {},
    providers: {},
    configs: {},
    collections: {},
    prompts: {},
    guardrails: {},
    users: seededUsers(),
    members: {},
  };
}

/** The organisation's users at start: an owner and two others, with fixed ids. */
export const SEEDED_USERS: readonly UserRec[] = [
  {
    id: "75736572-0000-4000-8000-00000000000a",
    email: "owner@example.test",
    first_name: "Olga",
    last_name: "Owner",
    role: "owner",
    created_at: "2026-01-01T00:00:00.000Z",
  },
  {
    id: "75736572-0000-4000-8000-00000000000b",
    email: "ana@example.test",
    first_name: "Ana",
    last_name: "Admin",
    role: "admin",
    created_at: "2026-01-01T00:00:00.000Z",
  },
  {
    id: "75736572-0000-4000-8000-00000000000c",
    email: "max@example.test",
    first_name: "Max",
    last_name: "Member",
    role: "member",
    created_at: "2026-01-01T00:00:00.000Z",
  },
];

function seededUsers(): Record<string, UserRec> {
  return Object.fromEntries(SEEDED_USERS.map((u) => [u.id, { ...u }]));
}

/** What every Portkey route handler works with. */
export class Portkey {
  constructor(private ctx: ServiceContext) {}

  /** Fetched per call: a reset replaces the whole slice. */
  get db(): PortkeyState {
    return this.ctx.store.slice<PortkeyState>("portkey");
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
    const part = name.slice(0, 6).toLowerCase().replace(/\s+/g, "-").replace(/[^a-z0-9-]/g, "").replace(/^-+|-+$/g, "");
    return [prefix, part, this.ctx.store.rng.hex(6)].filter(Boolean).join("-");
  }

  /** `openai-prod-1a2b3c`: the whole name slugified plus 6 hex digits. */
  nameSlug(name: string, fallback: string): string {
    const part = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
    return `${part || fallback}-${this.ctx.store.rng.hex(6)}`;
  }

  findWorkspace(ref: string): WorkspaceRec | undefined {
    const ws = this.db.workspaces;
    return own(ws, ref) ?? Object.values(ws).find((w) => w.slug === ref);
  }

  /** A live workspace by UUID or slug; a deleted one answers 403 AB03 (quirk), an unknown one 404. */
  workspace(ref: string): WorkspaceRec {
    const found = this.findWorkspace(ref);
    if (found) return found;
    if (this.quirks.forbiddenOnDeletedWorkspace && this.db.deletedWorkspaces.includes(ref)) {
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

function intParam(query: URLSearchParams, name: string, fallback: number, min: number): number {
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
