/** AWS offline collectors: AWS CLI output folders (`aws-cli`) and AWS Config items (`aws-config`). */
export { awsCliCollector, COMMANDS as AWS_CLI_COMMANDS, collectCli, detectCliFolder } from './cli.js';
export { type AwsConfigResult, awsConfigCollector, collectConfigFile, detectConfig } from './config.js';
export { bucketPolicyFacts, isPublicAllow, policyStatements, principals } from './policy.js';
