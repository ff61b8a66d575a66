import type { Check } from '../define.js';
import awsAccountSecurityContact from './aws-account-security-contact.js';
import awsAcmCertificateExpiry from './aws-acm-certificate-expiry.js';
import awsAcmCertificateKeyLength from './aws-acm-certificate-key-length.js';
import awsBackupPlanRetention from './aws-backup-plan-retention.js';
import awsBackupVaultLock from './aws-backup-vault-lock.js';
import awsCloudfrontHttpsOnly from './aws-cloudfront-https-only.js';
import awsCloudfrontLogging from './aws-cloudfront-logging.js';
import awsCloudfrontOriginTls from './aws-cloudfront-origin-tls.js';
import awsCloudfrontTlsVersion from './aws-cloudfront-tls-version.js';
import awsCloudfrontWaf from './aws-cloudfront-waf.js';
import awsCloudtrailBucketAccessLogging from './aws-cloudtrail-bucket-access-logging.js';
import awsCloudtrailBucketNotPublic from './aws-cloudtrail-bucket-not-public.js';
import awsCloudtrailCloudwatchLogs from './aws-cloudtrail-cloudwatch-logs.js';
import awsCloudtrailEnabledAllRegions from './aws-cloudtrail-enabled-all-regions.js';
import awsCloudtrailKmsEncryption from './aws-cloudtrail-kms-encryption.js';
import awsCloudtrailLogFileValidation from './aws-cloudtrail-log-file-validation.js';
import awsCloudtrailS3DataEventsRead from './aws-cloudtrail-s3-data-events-read.js';
import awsCloudtrailS3DataEventsWrite from './aws-cloudtrail-s3-data-events-write.js';
import awsCloudtrailTrailLogging from './aws-cloudtrail-trail-logging.js';
import awsConfigEnabledAllRegions from './aws-config-enabled-all-regions.js';
import awsConfigRecorderAllResources from './aws-config-recorder-all-resources.js';
import awsDynamodbCmk from './aws-dynamodb-cmk.js';
import awsDynamodbDeletionProtection from './aws-dynamodb-deletion-protection.js';
import awsDynamodbPitr from './aws-dynamodb-pitr.js';
import awsEc2AmiPublic from './aws-ec2-ami-public.js';
import awsEc2EbsDefaultEncryption from './aws-ec2-ebs-default-encryption.js';
import awsEc2InstanceDetailedMonitoring from './aws-ec2-instance-detailed-monitoring.js';
import awsEc2InstanceImdsv2 from './aws-ec2-instance-imdsv2.js';
import awsEc2InstancePublicExposure from './aws-ec2-instance-public-exposure.js';
import awsEc2InstanceRoleAdmin from './aws-ec2-instance-role-admin.js';
import awsEc2InstanceRoleAttached from './aws-ec2-instance-role-attached.js';
import awsEc2SnapshotEncrypted from './aws-ec2-snapshot-encrypted.js';
import awsEc2SnapshotPublic from './aws-ec2-snapshot-public.js';
import awsEc2SnapshotSharedUnknownAccount from './aws-ec2-snapshot-shared-unknown-account.js';
import awsEc2VolumeEncrypted from './aws-ec2-volume-encrypted.js';
import awsEc2VolumeUnattached from './aws-ec2-volume-unattached.js';
import awsEcrPolicyPublic from './aws-ecr-policy-public.js';
import awsEcrScanOnPush from './aws-ecr-scan-on-push.js';
import awsEcrTagImmutability from './aws-ecr-tag-immutability.js';
import awsEfsBackup from './aws-efs-backup.js';
import awsEfsEncrypted from './aws-efs-encrypted.js';
import awsEfsTlsRequired from './aws-efs-tls-required.js';
import awsEksControlPlaneLogging from './aws-eks-control-plane-logging.js';
import awsEksEndpointPublic from './aws-eks-endpoint-public.js';
import awsEksSecretsEncryption from './aws-eks-secrets-encryption.js';
import awsEksVersionSupported from './aws-eks-version-supported.js';
import awsElasticacheAuth from './aws-elasticache-auth.js';
import awsElasticacheBackup from './aws-elasticache-backup.js';
import awsElasticacheEncryptionAtRest from './aws-elasticache-encryption-at-rest.js';
import awsElasticacheEncryptionInTransit from './aws-elasticache-encryption-in-transit.js';
import awsElbAccessLogs from './aws-elb-access-logs.js';
import awsElbDeletionProtection from './aws-elb-deletion-protection.js';
import awsElbDropInvalidHeaders from './aws-elb-drop-invalid-headers.js';
import awsElbHttpsListeners from './aws-elb-https-listeners.js';
import awsElbTlsPolicy from './aws-elb-tls-policy.js';
import awsElbWaf from './aws-elb-waf.js';
import awsGuarddutyEnabled from './aws-guardduty-enabled.js';
import awsIamAccessAnalyzerAllRegions from './aws-iam-access-analyzer-all-regions.js';
import awsIamAccessKeyRotation from './aws-iam-access-key-rotation.js';
import awsIamAdminRoleTrustMfa from './aws-iam-admin-role-trust-mfa.js';
import awsIamAdminUserMfa from './aws-iam-admin-user-mfa.js';
import awsIamCloudshellFullAccess from './aws-iam-cloudshell-full-access.js';
import awsIamInlinePolicyAdminEquivalent from './aws-iam-inline-policy-admin-equivalent.js';
import awsIamInlinePolicyPrivilegeEscalation from './aws-iam-inline-policy-privilege-escalation.js';
import awsIamPasswordComplexity from './aws-iam-password-complexity.js';
import awsIamPasswordMinLength from './aws-iam-password-min-length.js';
import awsIamPasswordReuse from './aws-iam-password-reuse.js';
import awsIamPolicyAdminEquivalent from './aws-iam-policy-admin-equivalent.js';
import awsIamPolicyKmsDecryptAll from './aws-iam-policy-kms-decrypt-all.js';
import awsIamPolicyNoFullAdmin from './aws-iam-policy-no-full-admin.js';
import awsIamPolicyPassroleWildcard from './aws-iam-policy-passrole-wildcard.js';
import awsIamPolicyPrivilegeEscalation from './aws-iam-policy-privilege-escalation.js';
import awsIamRoleCrossAccountExternalId from './aws-iam-role-cross-account-external-id.js';
import awsIamRoleTrustPublic from './aws-iam-role-trust-public.js';
import awsIamRootAccessKeys from './aws-iam-root-access-keys.js';
import awsIamRootHardwareMfa from './aws-iam-root-hardware-mfa.js';
import awsIamRootMfa from './aws-iam-root-mfa.js';
import awsIamRootRecentUse from './aws-iam-root-recent-use.js';
import awsIamServerCertificateExpired from './aws-iam-server-certificate-expired.js';
import awsIamSupportRole from './aws-iam-support-role.js';
import awsIamUserConsoleMfa from './aws-iam-user-console-mfa.js';
import awsIamUserNoDirectPolicies from './aws-iam-user-no-direct-policies.js';
import awsIamUserSingleActiveKey from './aws-iam-user-single-active-key.js';
import awsIamUserUnusedCredentials from './aws-iam-user-unused-credentials.js';
import awsKinesisEncryption from './aws-kinesis-encryption.js';
import awsKmsKeyPendingDeletion from './aws-kms-key-pending-deletion.js';
import awsKmsKeyPolicyAdminSeparation from './aws-kms-key-policy-admin-separation.js';
import awsKmsKeyPolicyPublic from './aws-kms-key-policy-public.js';
import awsKmsKeyRotation from './aws-kms-key-rotation.js';
import awsLambdaEnvCmk from './aws-lambda-env-cmk.js';
import awsLambdaLogRetention from './aws-lambda-log-retention.js';
import awsLambdaPolicyPublic from './aws-lambda-policy-public.js';
import awsLambdaRoleAdmin from './aws-lambda-role-admin.js';
import awsLambdaRuntimeSupported from './aws-lambda-runtime-supported.js';
import awsLambdaUrlAuth from './aws-lambda-url-auth.js';
import awsLogsKmsEncryption from './aws-logs-kms-encryption.js';
import awsLogsRetention from './aws-logs-retention.js';
import awsMonitoringCloudtrailChanges from './aws-monitoring-cloudtrail-changes.js';
import awsMonitoringCmkDisableDelete from './aws-monitoring-cmk-disable-delete.js';
import awsMonitoringConfigChanges from './aws-monitoring-config-changes.js';
import awsMonitoringConsoleAuthFailures from './aws-monitoring-console-auth-failures.js';
import awsMonitoringConsoleSigninWithoutMfa from './aws-monitoring-console-signin-without-mfa.js';
import awsMonitoringIamPolicyChanges from './aws-monitoring-iam-policy-changes.js';
import awsMonitoringNaclChanges from './aws-monitoring-nacl-changes.js';
import awsMonitoringNetworkGatewayChanges from './aws-monitoring-network-gateway-changes.js';
import awsMonitoringOrganizationsChanges from './aws-monitoring-organizations-changes.js';
import awsMonitoringRootUsage from './aws-monitoring-root-usage.js';
import awsMonitoringRouteTableChanges from './aws-monitoring-route-table-changes.js';
import awsMonitoringS3BucketPolicyChanges from './aws-monitoring-s3-bucket-policy-changes.js';
import awsMonitoringSecurityGroupChanges from './aws-monitoring-security-group-changes.js';
import awsMonitoringUnauthorizedApiCalls from './aws-monitoring-unauthorized-api-calls.js';
import awsMonitoringVpcChanges from './aws-monitoring-vpc-changes.js';
import awsMskPublicAccess from './aws-msk-public-access.js';
import awsMskTlsInTransit from './aws-msk-tls-in-transit.js';
import awsOpensearchEncryptionAtRest from './aws-opensearch-encryption-at-rest.js';
import awsOpensearchFineGrainedAccess from './aws-opensearch-fine-grained-access.js';
import awsOpensearchHttpsRequired from './aws-opensearch-https-required.js';
import awsOpensearchNodeToNode from './aws-opensearch-node-to-node.js';
import awsOpensearchPolicyPublic from './aws-opensearch-policy-public.js';
import awsRdsAuditLogging from './aws-rds-audit-logging.js';
import awsRdsAutoMinorUpgrade from './aws-rds-auto-minor-upgrade.js';
import awsRdsBackupRetention from './aws-rds-backup-retention.js';
import awsRdsClusterBackupRetention from './aws-rds-cluster-backup-retention.js';
import awsRdsClusterDeletionProtection from './aws-rds-cluster-deletion-protection.js';
import awsRdsClusterEncrypted from './aws-rds-cluster-encrypted.js';
import awsRdsDeletionProtection from './aws-rds-deletion-protection.js';
import awsRdsEncrypted from './aws-rds-encrypted.js';
import awsRdsEnhancedMonitoring from './aws-rds-enhanced-monitoring.js';
import awsRdsIamAuth from './aws-rds-iam-auth.js';
import awsRdsMultiAzProduction from './aws-rds-multi-az-production.js';
import awsRdsNotPublic from './aws-rds-not-public.js';
import awsRdsSecurityGroupOpen from './aws-rds-security-group-open.js';
import awsRdsTlsRequired from './aws-rds-tls-required.js';
import awsRedshiftAuditLogging from './aws-redshift-audit-logging.js';
import awsRedshiftAutoUpgrade from './aws-redshift-auto-upgrade.js';
import awsRedshiftEncrypted from './aws-redshift-encrypted.js';
import awsRedshiftNotPublic from './aws-redshift-not-public.js';
import awsRedshiftSnapshotRetention from './aws-redshift-snapshot-retention.js';
import awsS3AccountPublicAccessBlock from './aws-s3-account-public-access-block.js';
import awsS3BucketAccessLogging from './aws-s3-bucket-access-logging.js';
import awsS3BucketAclsDisabled from './aws-s3-bucket-acls-disabled.js';
import awsS3BucketCrossAccountAccess from './aws-s3-bucket-cross-account-access.js';
import awsS3BucketKmsEncryption from './aws-s3-bucket-kms-encryption.js';
import awsS3BucketMfaDelete from './aws-s3-bucket-mfa-delete.js';
import awsS3BucketObjectLockBackup from './aws-s3-bucket-object-lock-backup.js';
import awsS3BucketPolicyPublic from './aws-s3-bucket-policy-public.js';
import awsS3BucketPublicAccessBlock from './aws-s3-bucket-public-access-block.js';
import awsS3BucketPublicWrite from './aws-s3-bucket-public-write.js';
import awsS3BucketReplicationCritical from './aws-s3-bucket-replication-critical.js';
import awsS3BucketTlsOnly from './aws-s3-bucket-tls-only.js';
import awsS3BucketVersioning from './aws-s3-bucket-versioning.js';
import awsSagemakerNotebookDirectInternet from './aws-sagemaker-notebook-direct-internet.js';
import awsSagemakerNotebookKms from './aws-sagemaker-notebook-kms.js';
import awsSagemakerNotebookRootAccess from './aws-sagemaker-notebook-root-access.js';
import awsSecretsmanagerCmk from './aws-secretsmanager-cmk.js';
import awsSecretsmanagerRotation from './aws-secretsmanager-rotation.js';
import awsSecretsmanagerRotationOverdue from './aws-secretsmanager-rotation-overdue.js';
import awsSecretsmanagerUnused from './aws-secretsmanager-unused.js';
import awsSecurityhubEnabled from './aws-securityhub-enabled.js';
import awsSnsEncryption from './aws-sns-encryption.js';
import awsSnsPolicyPublic from './aws-sns-policy-public.js';
import awsSqsEncryption from './aws-sqs-encryption.js';
import awsSqsPolicyPublic from './aws-sqs-policy-public.js';
import awsVpcDefaultSgRestrictsAll from './aws-vpc-default-sg-restricts-all.js';
import awsVpcDefaultVpcUnused from './aws-vpc-default-vpc-unused.js';
import awsVpcFlowLogs from './aws-vpc-flow-logs.js';
import awsVpcNaclAdminPorts from './aws-vpc-nacl-admin-ports.js';
import awsVpcSgAdminPortsIpv4 from './aws-vpc-sg-admin-ports-ipv4.js';
import awsVpcSgAdminPortsIpv6 from './aws-vpc-sg-admin-ports-ipv6.js';
import awsVpcSgAllPortsOpen from './aws-vpc-sg-all-ports-open.js';
import awsVpcSgCassandraOpen from './aws-vpc-sg-cassandra-open.js';
import awsVpcSgDockerOpen from './aws-vpc-sg-docker-open.js';
import awsVpcSgEgressUnrestricted from './aws-vpc-sg-egress-unrestricted.js';
import awsVpcSgElasticsearchOpen from './aws-vpc-sg-elasticsearch-open.js';
import awsVpcSgFtpOpen from './aws-vpc-sg-ftp-open.js';
import awsVpcSgKafkaOpen from './aws-vpc-sg-kafka-open.js';
import awsVpcSgKibanaOpen from './aws-vpc-sg-kibana-open.js';
import awsVpcSgKubernetesOpen from './aws-vpc-sg-kubernetes-open.js';
import awsVpcSgLdapOpen from './aws-vpc-sg-ldap-open.js';
import awsVpcSgMemcachedOpen from './aws-vpc-sg-memcached-open.js';
import awsVpcSgMongodbOpen from './aws-vpc-sg-mongodb-open.js';
import awsVpcSgMssqlOpen from './aws-vpc-sg-mssql-open.js';
import awsVpcSgMysqlOpen from './aws-vpc-sg-mysql-open.js';
import awsVpcSgNetbiosOpen from './aws-vpc-sg-netbios-open.js';
import awsVpcSgNfsOpen from './aws-vpc-sg-nfs-open.js';
import awsVpcSgOracleOpen from './aws-vpc-sg-oracle-open.js';
import awsVpcSgPostgresqlOpen from './aws-vpc-sg-postgresql-open.js';
import awsVpcSgRdpOpen from './aws-vpc-sg-rdp-open.js';
import awsVpcSgRedisOpen from './aws-vpc-sg-redis-open.js';
import awsVpcSgRpcOpen from './aws-vpc-sg-rpc-open.js';
import awsVpcSgSmbOpen from './aws-vpc-sg-smb-open.js';
import awsVpcSgSshOpen from './aws-vpc-sg-ssh-open.js';
import awsVpcSgTelnetOpen from './aws-vpc-sg-telnet-open.js';
import awsVpcSgVncOpen from './aws-vpc-sg-vnc-open.js';
import awsVpcSgWinrmOpen from './aws-vpc-sg-winrm-open.js';
import awsVpcSubnetAutoPublicIp from './aws-vpc-subnet-auto-public-ip.js';

