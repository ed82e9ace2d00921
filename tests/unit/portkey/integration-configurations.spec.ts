// An integration's Azure OpenAI and AWS Bedrock `configurations`, checked at
// preview: the Terraform README's examples pass, each rule refuses with the
// field's path, the rule and the fix, and values not known yet pass.
import { expect } from "chai";
import { UNKNOWN } from "../../../provider/core/keys";
import { validateInputs } from "../../../provider/core/validate";
import { integrationSpec } from "../../../spec/portkey/integration";

type Doc = Record<string, unknown>;

const deployment = (over: Doc = {}): Doc => ({
  azure_deployment_name: "gpt-4-deployment",
  azure_api_version: "2024-02-15-preview",
  azure_model_slug: "gpt-4",
  ...over,
});
const azureConfig = (over: Doc = {}): Doc => ({
  azure_auth_mode: "default",
  azure_resource_name: "my-azure-resource",
  azure_deployment_config: [deployment({ is_default: true }), deployment({ alias: "gpt35", azure_model_slug: "gpt-35-turbo" })],
  ...over,
});
const entraConfig = (over: Doc = {}): Doc =>
  azureConfig({ azure_auth_mode: "entra", azure_entra_tenant_id: "t-1", azure_entra_client_id: "c-1", azure_entra_client_secret: "s3cret-value", ...over });
const azure = (configurations: unknown, over: Doc = {}): Doc => ({ name: "a", aiProviderId: "azure-openai", key: "azure-key-1234", configurations, ...over });
const role = { aws_role_arn: "arn:aws:iam::123456789012:role/PortkeyBedrockRole", aws_region: "us-east-1", aws_external_id: "ext" };
const keys = { aws_access_key_id: "AKIAEXAMPLE", aws_region: "us-east-1" };
const bedrock = (configurations: unknown, over: Doc = {}): Doc => ({ name: "b", aiProviderId: "aws-bedrock", configurations, ...over });

const reasons = (inputs: Doc) => validateInputs(integrationSpec, inputs);
const mapping = (targetField: string) => ({ targetField, secretReferenceId: "vault-ref" });

describe("Integration configurations: accepted", () => {
  const rows: [string, Doc][] = [
    ["Azure, default mode with a key, a default and an aliased deployment", azure(azureConfig())],
    ["Azure, as a JSON string", azure(JSON.stringify(azureConfig()))],
    ["Azure, entra mode without a key", azure(entraConfig(), { key: undefined })],
    ["Azure, managed mode with a client id", azure(azureConfig({ azure_auth_mode: "managed", azure_managed_client_id: "m-1" }), { key: undefined })],
    ["Azure, managed mode without a client id", azure(azureConfig({ azure_auth_mode: "managed" }), { key: undefined })],
    [
      "Azure, an API version of exactly 30 characters",
      azure(azureConfig({ azure_deployment_config: [deployment({ is_default: true, azure_api_version: "x".repeat(30) })] })),
    ],
    ["Bedrock, role mode", bedrock(role)],
    ["Bedrock, role mode in another partition", bedrock({ ...role, aws_role_arn: "arn:aws-us-gov:iam::123456789012:role/path/Role" })],
    ["Bedrock, access keys with the secret in key", bedrock(keys, { key: "aws-secret-1234" })],
    ["Bedrock, access keys with the secret in configurations", bedrock({ ...keys, aws_secret_access_key: "aws-secret-1234" })],
    ["Bedrock under the id bedrock", bedrock(role, { aiProviderId: "bedrock" })],
    ["another provider's settings are not judged", { name: "o", aiProviderId: "openai", configurations: { azure_auth_mode: "nonsense" } }],
    ["Azure without configurations", azure(undefined)],
    ["configurations not known yet", azure(UNKNOWN)],
    ["Azure, the key not known yet", azure(azureConfig(), { key: UNKNOWN })],
    ["Azure, the mode not known yet", azure(azureConfig({ azure_auth_mode: UNKNOWN }), { key: undefined })],
    ["Azure, the entra secret not known yet", azure(entraConfig({ azure_entra_client_secret: UNKNOWN }), { key: undefined })],
    ["Azure, the deployments not known yet", azure(azureConfig({ azure_deployment_config: UNKNOWN }))],
    ["Azure, one deployment not known yet", azure(azureConfig({ azure_deployment_config: [UNKNOWN] }))],
    ["Azure, whether a deployment is the default not known yet", azure(azureConfig({ azure_deployment_config: [deployment({ is_default: UNKNOWN })] }))],
    ["Bedrock, the role not known yet", bedrock({ ...role, aws_role_arn: UNKNOWN })],
    ["the provider not known yet", azure({}, { aiProviderId: UNKNOWN })],
    ["Azure, default mode with the key from a secret reference", azure(azureConfig(), { key: undefined, secretMappings: [mapping("key")] })],
    ["Azure, the mappings as a JSON string", azure(azureConfig(), { key: undefined, secretMappings: JSON.stringify([mapping("key")]) })],
    ["Azure, the mappings not known yet", azure(azureConfig(), { key: undefined, secretMappings: UNKNOWN })],
    [
      "Azure, entra with the client secret from a secret reference",
      azure(entraConfig({ azure_entra_client_secret: undefined }), { key: undefined, secretMappings: [mapping("configurations.azure_entra_client_secret")] }),
    ],
    ["Bedrock, access keys with the secret key from a secret reference", bedrock(keys, { secretMappings: [mapping("key")] })],
    ["Bedrock, the secret access key from a secret reference", bedrock(keys, { secretMappings: [mapping("configurations.aws_secret_access_key")] })],
  ];
  for (const [what, inputs] of rows) it(what, () => expect(reasons(inputs)).to.deep.equal([]));
});

