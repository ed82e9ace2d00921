// Names in the generated program: a Pulumi resource name per object (from its
// slug, name or import id, made URL-safe) and a TypeScript variable per object,
// each unique.
import type { Found } from "./model";

export interface Named {
  obj: Found;
  /** The Pulumi resource name, e.g. `team-search`. */
  resourceName: string;
  /** The variable holding it, e.g. `workspaceTeamSearch`. */
  variable: string;
}

export function slugify(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s;
}

function pascal(words: string): string {
  return words
    .split("-")
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

function unique(base: string, taken: Set<string>, join: string): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${join}${n}`;
  taken.add(name);
  return name;
}

/** A name for each object, in the order given; later duplicates get a number. */
export function nameAll(objects: Found[]): Named[] {
  const names = new Set<string>();
  const vars = new Set<string>(["config", "pulumi", "portkey", "toktra"]);
  return objects.map((obj) => {
    const source = [obj.props.slug, obj.inputs.name, obj.importId].find((v) => typeof v === "string" && slugify(v) !== "") as string | undefined;
    const base = (source && slugify(source)) || lowerFirst(obj.spec.name).toLowerCase();
    const resourceName = unique(base, names, "-");
    const variable = unique(lowerFirst(obj.spec.name) + pascal(resourceName), vars, "");
    return { obj, resourceName, variable };
  });
}

/** A stack config key for a value the user supplies, e.g. `integrationOpenaiProdKey`. */
export function configKey(variable: string, field: string): string {
  return variable + field[0]!.toUpperCase() + field.slice(1);
}