/** Every AWS check, one per file beside this one. */
export const checks: Check[] = [
  awsAccountSecurityContact,
  awsAcmCertificateExpiry,
  awsAcmCertificateKeyLength,
  awsBackupPlanRetention,
  awsBackupVaultLock,
  awsCloudfrontHttpsOnly,
  awsCloudfrontLogging,
  awsCloudfrontOriginTls,
  awsCloudfrontTlsVersion,
  awsCloudfrontWaf,
  awsCloudtrailBucketAccessLogging,
  awsCloudtrailBucketNotPublic,
  awsCloudtrailCloudwatchLogs,
  awsCloudtrailEnabledAllRegions,
  awsCloudtrailKmsEncryption,
  awsCloudtrailLogFileValidation,
  awsCloudtrailS3DataEventsRead,
  awsCloudtrailS3DataEventsWrite,
  awsCloudtrailTrailLogging,
  awsConfigEnabledAllRegions,
  awsConfigRecorderAllResources,
  awsDynamodbCmk,
  awsDynamodbDeletionProtection,
  awsDynamodbPitr,
  awsEc2AmiPublic,
  awsEc2EbsDefaultEncryption,
  awsEc2InstanceDetailedMonitoring,
  awsEc2InstanceImdsv2,
  awsEc2InstancePublicExposure,
  awsEc2InstanceRoleAdmin,
  awsEc2InstanceRoleAttached,
  awsEc2SnapshotEncrypted,
  awsEc2SnapshotPublic,
  awsEc2SnapshotSharedUnknownAccount,
  awsEc2VolumeEncrypted,
  awsEc2VolumeUnattached,
  awsEcrPolicyPublic,
  awsEcrScanOnPush,
  awsEcrTagImmutability,
  awsEfsBackup,
  awsEfsEncrypted,
  awsEfsTlsRequired,
  awsEksControlPlaneLogging,
  awsEksEndpointPublic,
  awsEksSecretsEncryption,
  awsEksVersionSupported,
  awsElasticacheAuth,
  awsElasticacheBackup,
  awsElasticacheEncryptionAtRest,
  awsElasticacheEncryptionInTransit,
  awsElbAccessLogs,
  awsElbDeletionProtection,
  awsElbDropInvalidHeaders,
  awsElbHttpsListeners,
  awsElbTlsPolicy,
  awsElbWaf,
  awsGuarddutyEnabled,
  awsIamAccessAnalyzerAllRegions,
  awsIamAccessKeyRotation,
  awsIamAdminRoleTrustMfa,
  awsIamAdminUserMfa,
  awsIamCloudshellFullAccess,
  awsIamInlinePolicyAdminEquivalent,
  awsIamInlinePolicyPrivilegeEscalation,
  awsIamPasswordComplexity,
  awsIamPasswordMinLength,
  awsIamPasswordReuse,
  awsIamPolicyAdminEquivalent,
  awsIamPolicyKmsDecryptAll,
  awsIamPolicyNoFullAdmin,
  awsIamPolicyPassroleWildcard,
  awsIamPolicyPrivilegeEscalation,
  awsIamRoleCrossAccountExternalId,
  awsIamRoleTrustPublic,
  awsIamRootAccessKeys,
  awsIamRootHardwareMfa,
  awsIamRootMfa,
  awsIamRootRecentUse,
  awsIamServerCertificateExpired,
  awsIamSupportRole,
  awsIamUserConsoleMfa,
  awsIamUserNoDirectPolicies,
  awsIamUserSingleActiveKey,
  awsIamUserUnusedCredentials,
  awsKinesisEncryption,
  awsKmsKeyPendingDeletion,
  awsKmsKeyPolicyAdminSeparation,
  awsKmsKeyPolicyPublic,
  awsKmsKeyRotation,
  awsLambdaEnvCmk,
  awsLambdaLogRetention,
  awsLambdaPolicyPublic,
  awsLambdaRoleAdmin,
  awsLambdaRuntimeSupported,
  awsLambdaUrlAuth,
  awsLogsKmsEncryption,
  awsLogsRetention,
  awsMonitoringCloudtrailChanges,
  awsMonitoringCmkDisableDelete,
  awsMonitoringConfigChanges,
  awsMonitoringConsoleAuthFailures,
  awsMonitoringConsoleSigninWithoutMfa,
  awsMonitoringIamPolicyChanges,
  awsMonitoringNaclChanges,
  awsMonitoringNetworkGatewayChanges,
  awsMonitoringOrganizationsChanges,
  awsMonitoringRootUsage,
  awsMonitoringRouteTableChanges,
  awsMonitoringS3BucketPolicyChanges,
  awsMonitoringSecurityGroupChanges,
  awsMonitoringUnauthorizedApiCalls,
  awsMonitoringVpcChanges,
  awsMskPublicAccess,
  awsMskTlsInTransit,
  awsOpensearchEncryptionAtRest,
  awsOpensearchFineGrainedAccess,
  awsOpensearchHttpsRequired,
  awsOpensearchNodeToNode,
  awsOpensearchPolicyPublic,
  awsRdsAuditLogging,
  awsRdsAutoMinorUpgrade,
  awsRdsBackupRetention,
  awsRdsClusterBackupRetention,
  awsRdsClusterDeletionProtection,
  awsRdsClusterEncrypted,
  awsRdsDeletionProtection,
  awsRdsEncrypted,
  awsRdsEnhancedMonitoring,
  awsRdsIamAuth,
  awsRdsMultiAzProduction,
  awsRdsNotPublic,
  awsRdsSecurityGroupOpen,
  awsRdsTlsRequired,
  awsRedshiftAuditLogging,
  awsRedshiftAutoUpgrade,
  awsRedshiftEncrypted,
  awsRedshiftNotPublic,
  awsRedshiftSnapshotRetention,
  awsS3AccountPublicAccessBlock,
  awsS3BucketAccessLogging,
  awsS3BucketAclsDisabled,
  awsS3BucketCrossAccountAccess,
  awsS3BucketKmsEncryption,
  awsS3BucketMfaDelete,
  awsS3BucketObjectLockBackup,
  awsS3BucketPolicyPublic,
  awsS3BucketPublicAccessBlock,
  awsS3BucketPublicWrite,
  awsS3BucketReplicationCritical,
  awsS3BucketTlsOnly,
  awsS3BucketVersioning,
  awsSagemakerNotebookDirectInternet,
  awsSagemakerNotebookKms,
  awsSagemakerNotebookRootAccess,
  awsSecretsmanagerCmk,
  awsSecretsmanagerRotationOverdue,
  awsSecretsmanagerRotation,
  awsSecretsmanagerUnused,
  awsSecurityhubEnabled,
  awsSnsEncryption,
  awsSnsPolicyPublic,
  awsSqsEncryption,
  awsSqsPolicyPublic,
  awsVpcDefaultSgRestrictsAll,
  awsVpcDefaultVpcUnused,
  awsVpcFlowLogs,
  awsVpcNaclAdminPorts,
  awsVpcSgAdminPortsIpv4,
  awsVpcSgAdminPortsIpv6,
  awsVpcSgAllPortsOpen,
  awsVpcSgCassandraOpen,
  awsVpcSgDockerOpen,
  awsVpcSgEgressUnrestricted,
  awsVpcSgElasticsearchOpen,
  awsVpcSgFtpOpen,
  awsVpcSgKafkaOpen,
  awsVpcSgKibanaOpen,
  awsVpcSgKubernetesOpen,
  awsVpcSgLdapOpen,
  awsVpcSgMemcachedOpen,
  awsVpcSgMongodbOpen,
  awsVpcSgMssqlOpen,
  awsVpcSgMysqlOpen,
  awsVpcSgNetbiosOpen,
  awsVpcSgNfsOpen,
  awsVpcSgOracleOpen,
  awsVpcSgPostgresqlOpen,
  awsVpcSgRdpOpen,
  awsVpcSgRedisOpen,
  awsVpcSgRpcOpen,
  awsVpcSgSmbOpen,
  awsVpcSgSshOpen,
  awsVpcSgTelnetOpen,
  awsVpcSgVncOpen,
  awsVpcSgWinrmOpen,
  awsVpcSubnetAutoPublicIp,
];
