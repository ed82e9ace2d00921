// What an integration's `configurations` must hold for Azure OpenAI and AWS
// Bedrock: the Portkey Terraform provider's README (its Azure field table and
// Bedrock examples) and the OpenAPI schemas AzureOpenAIConfiguration and
// AzureDeploymentConfig. Checked at preview, so a create Portkey would refuse
// is never sent. A value not known until apply passes; Portkey judges it then.
// A field a secret mapping fills (`key`, `configurations.<field>`) need not be
// given. Messages never quote a value: `configurations` is a secret.
import type { ContentCheck, InputProblem } from "../core/types";
import { mapsTarget } from "./secret-mappings";

type Doc = Record<string, unknown>;

interface Scope {
  doc: Doc;
  inputs: Doc;
  known: (v: unknown) => boolean;
  /** The condition that makes the rules apply, e.g. `aiProviderId is azure-openai`. */
  when: string;
  out: InputProblem[];
}

export const AZURE_AUTH_MODES = ["default", "entra", "managed"] as const;
export const AZURE_API_VERSION_MAX = 30;
/** The partitions' IAM role ARNs: `arn:aws:iam::<12-digit account>:role/<path and name>`. */
export const ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const BEDROCK_IDS = ["aws-bedrock", "bedrock"];

const DEPLOYMENT_EXAMPLE =
  '[{"azure_deployment_name": "gpt-4-deployment", "azure_api_version": "2024-02-15-preview", "azure_model_slug": "gpt-4", "is_default": true}]';
const MODES_FIX = 'set it to "default" (the API key in key), "entra" (Microsoft Entra ID) or "managed" (an Azure managed identity)';

const given = (v: unknown) => v !== undefined && v !== null;
const isObject = (v: unknown): v is Doc => !!v && typeof v === "object" && !Array.isArray(v);

