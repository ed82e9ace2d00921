// TSDoc for the generated SDK, from the `doc` texts of the descriptions. What a
// flag of a field means for the user (secret, write-only, replace on change,
// default) is added in words unless the field's doc already says it.
import type { FieldSpec, ImportIdFormat, ResourceSpec } from "../../spec/core/types";

/** A doc comment of paragraphs, at an indentation: one line when it is one paragraph. */
export function docComment(paragraphs: string[], indent: string): string[] {
  const texts = paragraphs.filter((p) => p.trim()).map((p) => p.replace(/\*\//g, "*\\/"));
  if (!texts.length) return [];
  if (texts.length === 1) return [`${indent}/** ${texts[0]} */`];
  const body = texts.flatMap((t, i) => (i ? [`${indent} *`, `${indent} * ${t}`] : [`${indent} * ${t}`]));
  return [`${indent}/**`, ...body, `${indent} */`];
}

interface Note {
  applies: (f: FieldSpec) => boolean;
  /** Skipped when the doc already says it. */
  said: RegExp;
  text: (f: FieldSpec) => string;
}

const NOTES: Note[] = [
  { applies: (f) => !!f.json, said: /JSON string/, text: () => "Typed, or a JSON string of the same shape; compared by meaning, not by text." },
  { applies: (f) => !!f.secret, said: /\ba secret\b|Pulumi secret/i, text: () => "A secret: Pulumi keeps it encrypted." },
  {
    applies: (f) => !!f.writeOnly,
    said: /write-only|never returns|not read back|never read back/i,
    text: () => "Write-only: sent to the API, never read back.",
  },
  { applies: (f) => !!f.trigger, said: /trigger|change it to/i, text: () => "A trigger: never sent to the API; changing it acts on the object in place." },
  { applies: (f) => !!f.replaceOnChange, said: /replaces/i, text: () => "Changing it replaces the resource." },
  { applies: (f) => !!f.computed, said: /absent|left out/i, text: () => "Chosen by the server when left out." },
  {
    applies: (f) => f.default !== undefined && !f.computed,
    said: /defaults to/i,
    text: (f) => `Defaults to \`${JSON.stringify(f.default)}\`.`,
  },
];

/** An argument's doc: the field's, and what its flags mean where the field's doc does not say it. */
export function argDoc(field: FieldSpec): string[] {
  const notes = NOTES.filter((n) => n.applies(field) && !n.said.test(field.doc)).map((n) => n.text(field));
  return [field.doc, ...(notes.length ? [notes.join(" ")] : [])];
}

/** A write-only secret is kept in outputs only as a fingerprint (provider/core/fingerprint.ts). */
export function sealed(field: FieldSpec): boolean {
  return !!field.secret && !!field.writeOnly;
}

/** An output's doc: an argument's as for the argument, and for write-only secrets what the output holds instead. */
export function outputDoc(field: FieldSpec): string[] {
  const doc = field.output ? [field.doc] : argDoc(field);
  const told = /fingerprint/i.test(field.doc);
  return sealed(field) && !told ? [...doc, "The output holds a salted fingerprint of the value (`fp1:<salt>:<hmac>`), never the value."] : doc;
}

/** The import id's shape in the user's field names, e.g. `workspaceId:id`. */
export function importIdShape(id: ImportIdFormat): string {
  return id.parts.join(id.separator ?? "");
}

/** The class doc: the resource's, how to import it, and its Terraform counterpart. */
export function classDoc(spec: ResourceSpec): string[] {
  const tf = spec.terraform ? ` The Terraform provider's \`${spec.terraform}\`.` : "";
  return [spec.doc, `Import id: \`${importIdShape(spec.importId)}\`, e.g. \`${spec.importId.example}\`.${tf}`];
}
