// Integration: its life on the real engine, and its bad-input cases.
import * as pulumi from "@pulumi/pulumi";
import type { ResourceTable } from "../../helpers/tables";

const integ = { name: "i", aiProviderId: "openai" };
// Values unlike the examples the messages give, so a message quoting one would be noticed.
const deployment = { azure_deployment_name: "prod-gpt4o", azure_api_version: "2024-10-21", azure_model_slug: "gpt-4o", is_default: true };
const azureDoc = { azure_auth_mode: "default", azure_resource_name: "contoso-openai", azure_deployment_config: [deployment] };
const azure = (configurations: Record<string, unknown>, keyed = true) => ({
  name: "az",
  aiProviderId: "azure-openai",
  ...(keyed ? { key: "azure-key-5678" } : {}),
  configurations,
});
const entra = {
  ...azureDoc,
  azure_auth_mode: "entra",
  azure_entra_tenant_id: "tenant-0042",
  azure_entra_client_id: "client-0042",
  azure_entra_client_secret: "entra-pw-0042",
};
const bedrock = (configurations: Record<string, unknown>, key?: string) => ({ name: "br", aiProviderId: "aws-bedrock", key, configurations });
const role = { aws_role_arn: "arn:aws:iam::210987654321:role/BedrockAccess", aws_region: "eu-west-1" };

