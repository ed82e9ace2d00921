// Adopt: `import` of an existing object. The import id names the object; the
// program must describe that same object, or nothing is adopted.
import { ImportMismatchError, ImportNotFoundError } from "../errors";
import { seal } from "../fingerprint";
import { quote } from "../quote";
import { parseImportId, secretInputs } from "../validate";
import type { Bag } from "../wire";
import { differences, reconcile, show, strip } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { fetchLive } from "./read";

/** `news`: the checked inputs, with the keys the provider adds (which tell the secrets). */
export async function adopt(p: Parts, c: Ctx, importId: string, news: Bag) {
  const { spec } = p;
  const inputs = strip(news);
  const secret = secretInputs(spec, news);
  const keyBag = parseImportId(spec, importId);
  const live = await fetchLive(p, c, String(keyBag.id ?? keyBag[spec.api.pathKey] ?? importId), { ...inputs, ...keyBag });
  if (!live) throw new ImportNotFoundError(`${spec.name}: cannot import ${quote(importId)}: no such object exists`);
  const differing = differences(spec, { ...live, ...keyBag }, inputs).map((key) =>
    secret.has(key) ? key : `${key} (program: ${show(inputs[key])}, live: ${show(key in keyBag ? keyBag[key] : live[key])})`,
  );
  if (differing.length) {
    throw new ImportMismatchError(
      `${spec.name}: inputs to import ${quote(importId)} do not match the existing object; ` +
        `change the program to match, then import again. Differing: ${differing.join("; ")}`,
    );
  }
  const outs = seal(spec, reconcile(spec, { ...keyBag, ...inputs }, live));
  return { id: p.idOf({ ...live, ...keyBag }, inputs), outs };
}
