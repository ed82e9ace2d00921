// Ownership markers. Where an API keeps free text on an object (a description),
// the provider appends a short tag derived from this stack's resource
// (`[pulumi-aigov:1f3a9c2e]`), the same on every run. A create whose answer was
// lost can then tell its own object from one another stack of the same program
// made with the same name, and adopt only its own. Reads strip the tag, so the
// program and state never see it.
import { createHash } from "crypto";
import { ResourceSpec, wireName } from "../../spec/core/types";
import { SEED_KEY } from "./keys";
import type { Bag } from "./wire";

const TAG = / ?\[pulumi-aigov:[0-9a-f]{8}\]$/;

/** This resource's tag, or undefined when the description keeps none or the seed is missing. */
export function markerOf(spec: ResourceSpec, news: Bag): string | undefined {
  const seed = news[SEED_KEY];
  if (!spec.ownerMarker || typeof seed !== "string") return undefined;
  return `[pulumi-aigov:${createHash("sha256").update(`marker\n${seed}`).digest("hex").slice(0, 8)}]`;
}

/** The wire name of the field holding the tag. */
function wireOf(spec: ResourceSpec): string {
  const key = spec.ownerMarker!;
  return wireName(key, spec.fields[key]!);
}

/** A create or update body with the tag appended to its field (top-level wire names only). */
export function marked(spec: ResourceSpec, body: Bag, news: Bag): Bag {
  const tag = markerOf(spec, news);
  if (!tag) return body;
  const wire = wireOf(spec);
  const text = typeof body[wire] === "string" ? (body[wire] as string) : "";
  return { ...body, [wire]: text ? `${text} ${tag}` : tag };
}

/** A wire object with the tag taken off its field, as the program wrote the field. */
export function unmarked(spec: ResourceSpec, obj: Bag): Bag {
  if (!spec.ownerMarker) return obj;
  const wire = wireOf(spec);
  const text = obj[wire];
  return typeof text === "string" && TAG.test(text) ? { ...obj, [wire]: text.replace(TAG, "") } : obj;
}

/** True when a wire object carries this resource's tag. */
export function carriesMarker(spec: ResourceSpec, obj: Bag, news: Bag): boolean {
  const tag = markerOf(spec, news);
  const text = tag ? obj[wireOf(spec)] : undefined;
  return typeof text === "string" && text.endsWith(tag!);
}
