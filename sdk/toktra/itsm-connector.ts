import * as pulumi from "@pulumi/pulumi";
import { itsmConnectorSpec } from "../../spec/toktra/itsm-connector";
import { byIdSources } from "../core/data-source";
import { prepare, providerOf } from "../core/resource";

const impl = providerOf(itsmConnectorSpec);

/** ServiceNow takes username, password and assignmentGroup; Jira takes email, apiToken, projectKey and issueType. */
export interface ItsmConnectorArgs {
  name: pulumi.Input<string>;
  /** Changing it replaces the connector. */
  type: pulumi.Input<"servicenow" | "jira">;
  /** https only. */
  instanceUrl: pulumi.Input<string>;
  username?: pulumi.Input<string>;
  /** ServiceNow; stored as a secret, never read back. */
  password?: pulumi.Input<string>;
  assignmentGroup?: pulumi.Input<string>;
  email?: pulumi.Input<string>;
  /** Jira; stored as a secret, never read back. */
  apiToken?: pulumi.Input<string>;
  projectKey?: pulumi.Input<string>;
  issueType?: pulumi.Input<string>;
  active?: pulumi.Input<boolean>;
}

/** A Toktra ITSM connector. Import id: the connector id. */
export class ItsmConnector extends pulumi.dynamic.Resource {
  declare public readonly name: pulumi.Output<string>;
  declare public readonly type: pulumi.Output<"servicenow" | "jira">;
  declare public readonly instanceUrl: pulumi.Output<string>;
  declare public readonly username: pulumi.Output<string | undefined>;
  /** A salted fingerprint of the password, never the password. */
  declare public readonly password: pulumi.Output<string | undefined>;
  declare public readonly assignmentGroup: pulumi.Output<string | undefined>;
  declare public readonly email: pulumi.Output<string | undefined>;
  /** A salted fingerprint of the token, never the token. */
  declare public readonly apiToken: pulumi.Output<string | undefined>;
  declare public readonly projectKey: pulumi.Output<string | undefined>;
  declare public readonly issueType: pulumi.Output<string | undefined>;
  declare public readonly active: pulumi.Output<boolean | undefined>;
  declare public readonly createdAt: pulumi.Output<string>;
  declare public readonly updatedAt: pulumi.Output<string>;

  constructor(name: string, args: ItsmConnectorArgs, opts?: pulumi.CustomResourceOptions) {
    const p = prepare(impl.spec, name, args, opts);
    super(impl, name, p.props, p.opts, "toktra", "ItsmConnector");
  }
}

/** A connector as the API shows it: without its password or API token. */
export interface GetItsmConnectorResult {
  id: string;
  name: string;
  type: "servicenow" | "jira";
  instanceUrl: string;
  username?: string;
  assignmentGroup?: string;
  email?: string;
  projectKey?: string;
  issueType?: string;
  active?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** `getItsmConnector({ id })` looks up one connector; `getItsmConnectors()` lists them all. */
export const {
  one: getItsmConnector,
  oneOutput: getItsmConnectorOutput,
  all: getItsmConnectors,
  allOutput: getItsmConnectorsOutput,
} = byIdSources<GetItsmConnectorResult, "connectors">(impl.spec, "connectors");
