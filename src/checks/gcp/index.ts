import type { Check } from '../define.js';
import gcpAlertAuditConfigChanges from './gcp-alert-audit-config-changes.js';
import gcpAlertCustomRoleChanges from './gcp-alert-custom-role-changes.js';
import gcpAlertFirewallChanges from './gcp-alert-firewall-changes.js';
import gcpAlertNetworkChanges from './gcp-alert-network-changes.js';
import gcpAlertProjectOwnership from './gcp-alert-project-ownership.js';
import gcpAlertRouteChanges from './gcp-alert-route-changes.js';
import gcpAlertSqlConfigChanges from './gcp-alert-sql-config-changes.js';
import gcpAlertStorageIamChanges from './gcp-alert-storage-iam-changes.js';
import gcpApikeyRestrictedApis from './gcp-apikey-restricted-apis.js';
import gcpApikeyRestrictedClients from './gcp-apikey-restricted-clients.js';
import gcpApikeyRotation from './gcp-apikey-rotation.js';
import gcpBigqueryDatasetDefaultCmek from './gcp-bigquery-dataset-default-cmek.js';
import gcpBigqueryDatasetNotPublic from './gcp-bigquery-dataset-not-public.js';
import gcpBigqueryTableCmek from './gcp-bigquery-table-cmek.js';
import gcpDiskCsekCritical from './gcp-disk-csek-critical.js';
import gcpDnsDnssec from './gcp-dns-dnssec.js';
import gcpDnsKskNotRsasha1 from './gcp-dns-ksk-not-rsasha1.js';
import gcpDnsLogging from './gcp-dns-logging.js';
import gcpDnsZskNotRsasha1 from './gcp-dns-zsk-not-rsasha1.js';
import gcpFirewallRdpInternet from './gcp-firewall-rdp-internet.js';
import gcpFirewallSshInternet from './gcp-firewall-ssh-internet.js';
import gcpFunctionsNoSecretsInEnv from './gcp-functions-no-secrets-in-env.js';
import gcpGkeControlPlaneAuthorizedNetworks from './gcp-gke-control-plane-authorized-networks.js';
import gcpGkeLegacyAbacDisabled from './gcp-gke-legacy-abac-disabled.js';
import gcpGkeNetworkPolicy from './gcp-gke-network-policy.js';
import gcpGkeNodeAutoUpgrade from './gcp-gke-node-auto-upgrade.js';
import gcpGkeNodesNotDefaultSa from './gcp-gke-nodes-not-default-sa.js';
import gcpGkePrivateNodes from './gcp-gke-private-nodes.js';
import gcpGkeSecretsEncryption from './gcp-gke-secrets-encryption.js';
import gcpGkeShieldedNodes from './gcp-gke-shielded-nodes.js';
import gcpGkeWorkloadIdentity from './gcp-gke-workload-identity.js';
import gcpIamCorporateAccounts from './gcp-iam-corporate-accounts.js';
import gcpIamNoPrimitiveRolesUsers from './gcp-iam-no-primitive-roles-users.js';
import gcpIamNoPublicMembers from './gcp-iam-no-public-members.js';
import gcpIamNoSaUserAtProject from './gcp-iam-no-sa-user-at-project.js';
import gcpIamSaKeyRotation from './gcp-iam-sa-key-rotation.js';
import gcpIamSaNoAdminRoles from './gcp-iam-sa-no-admin-roles.js';
import gcpIamSaNoUserManagedKeys from './gcp-iam-sa-no-user-managed-keys.js';
import gcpIamSaSeparationOfDuties from './gcp-iam-sa-separation-of-duties.js';
import gcpKmsKeyRotation from './gcp-kms-key-rotation.js';
import gcpKmsSeparationOfDuties from './gcp-kms-separation-of-duties.js';
import gcpLbLogging from './gcp-lb-logging.js';
import gcpLbSslPolicyStrong from './gcp-lb-ssl-policy-strong.js';
import gcpLoggingAuditConfig from './gcp-logging-audit-config.js';
import gcpLoggingBucketRetentionLock from './gcp-logging-bucket-retention-lock.js';
import gcpLoggingSinkAllEntries from './gcp-logging-sink-all-entries.js';
import gcpNetworkNoDefault from './gcp-network-no-default.js';
import gcpNetworkNoLegacy from './gcp-network-no-legacy.js';
import gcpOrgEssentialContacts from './gcp-org-essential-contacts.js';
import gcpProjectCloudAssetApi from './gcp-project-cloud-asset-api.js';
import gcpSqlBackups from './gcp-sql-backups.js';
import gcpSqlMysqlLocalInfileOff from './gcp-sql-mysql-local-infile-off.js';
import gcpSqlMysqlSkipShowDatabase from './gcp-sql-mysql-skip-show-database.js';
import gcpSqlNoPublicIp from './gcp-sql-no-public-ip.js';
import gcpSqlNotOpenToWorld from './gcp-sql-not-open-to-world.js';
import gcpSqlPgLogConnections from './gcp-sql-pg-log-connections.js';
import gcpSqlPgLogDisconnections from './gcp-sql-pg-log-disconnections.js';
import gcpSqlPgLogErrorVerbosity from './gcp-sql-pg-log-error-verbosity.js';
import gcpSqlPgLogMinDurationStatement from './gcp-sql-pg-log-min-duration-statement.js';
import gcpSqlPgLogMinErrorStatement from './gcp-sql-pg-log-min-error-statement.js';
import gcpSqlPgLogMinMessages from './gcp-sql-pg-log-min-messages.js';
import gcpSqlPgLogStatement from './gcp-sql-pg-log-statement.js';
import gcpSqlPgPgaudit from './gcp-sql-pg-pgaudit.js';
import gcpSqlSqlserverContainedDbAuthOff from './gcp-sql-sqlserver-contained-db-auth-off.js';
import gcpSqlSqlserverCrossDbOwnershipOff from './gcp-sql-sqlserver-cross-db-ownership-off.js';
import gcpSqlSqlserverExternalScriptsOff from './gcp-sql-sqlserver-external-scripts-off.js';
import gcpSqlSqlserverRemoteAccessOff from './gcp-sql-sqlserver-remote-access-off.js';
import gcpSqlSqlserverTrace3625 from './gcp-sql-sqlserver-trace-3625.js';
import gcpSqlSqlserverUserConnections from './gcp-sql-sqlserver-user-connections.js';
import gcpSqlSqlserverUserOptionsUnset from './gcp-sql-sqlserver-user-options-unset.js';
import gcpSqlSslRequired from './gcp-sql-ssl-required.js';
import gcpStoragePublicAccessPrevention from './gcp-storage-public-access-prevention.js';
import gcpStorageUniformAccess from './gcp-storage-uniform-access.js';
import gcpSubnetFlowLogs from './gcp-subnet-flow-logs.js';
import gcpVmBlockProjectSshKeys from './gcp-vm-block-project-ssh-keys.js';
import gcpVmConfidentialComputing from './gcp-vm-confidential-computing.js';
import gcpVmDefaultSaFullScope from './gcp-vm-default-sa-full-scope.js';
import gcpVmIpForwardingDisabled from './gcp-vm-ip-forwarding-disabled.js';
import gcpVmNoDefaultSa from './gcp-vm-no-default-sa.js';
import gcpVmNoPublicIp from './gcp-vm-no-public-ip.js';
import gcpVmOsLogin from './gcp-vm-os-login.js';
import gcpVmSerialPortDisabled from './gcp-vm-serial-port-disabled.js';
import gcpVmShielded from './gcp-vm-shielded.js';