export const table: ResourceTable = {
  lifecycle: {
    type: "Integration",
    hasImmutableFields: true,
    mismatchField: "aiProviderId",
    program(s, variant, imp) {
      // From the update on, the key comes from a secret reference instead.
      const vault = { vault_auth_type: "token", vault_addr: "https://vault.example.test", vault_token: "hvs-integration-4444" };
      const refSlug: pulumi.Input<string> = imp
        ? String(imp.from.refSlug)
        : new s.portkey.SecretReference("ref", { name: "LLM key", managerType: "hashicorp_vault", authConfig: vault, secretPath: "secret/data/llm" }).slug;
      const secretMappings = [{ targetField: "key", secretReferenceId: refSlug }];
      const args = {
        base: { name: "LLM creds", aiProviderId: "openai", key: "sk-base-key-1111", description: "first", configurations: { openai_organization: "org-1" } },
        updated: { name: "LLM creds", aiProviderId: "openai", secretMappings, description: "second", configurations: '{"openai_organization": "org-2"}' },
        replaced: { name: "LLM creds", aiProviderId: "anthropic", secretMappings, description: "second" },
      }[variant];
      const integration = new s.portkey.Integration("integration", args, imp ? { import: imp.importId } : {});
      return { targetId: integration.id, slug: integration.slug, refSlug };
    },
    async drift(a, out) {
      await a.put(`/integrations/${out.slug}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/integrations/${out.slug}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/integrations/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/integrations")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["missing provider", { name: "i" }, /Integration\.aiProviderId is required/],
    ["missing name", { aiProviderId: "openai" }, /Integration\.name is required/],
    ["provider with a space", { ...integ, aiProviderId: "Open AI" }, /Integration\.aiProviderId must match/],
    ["slug with capitals", { ...integ, slug: "Bad_Slug" }, /Integration\.slug must match/],
    ["one-letter slug", { ...integ, slug: "a" }, /Integration\.slug must match/],
    ["empty key", { ...integ, key: "" }, /Integration\.key must not be empty/],
    ["malformed configurations", { ...integ, configurations: '{"azure_resource_name": ' }, /Integration\.configurations must be valid JSON/],
    ["HCL configurations", { ...integ, configurations: 'aws_region = "eu-west-1"' }, /Integration\.configurations must be valid JSON.*looks like HCL/],
    ["configurations as a list", { ...integ, configurations: "[1, 2]" }, /Integration\.configurations must be object/],
    ["empty workspace", { ...integ, workspaceId: "" }, /Integration\.workspaceId must not be empty/],
    ["description as a number", { ...integ, description: 5 }, /Integration\.description must be string/],
    ["unknown argument", { ...integ, apiKey: "x" }, /Integration\.apiKey is not a known argument/],
    [
      "a field mapped twice",
      {
        ...integ,
        secretMappings: [
          { targetField: "key", secretReferenceId: "ref-1" },
          { targetField: "key", secretReferenceId: "ref-2" },
        ],
      },
      /Integration\.secretMappings\[1\]\.targetField key is mapped twice/,
    ],
    [
      "a mapping of another field",
      { ...integ, secretMappings: [{ targetField: "api_key", secretReferenceId: "ref-1" }] },
      /Integration\.secretMappings\[0\]\.targetField must match/,
    ],
    [
      "a mapping without its reference",
      { ...integ, secretMappings: [{ targetField: "key" }] },
      /secretMappings\[0\] is missing the required key "secretReferenceId"/,
    ],
    ["Azure without an auth mode", azure({ ...azureDoc, azure_auth_mode: undefined }), /Integration\.configurations\.azure_auth_mode is required .*"entra"/],
    [
      "Azure with an unknown auth mode",
      azure({ ...azureDoc, azure_auth_mode: "oauth" }),
      /configurations\.azure_auth_mode must be one of: default, entra, managed/,
    ],
    ["Azure without a resource name", azure({ ...azureDoc, azure_resource_name: undefined }), /configurations\.azure_resource_name is required/],
    [
      "Azure with no deployment",
      azure({ ...azureDoc, azure_deployment_config: [] }),
      /configurations\.azure_deployment_config must list at least one deployment/,
    ],
    [
      "Azure deployment without a name",
      azure({ ...azureDoc, azure_deployment_config: [{ ...deployment, azure_deployment_name: undefined }] }),
      /configurations\.azure_deployment_config\[0\]\.azure_deployment_name is required/,
    ],
    [
      "Azure API version over 30 characters",
      azure({ ...azureDoc, azure_deployment_config: [{ ...deployment, azure_api_version: "2024-10-21-preview-with-a-long-tail" }] }),
      /configurations\.azure_deployment_config\[0\]\.azure_api_version takes at most 30 characters/,
    ],
    [
      "Azure deployment without a model",
      azure({ ...azureDoc, azure_deployment_config: [{ ...deployment, azure_model_slug: undefined }] }),
      /configurations\.azure_deployment_config\[0\]\.azure_model_slug is required/,
    ],
    [
      "Azure second deployment without an alias",
      azure({ ...azureDoc, azure_deployment_config: [deployment, { ...deployment, is_default: undefined }] }),
      /configurations\.azure_deployment_config\[1\]\.alias is required .*is_default is not true.*give the deployment an alias/,
    ],
    [
      "Azure entra without a tenant",
      azure({ ...entra, azure_entra_tenant_id: undefined }, false),
      /configurations\.azure_entra_tenant_id is required .*is entra/,
    ],
    ["Azure entra without a client id", azure({ ...entra, azure_entra_client_id: undefined }, false), /configurations\.azure_entra_client_id is required/],
    [
      "Azure entra without a client secret",
      azure({ ...entra, azure_entra_client_secret: undefined }, false),
      /configurations\.azure_entra_client_secret is required/,
    ],
    [
      "Azure default mode without a key",
      azure(azureDoc, false),
      /Integration\.key is required \(when aiProviderId is azure-openai and configurations\.azure_auth_mode is default\)/,
    ],
    ["Bedrock without a region", bedrock({ ...role, aws_region: undefined }), /configurations\.aws_region is required \(when aiProviderId is aws-bedrock\)/],
    [
      "Bedrock with neither role nor access key",
      bedrock({ aws_region: "eu-west-1" }),
      /configurations\.aws_role_arn or configurations\.aws_access_key_id is required/,
    ],
    ["Bedrock with both role and access key", bedrock({ ...role, aws_access_key_id: "AKIA0042EXAMPLE" }, "aws-secret-0042"), /are both given/],
    [
      "Bedrock role ARN of another shape",
      bedrock({ ...role, aws_role_arn: "arn:aws:iam::2109876:role/BedrockAccess" }),
      /configurations\.aws_role_arn must be an IAM role ARN/,
    ],
    [
      "Bedrock access key without the secret",
      bedrock({ aws_access_key_id: "AKIA0042EXAMPLE", aws_region: "eu-west-1" }),
      /Integration\.key is required \(when aiProviderId is aws-bedrock and configurations\.aws_access_key_id is given\)/,
    ],
  ],
};
