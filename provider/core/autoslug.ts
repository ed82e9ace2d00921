// Client-chosen slugs. A create whose answer never arrived, because it was lost
// on the wire or because the engine was killed while it was in flight, is sent
// again with the same slug. The API then answers 409 instead of making a second
// object, and the provider adopts the first one.
//
// The slug comes from the resource's project, stack, type and name (the seed
// the SDK passes) and from its replace-on-change inputs. It is the same on
// every run of the same program, and new when the object is replaced, so a
// create-before-delete replacement never collides with the object it replaces.
import { createHash } from "crypto";
import { canonical } from "./normalize";
import { ResourceSpec } from "../../spec/core/types";
import { IMPORT_KEY, SEED_KEY } from "./keys";
import { hasUnknown } from "./validate";
import { Bag } from "./wire";

const BASE_MAX = 40;

/** The slug this resource gets when the program names none, or undefined if not yet known. */
export function derivedSlug(spec: ResourceSpec, news: Bag): string | undefined {
  const seed = news[SEED_KEY];
  if (!spec.autoSlug || typeof seed !== "string") return undefined;
  const identity: [string, unknown][] = [];
  for (const [key, field] of Object.entries(spec.fields)) {
    if (!field.replaceOnChange || key === spec.autoSlug) continue;
    if (hasUnknown(news[key])) return undefined;
    identity.push([key, news[key] ?? null]);
  }
  const hash = createHash("sha256")
    .update(`${seed}\n${canonical(identity)}`)
    .digest("hex")
    .slice(0, 8);
  const name = seed.slice(seed.lastIndexOf("/") + 1);
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, BASE_MAX)
    .replace(/-+$/, "");
  return `${base || spec.file}-${hash}`;
}

/** True when the slug in `news` is the derived one rather than the program's own. */
export function isDerived(spec: ResourceSpec, news: Bag): boolean {
  const slug = spec.autoSlug ? news[spec.autoSlug] : undefined;
  return slug !== undefined && slug === derivedSlug(spec, news);
}

/** `check`'s inputs with the derived slug filled in where the program gives none. */
export function withDerivedSlug(spec: ResourceSpec, news: Bag): Bag {
  if (!spec.autoSlug || news[spec.autoSlug] !== undefined || typeof news[IMPORT_KEY] === "string") return news;
  const slug = derivedSlug(spec, news);
  return slug === undefined ? news : { ...news, [spec.autoSlug]: slug };
}