/** Every check in this folder, one per file. */
export const checks: Check[] = [
  gcpAlertAuditConfigChanges,
  gcpAlertCustomRoleChanges,
  gcpAlertFirewallChanges,
  gcpAlertNetworkChanges,
  gcpAlertProjectOwnership,
  gcpAlertRouteChanges,
  gcpAlertSqlConfigChanges,
  gcpAlertStorageIamChanges,
  gcpApikeyRestrictedApis,
  gcpApikeyRestrictedClients,
  gcpApikeyRotation,
  gcpBigqueryDatasetDefaultCmek,
  gcpBigqueryDatasetNotPublic,
  gcpBigqueryTableCmek,
  gcpDiskCsekCritical,
  gcpDnsDnssec,
  gcpDnsKskNotRsasha1,
  gcpDnsLogging,
  gcpDnsZskNotRsasha1,
  gcpFirewallRdpInternet,
  gcpFirewallSshInternet,
  gcpFunctionsNoSecretsInEnv,
  gcpGkeControlPlaneAuthorizedNetworks,
  gcpGkeLegacyAbacDisabled,
  gcpGkeNetworkPolicy,
  gcpGkeNodeAutoUpgrade,
  gcpGkeNodesNotDefaultSa,
  gcpGkePrivateNodes,
  gcpGkeSecretsEncryption,
  gcpGkeShieldedNodes,
  gcpGkeWorkloadIdentity,
  gcpIamCorporateAccounts,
  gcpIamNoPrimitiveRolesUsers,
  gcpIamNoPublicMembers,
  gcpIamNoSaUserAtProject,
  gcpIamSaKeyRotation,
  gcpIamSaNoAdminRoles,
  gcpIamSaNoUserManagedKeys,
  gcpIamSaSeparationOfDuties,
  gcpKmsKeyRotation,
  gcpKmsSeparationOfDuties,
  gcpLbLogging,
  gcpLbSslPolicyStrong,
  gcpLoggingAuditConfig,
  gcpLoggingBucketRetentionLock,
  gcpLoggingSinkAllEntries,
  gcpNetworkNoDefault,
  gcpNetworkNoLegacy,
  gcpOrgEssentialContacts,
  gcpProjectCloudAssetApi,
  gcpSqlBackups,
  gcpSqlMysqlLocalInfileOff,
  gcpSqlMysqlSkipShowDatabase,
  gcpSqlNoPublicIp,
  gcpSqlNotOpenToWorld,
  gcpSqlPgLogConnections,
  gcpSqlPgLogDisconnections,
  gcpSqlPgLogErrorVerbosity,
  gcpSqlPgLogMinDurationStatement,
  gcpSqlPgLogMinErrorStatement,
  gcpSqlPgLogMinMessages,
  gcpSqlPgLogStatement,
  gcpSqlPgPgaudit,
  gcpSqlSqlserverContainedDbAuthOff,
  gcpSqlSqlserverCrossDbOwnershipOff,
  gcpSqlSqlserverExternalScriptsOff,
  gcpSqlSqlserverRemoteAccessOff,
  gcpSqlSqlserverTrace3625,
  gcpSqlSqlserverUserConnections,
  gcpSqlSqlserverUserOptionsUnset,
  gcpSqlSslRequired,
  gcpStoragePublicAccessPrevention,
  gcpStorageUniformAccess,
  gcpSubnetFlowLogs,
  gcpVmBlockProjectSshKeys,
  gcpVmConfidentialComputing,
  gcpVmDefaultSaFullScope,
  gcpVmIpForwardingDisabled,
  gcpVmNoDefaultSa,
  gcpVmNoPublicIp,
  gcpVmOsLogin,
  gcpVmSerialPortDisabled,
  gcpVmShielded,
];
