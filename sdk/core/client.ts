// Data sources run inside the program (dynamic providers cannot serve
// invokes), so they read the same stack config and environment themselves.
import * as pulumi from "@pulumi/pulumi";
import { clientFor, settingsFrom } from "../../provider/core/config";
import { Vendor } from "../../spec/core/types";
import type { ApiClient } from "../../provider/http";

export function programClient(vendor: Vendor): ApiClient {
  // runtime.getConfig reads the value without the "use getSecret" warning that
  // Config.get prints for secret keys; the value never leaves this process.
  return clientFor(
    vendor,
    settingsFrom(vendor, (k) => pulumi.runtime.getConfig(k)),
  );
}
