// The fields every versioned template shares (prompts, prompt partials): a
// change to its content makes a new version, which the provider makes the
// default unless `makeDefault` is false (provider/core/versions.ts).
import { FieldSpec } from "../core/types";

/** `noun`: what the template is called in docs, e.g. "prompt". */
export function versionFields(noun: string): Record<string, FieldSpec> {
  return {
    versionDescription: {
      doc: "Description given to the version a change makes.",
      schema: { type: "string" },
      writeOnly: true,
    },
    makeDefault: {
      doc: `Whether a new version becomes the default at once (Portkey leaves the old one). With \`false\`, the ${noun} tracks its latest version and the default stays where the dashboard puts it.`,
      schema: { type: "boolean" },
      writeOnly: true,
      default: true,
    },
    defaultVersion: { doc: "Number of the default version, the one the gateway serves.", schema: { type: "integer" }, output: true },
  };
}
