// Import by id alone: the engine's own import (`pulumi import`, or the
// `import` option under a native provider) reads with nothing but the import
// id. The id names the object in the Terraform provider's format; the answer
// is the object's id, its outputs and the inputs that reproduce it.
import { ImportNotFoundError } from "../errors";
import { seal } from "../fingerprint";
import { parseImportId } from "../validate";
import { inputsOf, reconcile } from "./outputs";
import type { Parts } from "./parts";
import { fetchLive } from "./read";

export async function importById(p: Parts, importId: string) {
  const { spec } = p;
  const keyBag = parseImportId(spec, importId);
  // No state says which sub-resources are in use: each is read (model access), so the import holds the whole object.
  const asked: Record<string, unknown> = {};
  for (const [k, f] of Object.entries(spec.fields)) if (f.endpoint && f.default !== undefined) asked[k] = f.default;
  const live = await fetchLive(p, p.ctx(), String(keyBag.id ?? keyBag[spec.api.pathKey] ?? importId), { ...asked, ...keyBag });
  if (!live) throw new ImportNotFoundError(`${spec.name}: cannot import "${importId}": no such object exists`);
  const outs = seal(spec, reconcile(spec, keyBag, live));
  return { id: p.idOf({ ...live, ...keyBag }, keyBag), props: outs, inputs: inputsOf(spec, outs) };
}
