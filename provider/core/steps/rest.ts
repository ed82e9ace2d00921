// The REST defaults of a resource's API calls, derived from `spec.api`.
import { isNotFound } from "../../http/errors";
import { segment } from "../../http/path";
import { ResourceSpec, snake } from "../../../spec/core/types";
import type { Bag } from "../wire";
import type { ApiCalls } from "./parts";

/** The item path of the object `key` names; a key that is no single safe segment ("..", "") is refused. */
export function itemPath(spec: ResourceSpec, key: string): string {
  return spec.api.item.replace("{key}", () => segment(key, `${spec.name} ${spec.api.pathKey}`));
}

export function itemQuery(spec: ResourceSpec, state: Bag): Bag | undefined {
  if (!spec.api.itemQuery) return undefined;
  return Object.fromEntries(spec.api.itemQuery.map((k) => [snake(k), state[k]]));
}

/** The path key of the object `state` describes: its slug or UUID, as the item path wants. */
export function keyOf(spec: ResourceSpec, id: string, state: Bag): string {
  return String(state[spec.api.pathKey] ?? id);
}

export const rest: ApiCalls = {
  async create({ spec, client }, body) {
    return (await client.post<Bag>(spec.api.collection, { body })) ?? {};
  },
  async get({ spec, client }, id, state) {
    try {
      return await client.get<Bag>(itemPath(spec, keyOf(spec, id, state)), { query: itemQuery(spec, state) as never });
    } catch (err) {
      if (isNotFound(err, { forbiddenMeansGone: spec.forbiddenMeansGone })) return undefined;
      throw err;
    }
  },
  async update({ spec, client }, id, body, olds) {
    await client.put(itemPath(spec, keyOf(spec, id, olds)), { body, query: itemQuery(spec, olds) as never });
  },
  async delete({ spec, client }, id, state) {
    await client.delete(itemPath(spec, keyOf(spec, id, state)), { query: itemQuery(spec, state) as never });
  },
};
