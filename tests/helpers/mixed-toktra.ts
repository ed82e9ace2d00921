// The Toktra share of the mixed stacks: a few of each Toktra type.
import { CERT_A } from "./certificates";
import type { Sdk } from "./installed";

/** Toktra collections and how many of each the share declares. */
export const TOKTRA: [collection: string, count: number][] = [
  ["/v1/api/policies", 10],
  ["/v1/api/budgets", 6],
  ["/v1/api/alert-configs", 5],
  ["/v1/api/siem/configs", 4],
  ["/v1/api/itsm/configs", 4],
  ["/v1/api/sso/configs", 1],
];

/** How many resources `declareToktra` declares (one fewer without SSO). */
export const TOKTRA_COUNT = TOKTRA.reduce((n, [, count]) => n + count, 0);

/** Declares as many of each type as TOKTRA says; SSO is one per organisation, so stacks sharing one leave it out. */
export function declareToktra(t: Sdk["toktra"], withSso = true): void {
  const times = (collection: string, make: (i: number) => void) => {
    for (let i = 0; i < TOKTRA.find(([c]) => c.endsWith(collection))![1]; i++) make(i);
  };
  times(
    "/policies",
    (i) =>
      new t.Policy(`pol-${i}`, {
        name: `soak cap ${i}`,
        type: "token_limit",
        conditions: { max_tokens_per_day: 1000 + i, scope: "per_user" },
        actions: { action: i % 2 ? "warn_and_notify" : "alert" },
      }),
  );
  // Budgets have no name: each has its own limit, their natural key.
  times("/budgets", (i) => new t.Budget(`bud-${i}`, { monthlyLimit: 100 * (i + 1), alertThresholdPct: 50 + i }));
  times(
    "/alert-configs",
    (i) =>
      new t.AlertConfig(`alc-${i}`, { name: `soak alerts ${i}`, channels: [{ type: "email", address: `finops${i}@example.com` }], severityFilter: ["high"] }),
  );
  times(
    "/siem/configs",
    (i) =>
      new t.SiemConfig(`siem-${i}`, {
        name: `soak siem ${i}`,
        providerType: "splunk",
        endpoint: `https://hec${i}.example.test`,
        credentials: { token: `hec-soak-secret-${i}` },
      }),
  );
  times(
    "/itsm/configs",
    (i) =>
      new t.ItsmConfig(`itsm-${i}`, {
        name: `soak itsm ${i}`,
        providerType: "jira",
        instanceUrl: "https://soak.atlassian.net",
        defaultProject: "SOAK",
        credentials: { email: "bot@soak.example", api_token: `jira-soak-secret-${i}` },
      }),
  );
  if (withSso)
    times(
      "/sso/configs",
      () =>
        new t.SsoConfig("sso", {
          name: "soak SSO",
          providerType: "okta",
          entityId: "http://www.okta.com/soak",
          ssoUrl: "https://soak.okta.com/sso",
          certificate: CERT_A,
        }),
    );
}
