// The provider's error family. Every failure a user can act on is an
// `AigovError`; `report.ts` shows those as one clean line and lets anything
// else (a bug) keep its stack. Two branches:
//   - provider-side mistakes and outcomes, defined here;
//   - API answers by kind (`ApiError` and its subclasses, provider/http/errors.ts).
// This module imports nothing, so the HTTP core can build on its base class
// without depending on the rest of the provider core.

/** Base of every expected, user-facing failure. */
export abstract class AigovError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input the provider cannot use as given (an import id of the wrong shape). */
export class ValidationError extends AigovError {}

/** Missing or unusable stack configuration: API key, base URL, retry count. */
export class ConfigError extends AigovError {}

/** `import` names an object that does not exist. */
export class ImportNotFoundError extends AigovError {}

/** `import` names an object whose inputs differ from the program's. */
export class ImportMismatchError extends AigovError {}

/** A derived slug is held by an object that is not this resource's. */
export class SlugTakenError extends AigovError {}

/** The API answered a create without an id, and no object it may have made was found. */
export class MissingIdError extends AigovError {}

/** A create's answer was lost and nothing proves what it made: nothing was sent again or adopted. */
export class LostCreateError extends AigovError {}

/** Destroying the object would also delete objects Pulumi does not manage. */
export class DependentsError extends AigovError {}

/**
 * An update changed the object, but a follow-up call that completes it failed
 * (a prompt's new version was made but not made the default). The update step
 * records the object as updated but unhealthy, so the next `up` finishes it.
 */
export class UnfinishedUpdateError extends AigovError {}

/**
 * The object was created but is not whole (a follow-up call failed). The
 * dynamic-provider server turns an error carrying `id` and `properties` into the
 * engine's ErrorResourceInitFailed: the resource is recorded with these
 * properties and marked unhealthy, and the next `up` updates it.
 */
export class InitFailedError extends AigovError {
  readonly reasons: string[];
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
  ) {
    super(message);
    this.reasons = [message];
    this.stack = message;
  }
}
