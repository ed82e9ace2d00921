// Quirk hooks of the MCP integration capabilities (its description is
// spec/portkey/mcp-integration-capabilities.ts). One bulk PUT sets every
// switch; the GET lists the server's capabilities page by page, of which this
// resource shows those it names. It is gone once none it enables is enabled.
import { isNotFound } from "../http/errors";
import { fillPath } from "../http/path";
import { mcpCapabilityList } from "../core/custom-sources";
import { Ctx, ResourceHooks } from "../core/resource";
import { Bag, fieldToWire } from "../core/wire";
import { MCP_CAPABILITY_TYPES, mcpIntegrationCapabilitiesSpec } from "../../spec/portkey/mcp-integration-capabilities";

const NOUN = "McpIntegrationCapabilities";
const field = mcpIntegrationCapabilitiesSpec.fields.capabilities!;

const keyOf = (c: Bag) => `${String(c.type)}:${String(c.name)}`;
const switched = (c: Bag, enabled = c.enabled !== false): Bag => ({ name: c.name, type: c.type, enabled });

/** The capabilities an input or state holds, in wire form, each with its switch. */
function listed(value: unknown): Bag[] {
  if (value === undefined) return [];
  const wire = fieldToWire(field, value);
  return (Array.isArray(wire) ? wire : []).map((c: Bag) => switched(c));
}

const pathOf = (state: Bag) => fillPath("/mcp-integrations/{mcpIntegrationId}/capabilities", state, NOUN);

async function put({ client }: Ctx, state: Bag, capabilities: Bag[]): Promise<void> {
  await client.put(pathOf(state), { body: { capabilities } });
}

async function live({ client }: Ctx, state: Bag): Promise<Bag[] | undefined> {
  try {
    return await mcpCapabilityList(client, state.mcpIntegrationId, NOUN);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** What a read shows: the named capabilities as the server has them, or, with none named (an import), every enabled one. */
function shown(all: Bag[], named: Bag[]): Bag[] | undefined {
  const types: readonly unknown[] = MCP_CAPABILITY_TYPES;
  if (!named.length) {
    const on = all.filter((c) => c.enabled === true && types.includes(c.type)).map((c) => switched(c));
    return on.length ? on : undefined;
  }
  const byKey = new Map(all.map((c) => [keyOf(c), c]));
  // Deleting disables: when nothing this resource enables is enabled any more, it is gone.
  const enables = named.filter((c) => c.enabled);
  if (enables.length && !enables.some((c) => byKey.get(keyOf(c))?.enabled === true)) return undefined;
  return named.flatMap((c) => {
    const found = byKey.get(keyOf(c));
    return found ? [switched(found, found.enabled === true)] : [];
  });
}

export const hooks: ResourceHooks = {
  idOf: (_obj, inputs) => String(inputs.mcpIntegrationId),
  async create(ctx, _body, inputs) {
    await put(ctx, inputs, listed(inputs.capabilities));
    return {};
  },
  async get(ctx, _id, state) {
    const all = await live(ctx, state);
    const capabilities = all && shown(all, listed(state.capabilities));
    return capabilities && { capabilities };
  },
  // A capability dropped from the list is switched off if this resource had switched it on.
  async update(ctx, _id, _body, olds, news) {
    const next = listed(news.capabilities);
    const keep = new Set(next.map(keyOf));
    const dropped = listed(olds.capabilities).filter((c) => c.enabled && !keep.has(keyOf(c)));
    await put(ctx, news, [...next, ...dropped.map((c) => switched(c, false))]);
  },
  async delete(ctx, _id, state) {
    // The path is checked before anything is asked: an id of ".." reaches no endpoint.
    pathOf(state);
    const on = listed(state.capabilities).filter((c) => c.enabled);
    if (!on.length) return;
    try {
      await put(
        ctx,
        state,
        on.map((c) => switched(c, false)),
      );
    } catch (err) {
      // The MCP integration is gone, and its capabilities with it.
      if (!isNotFound(err)) throw err;
    }
  },
};
