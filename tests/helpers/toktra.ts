// The API side of a Toktra lifecycle case: objects addressed by id under one
// collection, drifted by setting one field behind the engine's back.
import type { LifecycleCase } from "./lifecycle";

type ApiSide = Pick<LifecycleCase, "vendor" | "drift" | "drifted" | "removeOutOfBand" | "count" | "importId">;

export function toktraObjects(collection: string, drift: [field: string, value: unknown]): ApiSide {
  const [field, value] = drift;
  const item = (out: Record<string, unknown>) => `${collection}/${String(out.targetId)}`;
  return {
    vendor: "toktra",
    async drift(a, out) {
      await a.put(item(out), { [field]: value });
    },
    async drifted(a, out) {
      return JSON.stringify((await a.get(item(out)))[field]) === JSON.stringify(value);
    },
    async removeOutOfBand(a, out) {
      await a.delete(item(out));
    },
    async count(a) {
      return (await a.get(collection)).total_count;
    },
    importId: (out) => String(out.targetId),
  };
}
