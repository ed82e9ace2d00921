// API paths built from ids the user or the server chose. Each interpolated value
// is one percent-encoded segment, so an id cannot add segments, a query or a
// fragment, and an empty or ".." id cannot silently address the collection or
// its parent instead of the object.

/** `urlPath\`/admin/workspaces/${id}\`` with `id` encoded as a single segment. */
export function urlPath(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  let out = strings[0]!;
  values.forEach((v, i) => {
    const s = v === undefined || v === null ? "" : String(v);
    if (s === "" || s === "." || s === "..") {
      throw new Error(`urlPath: segment ${i + 1} of "${strings.join("{}")}" is ${s === "" ? "empty or missing" : `"${s}"`}`);
    }
    out += encodeURIComponent(s) + strings[i + 1]!;
  });
  return out;
}