function add(s: Scope, path: string, rule: string, fix: string, when = s.when): void {
  s.out.push({ field: path.split(/[.[ ]/)[0]!, text: `${path} ${rule} (when ${when}); ${fix}` });
}

/** Whether a secret mapping fills `target` (`key`, `configurations.<field>`). */
const mapped = (s: Scope, target: string) => mapsTarget(s.inputs, target, s.known);

/** A required text setting: present (or filled by a secret mapping), and a non-blank string once known. */
function text(s: Scope, obj: Doc, key: string, path: string, fix: string, when = s.when): boolean {
  const v = obj[key];
  if (!given(v) && mapped(s, path)) return false;
  if (!given(v)) add(s, path, "is required", fix, when);
  else if (s.known(v) && (typeof v !== "string" || v.trim() === "")) add(s, path, "must be a non-empty string", fix, when);
  else return true;
  return false;
}

function azure(s: Scope): void {
  const mode = s.doc.azure_auth_mode;
  if (!given(mode)) add(s, "configurations.azure_auth_mode", "is required", MODES_FIX);
  else if (s.known(mode) && !(AZURE_AUTH_MODES as readonly unknown[]).includes(mode))
    add(s, "configurations.azure_auth_mode", `must be one of: ${AZURE_AUTH_MODES.join(", ")}`, MODES_FIX);
  text(
    s,
    s.doc,
    "azure_resource_name",
    "configurations.azure_resource_name",
    "give the name of your Azure OpenAI resource (<name> in https://<name>.openai.azure.com)",
  );
  deployments(s);
  if (mode === "entra") entra(s);
  if (mode === "default" && !given(s.inputs.key) && !mapped(s, "key")) {
    const fix =
      'give the Azure OpenAI API key as key, e.g. config.requireSecret("azureApiKey"), or map key to a secret reference, or choose azure_auth_mode "entra" or "managed"';
    add(s, "key", "is required", fix, `${s.when} and configurations.azure_auth_mode is default`);
  }
}

function entra(s: Scope): void {
  const when = `${s.when} and configurations.azure_auth_mode is entra`;
  const fields: [string, string][] = [
    ["azure_entra_tenant_id", "give the Microsoft Entra (Azure AD) tenant id"],
    ["azure_entra_client_id", "give the client id of the app registration Portkey signs in as"],
    ["azure_entra_client_secret", 'give that app\'s client secret, e.g. config.requireSecret("azureClientSecret")'],
  ];
  for (const [key, fix] of fields) text(s, s.doc, key, `configurations.${key}`, fix, when);
}

function deployments(s: Scope): void {
  const list = s.doc.azure_deployment_config;
  const path = "configurations.azure_deployment_config";
  const fix = `list each deployment of the resource, e.g. ${DEPLOYMENT_EXAMPLE}`;
  if (!given(list)) return add(s, path, "is required", fix);
  if (!s.known(list)) return;
  if (!Array.isArray(list)) return add(s, path, "must be a list of deployments", fix);
  if (list.length === 0) return add(s, path, "must list at least one deployment", fix);
  list.forEach((d, i) => deployment(s, d, `${path}[${i}]`));
}

function deployment(s: Scope, d: unknown, path: string): void {
  if (!s.known(d)) return;
  if (!isObject(d)) return add(s, path, "must be an object", "give azure_deployment_name, azure_api_version and azure_model_slug");
  text(s, d, "azure_deployment_name", `${path}.azure_deployment_name`, "give the deployment's name as Azure OpenAI Studio shows it");
  const version = d.azure_api_version;
  const versionFix = 'give the Azure OpenAI API version, e.g. "2024-02-15-preview"';
  if (text(s, d, "azure_api_version", `${path}.azure_api_version`, versionFix) && typeof version === "string" && s.known(version)) {
    if (version.length > AZURE_API_VERSION_MAX)
      add(s, `${path}.azure_api_version`, `takes at most ${AZURE_API_VERSION_MAX} characters, not ${version.length}`, versionFix);
  }
  text(s, d, "azure_model_slug", `${path}.azure_model_slug`, 'give the model the deployment serves, e.g. "gpt-4" or "gpt-35-turbo"');
  const isDefault = d.is_default;
  if (given(isDefault) && s.known(isDefault) && typeof isDefault !== "boolean")
    add(s, `${path}.is_default`, "must be true or false", "set true on the default deployment, or leave it out");
  // A deployment is chosen by its alias unless it is the default; an unknown is_default may be true.
  if (isDefault !== true && s.known(isDefault))
    text(
      s,
      d,
      "alias",
      `${path}.alias`,
      'give the deployment an alias, e.g. "gpt35", or set is_default: true on it if it is the default',
      `${s.when} and is_default is not true`,
    );
}

function bedrock(s: Scope): void {
  text(s, s.doc, "aws_region", "configurations.aws_region", 'give the AWS region of your Bedrock models, e.g. "us-east-1"');
  const [role, keyId] = [s.doc.aws_role_arn, s.doc.aws_access_key_id];
  const modes = "give aws_role_arn (an IAM role Portkey assumes) or aws_access_key_id with the secret access key in key";
  if (!given(role) && !given(keyId)) return add(s, "configurations.aws_role_arn", "or configurations.aws_access_key_id is required", modes);
  if (given(role) && given(keyId))
    return add(s, "configurations.aws_role_arn", "and configurations.aws_access_key_id are both given", `give one: ${modes}, not both`);
  if (given(role)) {
    const fix = 'copy it from the role\'s page in the IAM console, e.g. "arn:aws:iam::123456789012:role/PortkeyBedrockRole"';
    if (s.known(role) && (typeof role !== "string" || !ROLE_ARN.test(role)))
      add(s, "configurations.aws_role_arn", "must be an IAM role ARN, arn:aws:iam::<12-digit account id>:role/<role name>", fix);
    return;
  }
  const when = `${s.when} and configurations.aws_access_key_id is given`;
  text(s, s.doc, "aws_access_key_id", "configurations.aws_access_key_id", "give the access key id of an IAM user allowed to call Bedrock", when);
  // The OpenAPI's BedrockConfiguration also takes the secret as configurations.aws_secret_access_key.
  if (!given(s.inputs.key) && !given(s.doc.aws_secret_access_key) && !mapped(s, "key") && !mapped(s, "configurations.aws_secret_access_key")) {
    const fix = 'give the AWS secret access key as key, e.g. config.requireSecret("awsSecretAccessKey"), or map key to a secret reference';
    add(s, "key", "is required", fix, when);
  }
}

function problems(value: unknown, inputs: Doc, known: (v: unknown) => boolean): InputProblem[] {
  const id = inputs.aiProviderId;
  if (!isObject(value) || typeof id !== "string") return [];
  const s: Scope = { doc: value, inputs, known, when: `aiProviderId is ${id}`, out: [] };
  if (id === "azure-openai") azure(s);
  else if (BEDROCK_IDS.includes(id)) bedrock(s);
  return s.out;
}

export const providerConfigurations: ContentCheck = {
  field: "configurations",
  doc:
    "For `azure-openai`: `azure_auth_mode` (default, entra or managed), `azure_resource_name` and at least one `azure_deployment_config` entry " +
    "(`azure_deployment_name`, `azure_api_version` of at most 30 characters, `azure_model_slug`, and an `alias` unless `is_default`); " +
    "entra needs `azure_entra_tenant_id`, `azure_entra_client_id` and `azure_entra_client_secret`, default needs `key`. " +
    "For `aws-bedrock` (or `bedrock`): `aws_region`, and either `aws_role_arn` (an IAM role ARN) or `aws_access_key_id` with the secret access key in `key`. " +
    "A field a secret mapping fills need not be given. Checked at preview.",
  problems,
};
