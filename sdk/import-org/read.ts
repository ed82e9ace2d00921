// Reads an organisation: every resource type of the vendor in the registry,
// parents first, each object as the provider reads it.
import type { ApiClient } from "../../provider/http";
import { resourcesOf } from "../../spec";
import type { Vendor } from "../../spec/core/types";
import { listType } from "./list";
import { Found, parentsFirst } from "./model";
import { withoutOverlaps } from "./overlaps";
import { Progress } from "./progress";
import { chosenWorkspace, narrowToWorkspace, SCOPE_TYPE } from "./scope";
import { ImportOrgError } from "./errors";

export interface ReadOptions {
  vendor: Vendor;
  workspace?: string;
  pageSize?: number;
  progress?: Progress;
}

export function typesOf(vendor: Vendor): string[] {
  return parentsFirst(resourcesOf(vendor)).map((s) => s.name);
}

export async function readOrganisation(client: ApiClient, opts: ReadOptions): Promise<Found[]> {
  const specs = parentsFirst(resourcesOf(opts.vendor));
  if (opts.workspace !== undefined && !specs.some((s) => s.name === SCOPE_TYPE)) {
    throw new ImportOrgError(`--workspace: ${opts.vendor} has no workspaces; leave it out`);
  }
  let found: Found[] = [];
  let ws: Found | undefined;
  for (const spec of specs) {
    opts.progress?.start(spec.name);
    let listed = await listType(client, spec, found, { pageSize: opts.pageSize }, () => opts.progress?.object());
    // Children are listed per workspace: only the chosen one is listed further.
    if (opts.workspace !== undefined && spec.name === SCOPE_TYPE) listed = [(ws = chosenWorkspace(opts.workspace, listed))];
    opts.progress?.finish();
    found = [...found, ...listed];
  }
  const adopted = withoutOverlaps(found);
  return ws ? narrowToWorkspace(ws, adopted) : adopted;
}
