// A refusal of import-org the user can act on: bad arguments, nothing to import.
export class ImportOrgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportOrgError";
  }
}
