// The platform side of stack-reference sharing: one plain output (`aigov`) with
// the workspaces an application team builds in, and one secret output
// (`aigovSecrets`) for credentials, so that ids stay readable and keys stay secret.
import * as pulumi from "@pulumi/pulumi";

/** The names of the two stack outputs `publish` makes; `share.from` reads them. */
export const SHARED_OUTPUT = "aigov";
export const SHARED_SECRETS_OUTPUT = "aigovSecrets";
/** Bumped when the shape changes, so an old platform stack is named, not misread. */
export const SHARE_FORMAT = 1;

/** A workspace as an application team sees it. */
export interface SharedWorkspace {
  id: string;
  slug: string;
  name: string;
  /** Slugs of the integrations enabled for the workspace. */
  integrations: string[];
}

export interface Shared {
  format: number;
  workspaces: Record<string, SharedWorkspace>;
}

/** What a platform program shares: workspaces by a key of its choosing, and secrets by name. */
export interface PublishArgs {
  workspaces: Record<
    string,
    {
      workspace: { id: pulumi.Input<string>; slug: pulumi.Input<string>; name: pulumi.Input<string> };
      integrations?: pulumi.Input<string>[];
    }
  >;
  secrets?: Record<string, pulumi.Input<string>>;
}

/** Export both values: `export const { aigov, aigovSecrets } = share.publish({...})`. */
export function publish(args: PublishArgs): { aigov: pulumi.Output<Shared>; aigovSecrets: pulumi.Output<Record<string, string>> } {
  const workspaces = Object.fromEntries(
    Object.entries(args.workspaces).map(([key, w]) => [
      key,
      pulumi.output({ id: w.workspace.id, slug: w.workspace.slug, name: w.workspace.name, integrations: pulumi.output(w.integrations ?? []) }),
    ]),
  );
  return {
    aigov: pulumi.output({ format: SHARE_FORMAT, workspaces }) as pulumi.Output<Shared>,
    aigovSecrets: pulumi.secret(pulumi.output(args.secrets ?? {})) as pulumi.Output<Record<string, string>>,
  };
}
