// The application side of stack-reference sharing: typed accessors over the
// platform stack's `aigov` and `aigovSecrets` outputs. A missing output, an
// unknown workspace key or a renamed secret fails `preview` with a message that
// names the stack, the key and what the platform does share.
import * as pulumi from "@pulumi/pulumi";
import { Shared, SHARE_FORMAT, SHARED_OUTPUT, SHARED_SECRETS_OUTPUT, SharedWorkspace } from "./publish";

export class SharingError extends Error {
  override readonly name = "SharingError";
}

export interface WorkspaceRef {
  id: pulumi.Output<string>;
  slug: pulumi.Output<string>;
  name: pulumi.Output<string>;
  integrations: pulumi.Output<string[]>;
}

export interface PlatformRef {
  /** A workspace the platform shares, by the key it published it under. */
  workspace(key: string): WorkspaceRef;
  /** A secret the platform shares; it stays secret. */
  secret(name: string): pulumi.Output<string>;
}

/** Reads what a platform stack published with `share.publish`. */
export function from(ref: pulumi.StackReference): PlatformRef {
  const shared = pulumi.all([ref.name, ref.getOutput(SHARED_OUTPUT)]).apply(([stack, value]) => checkShared(stack, value));
  const workspace = (key: string): WorkspaceRef => {
    const w = pulumi.all([ref.name, shared]).apply(([stack, s]) => pick(stack, s, key));
    return { id: w.id, slug: w.slug, name: w.name, integrations: w.integrations };
  };
  const secret = (name: string): pulumi.Output<string> =>
    pulumi.all([ref.name, ref.getOutput(SHARED_SECRETS_OUTPUT)]).apply(([stack, all]) => {
      const secrets = (all ?? {}) as Record<string, unknown>;
      if (typeof secrets[name] !== "string") {
        throw new SharingError(
          `stack ${stack} shares no secret "${name}"; it shares: ${list(Object.keys(secrets))}. Add it to share.publish({ secrets }) in the platform program.`,
        );
      }
      return secrets[name] as string;
    });
  return { workspace, secret };
}

function checkShared(stack: string, value: unknown): Shared {
  const s = value as Partial<Shared> | undefined;
  if (!s || typeof s !== "object" || typeof s.workspaces !== "object") {
    throw new SharingError(
      `stack ${stack} has no "${SHARED_OUTPUT}" output; the platform program must \`export const { aigov, aigovSecrets } = share.publish({...})\` and run \`pulumi up\`.`,
    );
  }
  if (s.format !== SHARE_FORMAT) {
    throw new SharingError(
      `stack ${stack} shares format ${String(s.format)}, and this program reads format ${SHARE_FORMAT}; update pulumi-aigov on both sides.`,
    );
  }
  return s as Shared;
}

function pick(stack: string, s: Shared, key: string): SharedWorkspace {
  const w = Object.hasOwn(s.workspaces, key) ? s.workspaces[key] : undefined;
  if (!w) throw new SharingError(`stack ${stack} shares no workspace "${key}"; it shares: ${list(Object.keys(s.workspaces))}.`);
  return w;
}

const list = (keys: string[]) => (keys.length ? [...keys].sort().join(", ") : "nothing");
