// SecretReference: its life on the real engine, and its bad-input cases.
import type { ResourceTable } from "../../helpers/tables";

const awsKeys = { aws_auth_type: "accessKey", aws_access_key_id: "AKIA0099LIFECYCLE", aws_secret_access_key: "aws-sm-secret-0099", aws_region: "eu-west-1" };
const vault = { vault_auth_type: "token", vault_addr: "https://vault.example.test", vault_token: "hvs-lifecycle-token-0099" };
const ref = { name: "r", managerType: "aws_sm", authConfig: awsKeys, secretPath: "prod/openai/api-key" };

export const table: ResourceTable = {
  lifecycle: {
    type: "SecretReference",
    hasImmutableFields: true,
    mismatchField: "secretPath",
    program(s, variant, imp) {
      const ws = imp ? imp.from.workspaceId : new s.portkey.Workspace("ws", { name: "Secrets" }).id;
      const base = {
        name: "OpenAI key in AWS",
        managerType: "aws_sm",
        authConfig: awsKeys,
        secretPath: "prod/openai/api-key",
        secretKey: "OPENAI_API_KEY",
        description: "first",
        allowedWorkspaces: [ws],
        tags: { env: "prod" },
      };
      // The credentials as a JSON string, and the workspace list dropped: every workspace may use it again.
      const updated = {
        name: "OpenAI key in AWS",
        managerType: "aws_sm",
        authConfig: JSON.stringify({ ...awsKeys, aws_region: "eu-central-1" }),
        secretPath: "prod/openai/api-key-2",
        description: "second",
        tags: { env: "prod", owner: "platform" },
      };
      const replaced = { ...updated, managerType: "hashicorp_vault", authConfig: vault, secretPath: "secret/data/openai" };
      const args = { base, updated, replaced }[variant] as never;
      const r = new s.portkey.SecretReference("ref", args, imp ? { import: imp.importId } : {});
      return { targetId: r.id, slug: r.slug, allowAll: r.allowAllWorkspaces, workspaceId: ws };
    },
    async drift(a, out) {
      await a.put(`/secret-references/${out.slug}`, { description: "changed in the dashboard" });
    },
    async drifted(a, out) {
      return (await a.get(`/secret-references/${out.slug}`)).description === "changed in the dashboard";
    },
    async removeOutOfBand(a, out) {
      await a.delete(`/secret-references/${out.slug}`);
    },
    async count(a) {
      return (await a.get("/secret-references")).total;
    },
    importId: (out) => String(out.slug),
  },
  badInput: [
    ["empty workspace list", { ...ref, allowedWorkspaces: [] }, /SecretReference\.allowedWorkspaces must not be empty: list at least 1 item/],
    ["unknown manager type", { ...ref, managerType: "gcp_sm" }, /SecretReference\.managerType must be one of: aws_sm, azure_kv, hashicorp_vault/],
    ["missing secret path", { ...ref, secretPath: undefined }, /SecretReference\.secretPath is required/],
    ["missing credentials", { ...ref, authConfig: undefined }, /SecretReference\.authConfig is required/],
    ["credentials as a list", { ...ref, authConfig: "[1, 2]" }, /SecretReference\.authConfig must be object/],
    [
      "AWS credentials without an auth type",
      { ...ref, authConfig: { ...awsKeys, aws_auth_type: undefined } },
      /SecretReference\.authConfig is missing the required key "aws_auth_type" \(when managerType is aws_sm/,
    ],
    [
      "Vault credentials for AWS",
      { ...ref, authConfig: vault },
      /SecretReference\.authConfig is missing the required key "aws_auth_type" \(when managerType is aws_sm/,
    ],
    [
      "Azure credentials without the vault URL",
      { ...ref, managerType: "azure_kv", authConfig: { azure_auth_mode: "managed" } },
      /SecretReference\.authConfig is missing the required key "azure_vault_url" \(when managerType is azure_kv/,
    ],
    ["slug with a space", { ...ref, slug: "my secret" }, /SecretReference\.slug must match/],
  ],
};
