// The benchmark's stack: N Portkey resources in realistic proportions, per ten:
// 2 workspaces, 1 integration, 2 access grants, 2 virtual keys, 3 gateway configs.
// The floor declares the same resources, with the same inputs, on a no-op provider;
// the native hosting declares them through `pulumi-aigov/native` (same classes).
// `declareTerraformShape` is the stack of the Terraform comparison.
import * as pulumi from "@pulumi/pulumi";
import type { Sdk } from "../tests/helpers/installed";

export type Flavor = "dynamic" | "native" | "floor";

class Noop extends pulumi.dynamic.Resource {
  constructor(provider: pulumi.dynamic.ResourceProvider, type: string, name: string, props: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) {
    super(provider, name, { ...props }, opts, "bench", type);
  }
}

interface Made {
  res: pulumi.Resource;
  id: pulumi.Output<string>;
  slug: pulumi.Output<string>;
}

type Ours = (name: string, a: never, o?: pulumi.CustomResourceOptions) => pulumi.CustomResource & { slug?: pulumi.Output<string> };

/** One resource: ours, or with `noop` the same type and inputs on the no-op provider. */
function made(
  noop: pulumi.dynamic.ResourceProvider | undefined,
  type: string,
  ours: Ours,
  name: string,
  args: Record<string, unknown>,
  opts?: pulumi.CustomResourceOptions,
): Made {
  const r = noop ? new Noop(noop, type, name, args, opts) : ours(name, args as never, opts);
  return { res: r, id: r.id, slug: (r as { slug?: pulumi.Output<string> }).slug ?? r.id };
}

/** Declares the stack; `changed` marks a tenth of the resources with new values. */
export function declare(s: Sdk, noop: pulumi.dynamic.ResourceProvider, flavor: Flavor, n: number, changed: boolean): void {
  const mark = (i: number) => (changed && i % 10 === 0 ? " (changed)" : "");
  let i = 0;
  const make = (type: string, ours: Ours, name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions): Made => {
    i++;
    return made(flavor === "floor" ? noop : undefined, type, ours, name, args, opts);
  };
  for (let u = 0; u < n / 10; u++) {
    const ws = [0, 1].map((k) => make("Workspace", (nm, a) => new s.portkey.Workspace(nm, a), `ws-${u}-${k}`, { name: `Bench ${u}-${k}${mark(i)}` }));
    const integ = make("Integration", (nm, a) => new s.portkey.Integration(nm, a), `int-${u}`, {
      name: `Bench creds ${u}`,
      aiProviderId: "openai",
      key: `sk-bench-${u}`,
      description: `creds${mark(i)}`,
    });
    ws.forEach((w, k) => {
      const access = make("IntegrationWorkspaceAccess", (nm, a) => new s.portkey.IntegrationWorkspaceAccess(nm, a), `acc-${u}-${k}`, {
        integrationId: integ.slug,
        workspaceId: w.id,
      });
      make(
        "VirtualKey",
        (nm, a, o) => new s.portkey.VirtualKey(nm, a, o),
        `vk-${u}-${k}`,
        { name: `bench key ${u}-${k}`, workspaceId: w.id, integrationId: integ.slug, note: `n${mark(i)}` },
        { dependsOn: [access.res] },
      );
    });
    for (let k = 0; k < 3; k++) {
      make("GatewayConfig", (nm, a) => new s.portkey.GatewayConfig(nm, a), `cfg-${u}-${k}`, {
        name: `bench routing ${u}-${k}${mark(i)}`,
        workspaceId: ws[k % 2]!.id,
        config: { retry: { attempts: k } },
      });
    }
  }
}

/**
 * The Terraform comparison's 101 resources: 1 integration, 25 workspaces each
 * with an access grant, a virtual key and a gateway config. With `noop`, the
 * same graph and inputs on the no-op provider (the floor of that comparison).
 */
export function declareTerraformShape(s: Sdk, noop?: pulumi.dynamic.ResourceProvider): void {
  const make = (type: string, ours: Ours, name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) =>
    made(noop, type, ours, name, args, opts);
  const integ = make("Integration", (nm, a) => new s.portkey.Integration(nm, a), "int", { name: "Bench creds", aiProviderId: "openai", key: "sk-bench" });
  for (let u = 0; u < 25; u++) {
    const ws = make("Workspace", (nm, a) => new s.portkey.Workspace(nm, a), `ws-${u}`, { name: `Bench ${u}` });
    const access = make("IntegrationWorkspaceAccess", (nm, a) => new s.portkey.IntegrationWorkspaceAccess(nm, a), `acc-${u}`, {
      integrationId: integ.slug,
      workspaceId: ws.id,
    });
    make(
      "VirtualKey",
      (nm, a, o) => new s.portkey.VirtualKey(nm, a, o),
      `vk-${u}`,
      { name: `bench key ${u}`, workspaceId: ws.id, integrationId: integ.slug },
      { dependsOn: [access.res] },
    );
    make("GatewayConfig", (nm, a) => new s.portkey.GatewayConfig(nm, a), `cfg-${u}`, {
      name: `bench routing ${u}`,
      workspaceId: ws.id,
      config: { retry: { attempts: 2 } },
    });
  }
}
