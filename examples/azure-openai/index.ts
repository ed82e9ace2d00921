// Azure OpenAI in Portkey, in the three authentication modes of the Portkey
// Terraform provider: the resource's API key (with several deployments, one of
// them the default), Microsoft Entra ID (an app registration's client secret)
// and an Azure managed identity. `pulumi preview` checks each configuration
// before anything is sent: a missing alias or Entra credential fails there.
import * as pulumi from "@pulumi/pulumi";
import { portkey } from "pulumi-aigov";

const config = new pulumi.Config();
const resourceName = config.require("azureResourceName");
const apiVersion = "2024-02-15-preview";

// Default mode: Portkey calls Azure with the API key in `key`. Requests name a
// deployment by its alias; the one marked is_default serves the rest.
const byKey = new portkey.Integration("azure-openai", {
  name: "Azure OpenAI",
  aiProviderId: "azure-openai",
  key: config.requireSecret("azureApiKey"),
  description: "Azure OpenAI by API key, three deployments",
  configurations: {
    azure_auth_mode: "default",
    azure_resource_name: resourceName,
    azure_deployment_config: [
      { azure_deployment_name: "gpt-4o-deployment", azure_api_version: apiVersion, azure_model_slug: "gpt-4o", is_default: true },
      { alias: "gpt4o-mini", azure_deployment_name: "gpt-4o-mini-deployment", azure_api_version: apiVersion, azure_model_slug: "gpt-4o-mini" },
      { alias: "gpt35", azure_deployment_name: "gpt-35-turbo-deployment", azure_api_version: apiVersion, azure_model_slug: "gpt-35-turbo" },
    ],
  },
});

// Entra mode: no key; Portkey signs in as an app registration of the tenant.
const byEntra = new portkey.Integration("azure-openai-entra", {
  name: "Azure OpenAI (Entra ID)",
  aiProviderId: "azure-openai",
  configurations: {
    azure_auth_mode: "entra",
    azure_resource_name: resourceName,
    azure_entra_tenant_id: config.require("azureTenantId"),
    azure_entra_client_id: config.require("azureClientId"),
    azure_entra_client_secret: config.requireSecret("azureClientSecret"),
    azure_deployment_config: [{ azure_deployment_name: "gpt-4o-deployment", azure_api_version: apiVersion, azure_model_slug: "gpt-4o", is_default: true }],
  },
});

// Managed mode: the identity of the host Portkey runs on; a user-assigned
// identity is named by its client id, the system-assigned one by none.
const managedClientId = config.get("azureManagedClientId");
const byIdentity = new portkey.Integration("azure-openai-managed", {
  name: "Azure OpenAI (Managed Identity)",
  aiProviderId: "azure-openai",
  configurations: {
    azure_auth_mode: "managed",
    azure_resource_name: resourceName,
    ...(managedClientId ? { azure_managed_client_id: managedClientId } : {}),
    azure_deployment_config: [{ azure_deployment_name: "gpt-4o-deployment", azure_api_version: apiVersion, azure_model_slug: "gpt-4o", is_default: true }],
  },
});

export const keySlug = byKey.slug;
export const entraSlug = byEntra.slug;
export const managedSlug = byIdentity.slug;
