// Generated from spec/toktra/itsm-connector.ts by `npm run gen`; do not edit.
import * as pulumi from "@pulumi/pulumi";
import { itsmConnectorSpec } from "../../spec/toktra/itsm-connector";
import { list, lookup } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(itsmConnectorSpec);

/** The arguments of an {@link ItsmConnector}. */
export interface ItsmConnectorArgs {
  /** Display name. */
  name: pulumi.Input<string>;
  /** `servicenow` or `jira`. Changing it replaces the connector. */
  type: pulumi.Input<"servicenow" | "jira">;
  /** The ServiceNow instance (https://<instance>.service-now.com) or the Jira Cloud site (https://<site>.atlassian.net). https only. */
  instanceUrl: pulumi.Input<string>;
  /** ServiceNow: the user Toktra signs in as. */
  username?: pulumi.Input<string>;
  /**
   * ServiceNow: that user's password. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  password?: pulumi.Input<string>;
  /** ServiceNow: the group new incidents are assigned to. */
  assignmentGroup?: pulumi.Input<string>;
  /** Jira: the Atlassian account's email. */
  email?: pulumi.Input<string>;
  /**
   * Jira: the Atlassian account's API token. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  apiToken?: pulumi.Input<string>;
  /** Jira: the project issues are filed in, e.g. `SEC`. */
  projectKey?: pulumi.Input<string>;
  /** Jira: the issue type, e.g. `Task`; Jira's default when left out. */
  issueType?: pulumi.Input<string>;
  /** Whether tickets are opened. Defaults to true. */
  active?: pulumi.Input<boolean>;
}

/**
 * A Toktra ITSM connector: incidents in ServiceNow or issues in Jira Cloud for policy violations and alerts.
 *
 * Import id: `id`, e.g. `itsm_c31f8a0e64b9`. The Terraform provider's `toktra_itsm_config`.
 */
export class ItsmConnector extends pulumi.dynamic.Resource {
  /** Display name. */
  declare public readonly name: pulumi.Output<string>;
  /** `servicenow` or `jira`. Changing it replaces the connector. */
  declare public readonly type: pulumi.Output<"servicenow" | "jira">;
  /** The ServiceNow instance (https://<instance>.service-now.com) or the Jira Cloud site (https://<site>.atlassian.net). https only. */
  declare public readonly instanceUrl: pulumi.Output<string>;
  /** ServiceNow: the user Toktra signs in as. */
  declare public readonly username: pulumi.Output<string | undefined>;
  /**
   * ServiceNow: that user's password. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly password: pulumi.Output<string | undefined>;
  /** ServiceNow: the group new incidents are assigned to. */
  declare public readonly assignmentGroup: pulumi.Output<string | undefined>;
  /** Jira: the Atlassian account's email. */
  declare public readonly email: pulumi.Output<string | undefined>;
  /**
   * Jira: the Atlassian account's API token. Write-only: Toktra never returns it, so state keeps only a salted fingerprint.
   *
   * A secret: Pulumi keeps it encrypted.
   */
  declare public readonly apiToken: pulumi.Output<string | undefined>;
  /** Jira: the project issues are filed in, e.g. `SEC`. */
  declare public readonly projectKey: pulumi.Output<string | undefined>;
  /** Jira: the issue type, e.g. `Task`; Jira's default when left out. */
  declare public readonly issueType: pulumi.Output<string | undefined>;
  /** Whether tickets are opened. Defaults to true. */
  declare public readonly active: pulumi.Output<boolean | undefined>;
  /** When the object was created (ISO 8601). */
  declare public readonly createdAt: pulumi.Output<string>;
  /** When the object was last updated (ISO 8601). */
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: ItsmConnectorArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "ItsmConnector");
  }
}

/** An ItsmConnector as the API shows it, from its data sources. */
export interface GetItsmConnectorResult {
  /** The object's id. */
  id: string;
  /** Display name. */
  name: string;
  /** `servicenow` or `jira`. Changing it replaces the connector. */
  type: "servicenow" | "jira";
  /** The ServiceNow instance (https://<instance>.service-now.com) or the Jira Cloud site (https://<site>.atlassian.net). https only. */
  instanceUrl: string;
  /** ServiceNow: the user Toktra signs in as. */
  username?: string;
  /** ServiceNow: the group new incidents are assigned to. */
  assignmentGroup?: string;
  /** Jira: the Atlassian account's email. */
  email?: string;
  /** Jira: the project issues are filed in, e.g. `SEC`. */
  projectKey?: string;
  /** Jira: the issue type, e.g. `Task`; Jira's default when left out. */
  issueType?: string;
  /** Whether tickets are opened. Defaults to true. */
  active?: boolean;
  /** When the object was created (ISO 8601). */
  createdAt?: string;
  /** When the object was last updated (ISO 8601). */
  updatedAt?: string;
}

/** Looks up one ITSM connector by id. */
export function getItsmConnector(args: { id: string }): Promise<GetItsmConnectorResult> {
  return lookup<GetItsmConnectorResult>(impl.spec, "getItsmConnector", args);
}

/** {@link getItsmConnector}, with arguments that may be Outputs. */
export function getItsmConnectorOutput(args: { id: pulumi.Input<string> }): pulumi.Output<GetItsmConnectorResult> {
  return pulumi.output(args).apply(getItsmConnector);
}

/** Lists every ITSM connector of the organization. */
export function getItsmConnectors(): Promise<{ connectors: GetItsmConnectorResult[] }> {
  return list<GetItsmConnectorResult, "connectors">(impl.spec, "getItsmConnectors");
}

/** {@link getItsmConnectors}, as an Output. */
export function getItsmConnectorsOutput(): pulumi.Output<{ connectors: GetItsmConnectorResult[] }> {
  return pulumi.output(getItsmConnectors());
}
