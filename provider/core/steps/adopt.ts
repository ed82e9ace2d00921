// Adopt: `import` of an existing object. The import id names the object; the
// program must describe that same object, or nothing is adopted.
import { ImportMismatchError, ImportNotFoundError } from "../errors";
import { seal } from "../fingerprint";
import { parseImportId } from "../validate";
import type { Bag } from "../wire";
import { differences, reconcile, show } from "./outputs";
import type { Ctx, Parts } from "./parts";
import { fetchLive } from "./read";

export async function adopt(p: Parts, c: Ctx, importId: string, inputs: Bag) {
  const { spec } = p;
  const keyBag = parseImportId(spec, importId);
  const live = await fetchLive(p, c, String(keyBag.id ?? keyBag[spec.api.pathKey] ?? importId), { ...inputs, ...keyBag });
  if (!live) throw new ImportNotFoundError(`${spec.name}: cannot import "${importId}": no such object exists`);
  const differing = differences(spec, { ...live, ...keyBag }, inputs).map((key) =>
    spec.fields[key]!.secret ? key : `${key} (program: ${show(inputs[key])}, live: ${show(key in keyBag ? keyBag[key] : live[key])})`,
  );
  if (differing.length) {
    throw new ImportMismatchError(
      `${spec.name}: inputs to import "${importId}" do not match the existing object; ` +
        `change the program to match, then import again. Differing: ${differing.join("; ")}`,
    );
  }
  const outs = seal(spec, reconcile(spec, { ...keyBag, ...inputs }, live));
  return { id: p.idOf({ ...live, ...keyBag }, inputs), outs };
}
