// Quirk hooks of the API key (its description is spec/portkey/api-key.ts).
import { itemPath, ResourceHooks } from "../core/resource";
import type { Bag } from "../core/wire";

/** The new value in an answer is a secret from the moment it arrives. */
function guarded(client: { addSecret(v: string): void }, answer: Bag | undefined): Bag {
  if (typeof answer?.key === "string") client.addSecret(answer.key);
  return answer ?? {};
}

export const hooks: ResourceHooks = {
  // The kind travels in the path, not the body.
  async create({ client }, body) {
    const { type, sub_type, ...rest } = body;
    const path = `/api-keys/${encodeURIComponent(String(type))}/${encodeURIComponent(String(sub_type))}`;
    return guarded(client, await client.post<Bag>(path, { body: rest }));
  },
  // A changed `rotation` rotates the key after the update: same id, new value.
  async update({ spec, client }, id, body, olds, news) {
    await client.put(itemPath(spec, id), { body });
    if (news.rotation === undefined || news.rotation === olds.rotation) return undefined;
    return guarded(client, await client.post<Bag>(`${itemPath(spec, id)}/rotate`, { body: {} }));
  },
};
