// Keys the provider adds to inputs beside a description's fields, and the
// engine's marker for a value not known during preview.
export const IMPORT_KEY = "importId";
/** `project/stack/type/name`, from which a client-chosen slug derives (autoslug.ts). */
export const SEED_KEY = "nameSeed";
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** The names of inputs that arrived as Pulumi secrets, which the SDK computes (the provider sees plaintext). */
export const SECRET_INPUTS_KEY = "secretInputs";
