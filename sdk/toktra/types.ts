// Value types several Toktra resources share.
export type Severity = "low" | "medium" | "high" | "critical";
export type AlertType = "policy_violation" | "budget_exceeded" | "anomaly_detected" | "security_event";
