// AWS Bedrock in Portkey, in the two ways of the Portkey Terraform provider:
// an IAM role Portkey assumes (with an external id), and an IAM user's access
// keys, the secret one in `key`. `pulumi preview` checks each configuration
// before anything is sent: a missing region or a malformed role ARN fails there.
import * as pulumi from "@pulumi/pulumi";
import { portkey } from "pulumi-aigov";

const config = new pulumi.Config();
const region = config.get("awsRegion") ?? "us-east-1";

// Role mode: the role's trust policy lets Portkey's account assume it, with
// this external id.
const byRole = new portkey.Integration("bedrock", {
  name: "AWS Bedrock Production",
  aiProviderId: "aws-bedrock",
  description: "Bedrock through an assumed IAM role",
  configurations: {
    aws_role_arn: config.require("awsRoleArn"),
    aws_region: region,
    aws_external_id: config.requireSecret("awsExternalId"),
  },
});

// Access keys mode: the access key id in configurations, the secret access key in `key`.
const byKeys = new portkey.Integration("bedrock-keys", {
  name: "AWS Bedrock (Access Keys)",
  aiProviderId: "aws-bedrock",
  key: config.requireSecret("awsSecretAccessKey"),
  configurations: {
    aws_access_key_id: config.require("awsAccessKeyId"),
    aws_region: region,
  },
});

export const roleSlug = byRole.slug;
export const keysSlug = byKeys.slug;
