import * as pulumi from "@pulumi/pulumi";
import { siemConnectorSpec } from "../../spec/toktra/siem-connector";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";
import type { AlertType, Severity } from "./types";

const impl = providerOf(siemConnectorSpec);

export interface SiemConnectorArgs {
  name: pulumi.Input<string>;
  /** Changing it replaces the connector. */
  type: pulumi.Input<"splunk" | "datadog" | "elasticsearch">;
  /** https only. */
  endpoint: pulumi.Input<string>;
  /** The SIEM's credential; stored as a secret, never read back. */
  token: pulumi.Input<string>;
  /** HMAC signing secret; stored as a secret, never read back. */
  signingSecret?: pulumi.Input<string>;
  /** Every type when left out; if given, at least one. */
  eventTypes?: pulumi.Input<pulumi.Input<AlertType>[]>;
  minSeverity?: pulumi.Input<Severity>;
  active?: pulumi.Input<boolean>;
}

/** A Toktra SIEM connector. Import id: the connector id. */
export class SiemConnector extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly type: pulumi.Output<"splunk" | "datadog" | "elasticsearch">;
  declare public readonly endpoint: pulumi.Output<string>;
  /** A salted fingerprint of the token, never the token. */
  declare public readonly token: pulumi.Output<string>;
  declare public readonly signingSecret: pulumi.Output<string | undefined>;
  declare public readonly eventTypes: pulumi.Output<AlertType[] | undefined>;
  declare public readonly minSeverity: pulumi.Output<Severity | undefined>;
  declare public readonly active: pulumi.Output<boolean | undefined>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: SiemConnectorArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "SiemConnector");
  }
}

/** A connector as the API shows it: without its token or signing secret. */
export interface GetSiemConnectorResult {
  id: string;
  name: string;
  type: "splunk" | "datadog" | "elasticsearch";
  endpoint: string;
  eventTypes?: AlertType[];
  minSeverity?: Severity;
  active?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** `getSiemConnector({ id })` looks up one connector; `getSiemConnectors()` lists them all. */
export const {
  one: getSiemConnector,
  oneOutput: getSiemConnectorOutput,
  all: getSiemConnectors,
  allOutput: getSiemConnectorsOutput,
} = byIdSources<GetSiemConnectorResult, "connectors">(impl.spec, "connectors");