describe("Integration configurations: refused, naming the field path, the rule and the fix", () => {
  const noDeployments = (list: unknown) => azure(azureConfig({ azure_deployment_config: list }));
  const rows: [string, Doc, string, RegExp][] = [
    [
      "Azure, default mode with a mapping of another field only",
      azure(azureConfig(), { key: undefined, secretMappings: [mapping("configurations.azure_resource_name")] }),
      "key",
      /^Integration\.key is required .*or map key to a secret reference/,
    ],
    [
      "Azure without a mode",
      azure(azureConfig({ azure_auth_mode: undefined })),
      "configurations",
      /^Integration\.configurations\.azure_auth_mode is required \(when aiProviderId is azure-openai\); set it to "default"/,
    ],
    [
      "Azure with an unknown mode",
      azure(azureConfig({ azure_auth_mode: "oauth" })),
      "configurations",
      /azure_auth_mode must be one of: default, entra, managed .*"managed" \(an Azure managed identity\)/,
    ],
    [
      "Azure without a resource name",
      azure(azureConfig({ azure_resource_name: undefined })),
      "configurations",
      /configurations\.azure_resource_name is required .*; give the name of your Azure OpenAI resource/,
    ],
    ["Azure with a blank resource name", azure(azureConfig({ azure_resource_name: " " })), "configurations", /azure_resource_name must be a non-empty string/],
    [
      "Azure without deployments",
      noDeployments(undefined),
      "configurations",
      /configurations\.azure_deployment_config is required .*; list each deployment of the resource, e.g. \[\{"azure_deployment_name"/,
    ],
    ["Azure with an empty deployment list", noDeployments([]), "configurations", /configurations\.azure_deployment_config must list at least one deployment/],
    [
      "Azure with deployments as an object",
      noDeployments({ azure_deployment_name: "d" }),
      "configurations",
      /azure_deployment_config must be a list of deployments/,
    ],
    [
      "a deployment that is not an object",
      noDeployments(["gpt-4"]),
      "configurations",
      /azure_deployment_config\[0\] must be an object .*; give azure_deployment_name, azure_api_version and azure_model_slug/,
    ],
    [
      "a deployment without a name",
      noDeployments([deployment({ is_default: true, azure_deployment_name: undefined })]),
      "configurations",
      /azure_deployment_config\[0\]\.azure_deployment_name is required .*Azure OpenAI Studio/,
    ],
    [
      "a deployment without an API version",
      noDeployments([deployment({ is_default: true, azure_api_version: undefined })]),
      "configurations",
      /\[0\]\.azure_api_version is required .*"2024-02-15-preview"/,
    ],
    [
      "an API version of 31 characters",
      noDeployments([deployment({ is_default: true, azure_api_version: "x".repeat(31) })]),
      "configurations",
      /\[0\]\.azure_api_version takes at most 30 characters, not 31/,
    ],
    [
      "a deployment without a model",
      noDeployments([deployment({ is_default: true, azure_model_slug: "" })]),
      "configurations",
      /\[0\]\.azure_model_slug must be a non-empty string .*"gpt-35-turbo"/,
    ],
    [
      "a second deployment without an alias",
      noDeployments([deployment({ is_default: true }), deployment()]),
      "configurations",
      /^Integration\.configurations\.azure_deployment_config\[1\]\.alias is required \(when aiProviderId is azure-openai and is_default is not true\); give the deployment an alias/,
    ],
    [
      "a deployment with is_default false and no alias",
      noDeployments([deployment({ is_default: false })]),
      "configurations",
      /azure_deployment_config\[0\]\.alias is required/,
    ],
    ["is_default as text", noDeployments([deployment({ is_default: "yes", alias: "a" })]), "configurations", /\[0\]\.is_default must be true or false/],
    [
      "entra without a tenant",
      azure(entraConfig({ azure_entra_tenant_id: undefined })),
      "configurations",
      /configurations\.azure_entra_tenant_id is required \(when aiProviderId is azure-openai and configurations\.azure_auth_mode is entra\)/,
    ],
    [
      "entra without a client id",
      azure(entraConfig({ azure_entra_client_id: undefined })),
      "configurations",
      /configurations\.azure_entra_client_id is required .*app registration/,
    ],
    [
      "entra without a client secret",
      azure(entraConfig({ azure_entra_client_secret: undefined })),
      "configurations",
      /configurations\.azure_entra_client_secret is required .*config\.requireSecret/,
    ],
    [
      "default mode without a key",
      azure(azureConfig(), { key: undefined }),
      "key",
      /^Integration\.key is required \(when aiProviderId is azure-openai and configurations\.azure_auth_mode is default\); give the Azure OpenAI API key as key/,
    ],
    [
      "Bedrock without a region",
      bedrock({ ...role, aws_region: undefined }),
      "configurations",
      /^Integration\.configurations\.aws_region is required \(when aiProviderId is aws-bedrock\); give the AWS region/,
    ],
    [
      "Bedrock with neither role nor access key",
      bedrock({ aws_region: "us-east-1" }),
      "configurations",
      /configurations\.aws_role_arn or configurations\.aws_access_key_id is required .*; give aws_role_arn/,
    ],
    [
      "Bedrock with both role and access key",
      bedrock({ ...role, ...keys }, { key: "k" }),
      "configurations",
      /aws_role_arn and configurations\.aws_access_key_id are both given .*not both/,
    ],
    [
      "a role ARN of another shape",
      bedrock({ ...role, aws_role_arn: "arn:aws:iam::1234:role/R" }),
      "configurations",
      /configurations\.aws_role_arn must be an IAM role ARN, arn:aws:iam::<12-digit account id>:role\/<role name>/,
    ],
    [
      "a user ARN as the role",
      bedrock({ ...role, aws_role_arn: "arn:aws:iam::123456789012:user/u" }),
      "configurations",
      /aws_role_arn must be an IAM role ARN/,
    ],
    [
      "access keys without the secret",
      bedrock(keys),
      "key",
      /^Integration\.key is required \(when aiProviderId is aws-bedrock and configurations\.aws_access_key_id is given\); give the AWS secret access key as key/,
    ],
    [
      "an empty access key id",
      bedrock({ ...keys, aws_access_key_id: "" }, { key: "k" }),
      "configurations",
      /configurations\.aws_access_key_id must be a non-empty string/,
    ],
    ["Bedrock under the id bedrock", bedrock({ aws_region: "us-east-1" }, { aiProviderId: "bedrock" }), "configurations", /\(when aiProviderId is bedrock\)/],
    [
      "Azure as a JSON string",
      azure(JSON.stringify(azureConfig({ azure_resource_name: undefined }))),
      "configurations",
      /configurations\.azure_resource_name is required/,
    ],
    [
      "the known parts of a partly unknown document",
      azure(azureConfig({ azure_resource_name: undefined, azure_entra_client_secret: UNKNOWN })),
      "configurations",
      /configurations\.azure_resource_name is required/,
    ],
  ];
  for (const [what, inputs, property, expected] of rows) {
    it(what, () => {
      const failures = reasons(inputs);
      expect(failures, JSON.stringify(failures)).to.have.lengthOf(1);
      expect(failures[0]!.property).to.equal(property);
      expect(failures[0]!.reason).to.match(expected);
    });
  }

  it("a message never shows a configuration value", () => {
    const secret = "s3cret-client-value";
    const all = [
      reasons(azure(entraConfig({ azure_entra_client_secret: secret, azure_auth_mode: "oauth", azure_resource_name: 5 }))),
      reasons(bedrock({ aws_role_arn: `arn:${secret}`, aws_region: "us-east-1" })),
    ].flat();
    expect(all.length).to.be.greaterThan(0);
    for (const f of all) expect(f.reason).to.not.include(secret).and.not.include("oauth");
  });
});
