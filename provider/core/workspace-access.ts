// What Portkey's workspace access lists share, for integrations and MCP
// integrations alike: a bulk PUT of `{workspaces: [{id, enabled, ...}]}` with
// no DELETE (deleting disables), and a GET listing every workspace ever
// granted, named by slug or by id depending on the list.
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";
import { isUuid } from "./ids";
import { Ctx, ResourceHooks } from "./resource";
import { Bag } from "./wire";
import { snake } from "../../spec/core/types";

export interface AccessList {
  /** The resource's type name, for errors. */
  noun: string;
  /** The input field naming the integration, e.g. `integrationId`. */
  parent: string;
  /** The list's path with the parent field as placeholder, e.g. `/integrations/{integrationId}/workspaces`. */
  route: string;
  /** How the list names workspaces: a workspace given in the other form is resolved to find its entry. */
  names: "slug" | "id";
  /** The list entry the PUT sends for the inputs. */
  entry(inputs: Bag, enabled: boolean): Bag;
  /** Output field remembering the workspace's name in the list, so a refresh needs one read. */
  remember?: string;
  /** Refuses, by throwing, to switch the access off (dependents that need it). */
  beforeDisable?(ctx: Ctx, id: string, state: Bag): Promise<void>;
}

const pathOf = (k: AccessList, state: Bag) => fillPath(k.route, { [k.parent]: state[k.parent] }, k.noun);
const workspacePath = (k: AccessList, ref: string) => fillPath("/admin/workspaces/{ref}", { ref }, k.noun);

async function putEntry(k: AccessList, { client }: Ctx, inputs: Bag, enabled: boolean): Promise<void> {
  await client.put(pathOf(k, inputs), { body: { workspaces: [k.entry(inputs, enabled)] } });
}

/** The workspace's name in the list: the input when it has the list's form, else from a read of the workspace (undefined when that fails). */
async function listName(k: AccessList, { client }: Ctx, workspaceId: unknown): Promise<string | undefined> {
  const given = String(workspaceId);
  if (isUuid(given) === (k.names === "id")) return given;
  const ws = await client.get<Bag>(workspacePath(k, given)).catch(() => undefined);
  const name = k.names === "id" ? ws?.id : ws?.slug;
  return typeof name === "string" ? name : undefined;
}

async function findEntry(k: AccessList, ctx: Ctx, state: Bag): Promise<Bag | undefined> {
  let list: Bag;
  try {
    list = await ctx.client.get<Bag>(pathOf(k, state));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
  // The legacy shape answers `workspaces`, the versioned one `data` (portkey-openapi.yaml).
  const raw = Array.isArray(list.workspaces) ? list.workspaces : Array.isArray(list.data) ? list.data : [];
  const entries = raw as Bag[];
  const given = String(state.workspaceId);
  const known = k.remember ? state[k.remember] : undefined;
  const found = entries.find((e) => e.id === given || (known !== undefined && e.id === known));
  if (found || isUuid(given) === (k.names === "id")) return found;
  try {
    const ws = await ctx.client.get<Bag>(workspacePath(k, given));
    return entries.find((e) => e.id === ws.slug || e.id === ws.id);
  } catch (err) {
    if (isNotFound(err, { forbiddenMeansGone: true })) return undefined;
    throw err;
  }
}

/** The hooks of a workspace access resource over its list. */
export function accessHooks(k: AccessList): ResourceHooks {
  return {
    idOf: (_obj, inputs) => `${inputs[k.parent]}/${inputs.workspaceId}`,
    // The PUT answers nothing state needs; the workspace's name in the list is
    // learnt beside it, not after it. Without it (its read failed) the core
    // reads the entry after the PUT.
    async create(ctx, _body, inputs) {
      const put = putEntry(k, ctx, inputs, inputs.enabled !== false);
      if (!k.remember) return put.then(() => ({}));
      const [, name] = await Promise.all([put, listName(k, ctx, inputs.workspaceId)]);
      return name === undefined ? {} : { [snake(k.remember)]: name };
    },
    async get(ctx, _id, state) {
      const found = await findEntry(k, ctx, state);
      // Deleting disables: a disabled entry the program wants enabled is gone.
      if (!found || (found.enabled === false && state.enabled !== false)) return undefined;
      return k.remember ? { ...found, [snake(k.remember)]: found.id } : found;
    },
    async update(ctx, _id, _body, _olds, news) {
      await putEntry(k, ctx, news, news.enabled !== false);
    },
    async delete(ctx, id, state) {
      // The path is checked before anything is asked: an id of ".." reaches no endpoint.
      pathOf(k, state);
      await k.beforeDisable?.(ctx, id, state);
      await putEntry(k, ctx, { [k.parent]: state[k.parent], workspaceId: state.workspaceId }, false);
    },
  };
}
