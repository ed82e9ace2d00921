// Switches for the live API's odd behaviours (portkey-api.md §5). Those the
// sources report as how the API behaves are on by default so clients meet
// them; tests turn one off to see what it changes. Those the sources only say
// may happen are off by default.
import { badRequest } from "./errors";

export interface Quirks {
  /** Workspace GET shows the name as "<icon> <name>" when an icon is set. */
  iconPrefix: boolean;
  /** GET /configs/{slug} returns `config` as a JSON string. */
  configAsString: boolean;
  /** Config GET adds `strategy: {mode: "single"}` when absent and reorders keys (reverse sorted). */
  configDefaults: boolean;
  /** Integration GET masks `key` (`masked_key`) and configurations (`masked_<key>`); MCP integration GET masks configuration values. */
  maskSecrets: boolean;
  /** Unset strings come back as "" and unset lists as [] (otherwise null). */
  emptyStrings: boolean;
  /** Integration workspace lists name workspaces by slug; children echo the workspace UUID. */
  slugEcho: boolean;
  /** The first workspace GET after a PUT still shows the previous limits. */
  staleReads: boolean;
  /** A deleted workspace answers 403 AB03 instead of 404 AB08. */
  forbiddenOnDeletedWorkspace: boolean;
  /** API key GET masks the key's value (`Xk*******S4`); only create and rotate show it. */
  maskApiKeys: boolean;
  /** An API key create without scopes answers 502 instead of 400 (Terraform README troubleshooting). */
  apiKeyScopes502: boolean;
  /** Deleting a usage-limits policy archives it; reads and lists then show it only with ?status=archived. */
  archivePolicies: boolean;
  /** Prompt GET adds the model inside `parameters` (portkey-api.md §3.10, read quirks). */
  promptParamsModel: boolean;
  /** Prompt GET echoes the virtual key as its slug whatever form was sent (§3.10). */
  promptKeySlug: boolean;
  /** Guardrail GET adds `is_enabled: true` to each check and reorders keys (portkey-api.md §3.11, §5.6). */
  guardrailDefaults: boolean;
  /** A missing guardrail answers 403 AB03 instead of 404 AB08 (OAS: "guardrail not found or insufficient permissions"). */
  forbiddenOnMissingGuardrail: boolean;
  /**
   * The single-member GET is inconsistent (portkey-api.md §3.2): successive reads
   * cycle through the whole member, one without `id` and `workspace_id` and with the
   * role prefixed `ws-`, and one without the role.
   */
  memberReadInconsistent: boolean;
  /**
   * A workspace DELETE whose `name` holds emoji answers 400 AB01 "name: Invalid value", while create and
   * update take such names (Portkey TF README, Known Issues; portkey-api.md §3.1 quirk 5). Off by default:
   * the README says such deletes "may fail" and that DELETE "appears to" validate more strictly.
   */
  strictDeleteName: boolean;
  /**
   * The SCIM mappings list's `workspace_id` filter matches only the workspace's UUID; a slug
   * matches nothing (portkey-api.md §3.15, found by Portkey's Terraform provider against staging).
   */
  scimUuidFilter: boolean;
}

export const DEFAULT_QUIRKS: Quirks = {
  iconPrefix: true,
  configAsString: true,
  configDefaults: true,
  maskSecrets: true,
  emptyStrings: true,
  slugEcho: true,
  staleReads: true,
  forbiddenOnDeletedWorkspace: true,
  maskApiKeys: true,
  apiKeyScopes502: true,
  archivePolicies: true,
  promptParamsModel: true,
  promptKeySlug: true,
  guardrailDefaults: true,
  forbiddenOnMissingGuardrail: true,
  memberReadInconsistent: true,
  strictDeleteName: false,
  scimUuidFilter: true,
};

/** Checks a partial quirk set from a client (control plane or CLI). */
export function parseQuirks(value: unknown): Partial<Quirks> {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw badRequest("quirks: must be an object of booleans");
  const out: Partial<Quirks> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!(k in DEFAULT_QUIRKS)) throw badRequest(`${k}: unknown quirk (known: ${Object.keys(DEFAULT_QUIRKS).join(", ")})`);
    if (typeof v !== "boolean") throw badRequest(`${k}: must be boolean`);
    out[k as keyof Quirks] = v;
  }
  return out;
}
