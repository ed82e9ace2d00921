// Delete: an object already gone is what delete wanted.
import { isNotFound } from "../../http/errors";
import type { Bag } from "../wire";
import type { Parts } from "./parts";

export async function remove(p: Parts, id: string, props: Bag): Promise<void> {
  try {
    await p.api.delete(p.ctx(), id, props);
  } catch (err) {
    if (!isNotFound(err, { forbiddenMeansGone: p.spec.forbiddenMeansGone })) throw err;
  }
}
