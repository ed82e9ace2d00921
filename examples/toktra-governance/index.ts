// The "Complete example" of Toktra's Terraform provider documentation, one
// resource per block, in camelCase. The provider reads its settings as the
// Terraform provider does: TOKTRA_API_URL and TOKTRA_API_KEY (or toktra:apiUrl
// and toktra:apiKey in stack config). The docs' variables are stack config:
//   pulumi config set --secret splunkHecToken ...   (var.splunk_hec_token)
//   pulumi config set --secret siemSigningSecret ... (var.siem_signing_secret)
//   pulumi config set jiraEmail ...                  (var.jira_email)
//   pulumi config set --secret jiraApiToken ...      (var.jira_api_token)
// To adopt objects made in the dashboard, as `terraform import` does, set
// `import` to a map from resource name to the object's UUID, e.g.
//   pulumi config set --path 'import.restrict_gpt4' <policy-uuid>
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { toktra } from "pulumi-aigov";

const config = new pulumi.Config();
const adopt = config.getObject<Record<string, string>>("import") ?? {};
const opts = (name: string): pulumi.CustomResourceOptions => (adopt[name] ? { import: adopt[name] } : {});

// Budget
const engineeringMonthly = new toktra.Budget(
  "engineering_monthly",
  {
    monthlyLimit: 50000,
    alertThresholdPct: 80,
    rolloverEnabled: false,
  },
  opts("engineering_monthly"),
);

// Policy — restrict GPT-4 to engineering
const restrictGpt4 = new toktra.Policy(
  "restrict_gpt4",
  {
    name: "restrict-gpt4-to-engineering",
    type: "model_restrict",
    severity: "high",
    enabled: true,
    conditions: {
      model: "gpt-4",
      department: { not_in: ["engineering"] },
    },
    actions: {
      action: "alert",
    },
  },
  opts("restrict_gpt4"),
);

// Alert routing
const securityTeam = new toktra.AlertConfig(
  "security_team",
  {
    name: "Security team alerts",
    enabled: true,
    channels: [
      { type: "slack", channel_id: "C12345678" },
      { type: "email", address: "security@company.com" },
    ],
    severityFilter: ["high", "critical"],
  },
  opts("security_team"),
);

// SIEM — Splunk
const splunk = new toktra.SiemConfig(
  "splunk",
  {
    name: "Splunk Production",
    providerType: "splunk",
    endpoint: "https://splunk-hec.company.com:8088",
    isActive: true,
    // jsonencode({...}): pulumi.jsonStringify keeps the config values secret.
    credentials: pulumi.jsonStringify({
      token: config.requireSecret("splunkHecToken"),
      signing_secret: config.requireSecret("siemSigningSecret"),
    }),
  },
  opts("splunk"),
);

// ITSM — Jira
const jira = new toktra.ItsmConfig(
  "jira",
  {
    name: "Jira Cloud",
    providerType: "jira",
    instanceUrl: "https://company.atlassian.net",
    defaultProject: "SEC",
    defaultIssueType: "Bug",
    isActive: true,
    credentials: pulumi.jsonStringify({
      email: config.require("jiraEmail"),
      api_token: config.requireSecret("jiraApiToken"),
    }),
  },
  opts("jira"),
);

// SSO — Okta
const okta = new toktra.SsoConfig(
  "okta",
  {
    name: "Okta SSO",
    providerType: "okta",
    entityId: "https://company.okta.com/app/entity-id",
    ssoUrl: "https://company.okta.com/app/sso/saml",
    // file("${path.module}/okta-cert.pem")
    certificate: fs.readFileSync(path.join(__dirname, "okta-cert.pem"), "utf8"),
    enabled: true,
  },
  opts("okta"),
);

// The UUIDs `terraform import` takes, by resource name.
export const ids = {
  engineering_monthly: engineeringMonthly.id,
  restrict_gpt4: restrictGpt4.id,
  security_team: securityTeam.id,
  splunk: splunk.id,
  jira: jira.id,
  okta: okta.id,
};
export const budgetRemaining = engineeringMonthly.remaining;
export const oktaAcsUrl = okta.acsUrl;
