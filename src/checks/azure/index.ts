import type { Check } from '../define.js';
import azureAcrAdminUserDisabled from './azure-acr-admin-user-disabled.js';
import azureAksAuthorizedIpRanges from './azure-aks-authorized-ip-ranges.js';
import azureAksAutoUpgrade from './azure-aks-auto-upgrade.js';
import azureAksLocalAccountsDisabled from './azure-aks-local-accounts-disabled.js';
import azureAksNetworkPolicy from './azure-aks-network-policy.js';
import azureAksPrivateCluster from './azure-aks-private-cluster.js';
import azureAksRbacEnabled from './azure-aks-rbac-enabled.js';
import azureAlertNsgDelete from './azure-alert-nsg-delete.js';
import azureAlertNsgWrite from './azure-alert-nsg-write.js';
import azureAlertPolicyAssignmentDelete from './azure-alert-policy-assignment-delete.js';
import azureAlertPolicyAssignmentWrite from './azure-alert-policy-assignment-write.js';
import azureAlertPublicIpDelete from './azure-alert-public-ip-delete.js';
import azureAlertPublicIpWrite from './azure-alert-public-ip-write.js';
import azureAlertSecuritySolutionDelete from './azure-alert-security-solution-delete.js';
import azureAlertSecuritySolutionWrite from './azure-alert-security-solution-write.js';
import azureAlertSqlFirewallDelete from './azure-alert-sql-firewall-delete.js';
import azureAlertSqlFirewallWrite from './azure-alert-sql-firewall-write.js';
import azureAppserviceAuthEnabled from './azure-appservice-auth-enabled.js';
import azureAppserviceClientCerts from './azure-appservice-client-certs.js';
import azureAppserviceFtps from './azure-appservice-ftps.js';
import azureAppserviceHttpLogs from './azure-appservice-http-logs.js';
import azureAppserviceHttp2 from './azure-appservice-http2.js';
import azureAppserviceHttpsOnly from './azure-appservice-https-only.js';
import azureAppserviceJavaVersion from './azure-appservice-java-version.js';
import azureAppserviceManagedIdentity from './azure-appservice-managed-identity.js';
import azureAppserviceMinTls from './azure-appservice-min-tls.js';
import azureAppservicePhpVersion from './azure-appservice-php-version.js';
import azureAppservicePythonVersion from './azure-appservice-python-version.js';
import azureAppserviceRemoteDebuggingOff from './azure-appservice-remote-debugging-off.js';
import azureBastionExists from './azure-bastion-exists.js';
import azureCosmosdbLocalAuthDisabled from './azure-cosmosdb-local-auth-disabled.js';
import azureCosmosdbNetworkRestricted from './azure-cosmosdb-network-restricted.js';
import azureCosmosdbPrivateEndpoint from './azure-cosmosdb-private-endpoint.js';
import azureDefenderAlertNotifications from './azure-defender-alert-notifications.js';
import azureDefenderAppService from './azure-defender-app-service.js';
import azureDefenderCloudAppsIntegration from './azure-defender-cloud-apps-integration.js';
import azureDefenderContactEmail from './azure-defender-contact-email.js';
import azureDefenderContainers from './azure-defender-containers.js';
import azureDefenderCosmosdb from './azure-defender-cosmosdb.js';
import azureDefenderDatabases from './azure-defender-databases.js';
import azureDefenderEndpointIntegration from './azure-defender-endpoint-integration.js';
import azureDefenderKeyVault from './azure-defender-key-vault.js';
import azureDefenderNotifyOwners from './azure-defender-notify-owners.js';
import azureDefenderOpenSourceDatabases from './azure-defender-open-source-databases.js';
import azureDefenderResourceManager from './azure-defender-resource-manager.js';
import azureDefenderServers from './azure-defender-servers.js';
import azureDefenderSqlDatabases from './azure-defender-sql-databases.js';
import azureDefenderSqlMachines from './azure-defender-sql-machines.js';
import azureDefenderStorage from './azure-defender-storage.js';
import azureDiskAttachedCmk from './azure-disk-attached-cmk.js';
import azureDiskUnattachedCmk from './azure-disk-unattached-cmk.js';
import azureFlowLogRetention from './azure-flow-log-retention.js';
import azureIamCustomRoleAssignsRoles from './azure-iam-custom-role-assigns-roles.js';
import azureIamCustomRoleWildcards from './azure-iam-custom-role-wildcards.js';
import azureIamNoCustomSubscriptionOwner from './azure-iam-no-custom-subscription-owner.js';
import azureIamOwnerDirectUser from './azure-iam-owner-direct-user.js';
import azureIamOwnerGuest from './azure-iam-owner-guest.js';
import azureIamSubscriptionOwnersLimited from './azure-iam-subscription-owners-limited.js';
import azureKeyvaultKeyExpiry from './azure-keyvault-key-expiry.js';
import azureKeyvaultKeyRotation from './azure-keyvault-key-rotation.js';
import azureKeyvaultLogging from './azure-keyvault-logging.js';
import azureKeyvaultNetworkRestricted from './azure-keyvault-network-restricted.js';
import azureKeyvaultPrivateEndpoint from './azure-keyvault-private-endpoint.js';
import azureKeyvaultRbac from './azure-keyvault-rbac.js';
import azureKeyvaultRecoverable from './azure-keyvault-recoverable.js';
import azureKeyvaultSecretExpiry from './azure-keyvault-secret-expiry.js';
import azureMonitorActivityLogCategories from './azure-monitor-activity-log-categories.js';
import azureMonitorActivityLogExported from './azure-monitor-activity-log-exported.js';
import azureMonitorActivityLogStorageCmk from './azure-monitor-activity-log-storage-cmk.js';
import azureMonitorActivityLogStoragePrivate from './azure-monitor-activity-log-storage-private.js';
import azureMonitorResourceLogs from './azure-monitor-resource-logs.js';
import azureMysqlAuditLogConnections from './azure-mysql-audit-log-connections.js';
import azureMysqlAuditLogEnabled from './azure-mysql-audit-log-enabled.js';
import azureMysqlSslEnforced from './azure-mysql-ssl-enforced.js';
import azureMysqlTlsVersion from './azure-mysql-tls-version.js';
import azureNetworkWatcherEnabled from './azure-network-watcher-enabled.js';
import azureNsgFlowLogs from './azure-nsg-flow-logs.js';
import azureNsgHttpInternet from './azure-nsg-http-internet.js';
import azureNsgRdpInternet from './azure-nsg-rdp-internet.js';
import azureNsgSshInternet from './azure-nsg-ssh-internet.js';
import azureNsgUdpInternet from './azure-nsg-udp-internet.js';
import azurePostgresqlConnectionThrottling from './azure-postgresql-connection-throttling.js';
import azurePostgresqlInfrastructureEncryption from './azure-postgresql-infrastructure-encryption.js';
import azurePostgresqlLogCheckpoints from './azure-postgresql-log-checkpoints.js';
import azurePostgresqlLogConnections from './azure-postgresql-log-connections.js';
import azurePostgresqlLogDisconnections from './azure-postgresql-log-disconnections.js';
import azurePostgresqlLogRetention from './azure-postgresql-log-retention.js';
import azurePostgresqlMinTls from './azure-postgresql-min-tls.js';
import azurePostgresqlNoAzureServicesAccess from './azure-postgresql-no-azure-services-access.js';
import azurePostgresqlSslEnforced from './azure-postgresql-ssl-enforced.js';
import azureSqlAuditRetention from './azure-sql-audit-retention.js';
import azureSqlAuditingEnabled from './azure-sql-auditing-enabled.js';
import azureSqlDatabaseTde from './azure-sql-database-tde.js';
import azureSqlDefenderEnabled from './azure-sql-defender-enabled.js';
import azureSqlEntraAdmin from './azure-sql-entra-admin.js';
import azureSqlFirewallNoAnyIp from './azure-sql-firewall-no-any-ip.js';
import azureSqlMinTls from './azure-sql-min-tls.js';
import azureSqlTdeProtectorCmk from './azure-sql-tde-protector-cmk.js';
import azureSqlVaNotifications from './azure-sql-va-notifications.js';
import azureSqlVulnerabilityAssessment from './azure-sql-vulnerability-assessment.js';
import azureStorageAccessKeysRotated from './azure-storage-access-keys-rotated.js';
import azureStorageBlobLogging from './azure-storage-blob-logging.js';
import azureStorageBlobPublicAccessDisabled from './azure-storage-blob-public-access-disabled.js';
import azureStorageCmkCritical from './azure-storage-cmk-critical.js';
import azureStorageDefaultNetworkDeny from './azure-storage-default-network-deny.js';
import azureStorageInfrastructureEncryption from './azure-storage-infrastructure-encryption.js';
import azureStorageKeyRotationReminder from './azure-storage-key-rotation-reminder.js';
import azureStorageMinTls from './azure-storage-min-tls.js';
import azureStoragePrivateEndpoint from './azure-storage-private-endpoint.js';
import azureStorageQueueLogging from './azure-storage-queue-logging.js';
import azureStorageSasExpiryPolicy from './azure-storage-sas-expiry-policy.js';
import azureStorageSecureTransfer from './azure-storage-secure-transfer.js';
import azureStorageSharedKeyDisabled from './azure-storage-shared-key-disabled.js';
import azureStorageSoftDelete from './azure-storage-soft-delete.js';
import azureStorageTableLogging from './azure-storage-table-logging.js';
import azureStorageTrustedServices from './azure-storage-trusted-services.js';
import azureVmApprovedExtensions from './azure-vm-approved-extensions.js';
import azureVmEndpointProtection from './azure-vm-endpoint-protection.js';
import azureVmLinuxPasswordAuthDisabled from './azure-vm-linux-password-auth-disabled.js';
import azureVmManagedDisks from './azure-vm-managed-disks.js';

/** Every check in this folder, one per file. */
export const checks: Check[] = [
  azureAcrAdminUserDisabled,
  azureAksAuthorizedIpRanges,
  azureAksAutoUpgrade,
  azureAksLocalAccountsDisabled,
  azureAksNetworkPolicy,
  azureAksPrivateCluster,
  azureAksRbacEnabled,
  azureAlertNsgDelete,
  azureAlertNsgWrite,
  azureAlertPolicyAssignmentDelete,
  azureAlertPolicyAssignmentWrite,
  azureAlertPublicIpDelete,
  azureAlertPublicIpWrite,
  azureAlertSecuritySolutionDelete,
  azureAlertSecuritySolutionWrite,
  azureAlertSqlFirewallDelete,
  azureAlertSqlFirewallWrite,
  azureAppserviceAuthEnabled,
  azureAppserviceClientCerts,
  azureAppserviceFtps,
  azureAppserviceHttpLogs,
  azureAppserviceHttp2,
  azureAppserviceHttpsOnly,
  azureAppserviceJavaVersion,
  azureAppserviceManagedIdentity,
  azureAppserviceMinTls,
  azureAppservicePhpVersion,
  azureAppservicePythonVersion,
  azureAppserviceRemoteDebuggingOff,
  azureBastionExists,
  azureCosmosdbLocalAuthDisabled,
  azureCosmosdbNetworkRestricted,
  azureCosmosdbPrivateEndpoint,
  azureDefenderAlertNotifications,
  azureDefenderAppService,
  azureDefenderCloudAppsIntegration,
  azureDefenderContactEmail,
  azureDefenderContainers,
  azureDefenderCosmosdb,
  azureDefenderDatabases,
  azureDefenderEndpointIntegration,
  azureDefenderKeyVault,
  azureDefenderNotifyOwners,
  azureDefenderOpenSourceDatabases,
  azureDefenderResourceManager,
  azureDefenderServers,
  azureDefenderSqlDatabases,
  azureDefenderSqlMachines,
  azureDefenderStorage,
  azureDiskAttachedCmk,
  azureDiskUnattachedCmk,
  azureFlowLogRetention,
  azureIamCustomRoleAssignsRoles,
  azureIamCustomRoleWildcards,
  azureIamNoCustomSubscriptionOwner,
  azureIamOwnerDirectUser,
  azureIamOwnerGuest,
  azureIamSubscriptionOwnersLimited,
  azureKeyvaultKeyExpiry,
  azureKeyvaultKeyRotation,
  azureKeyvaultLogging,
  azureKeyvaultNetworkRestricted,
  azureKeyvaultPrivateEndpoint,
  azureKeyvaultRbac,
  azureKeyvaultRecoverable,
  azureKeyvaultSecretExpiry,
  azureMonitorActivityLogCategories,
  azureMonitorActivityLogExported,
  azureMonitorActivityLogStorageCmk,
  azureMonitorActivityLogStoragePrivate,
  azureMonitorResourceLogs,
  azureMysqlAuditLogConnections,
  azureMysqlAuditLogEnabled,
  azureMysqlSslEnforced,
  azureMysqlTlsVersion,
  azureNetworkWatcherEnabled,
  azureNsgFlowLogs,
  azureNsgHttpInternet,
  azureNsgRdpInternet,
  azureNsgSshInternet,
  azureNsgUdpInternet,
  azurePostgresqlConnectionThrottling,
  azurePostgresqlInfrastructureEncryption,
  azurePostgresqlLogCheckpoints,
  azurePostgresqlLogConnections,
  azurePostgresqlLogDisconnections,
  azurePostgresqlLogRetention,
  azurePostgresqlMinTls,
  azurePostgresqlNoAzureServicesAccess,
  azurePostgresqlSslEnforced,
  azureSqlAuditRetention,
  azureSqlAuditingEnabled,
  azureSqlDatabaseTde,
  azureSqlDefenderEnabled,
  azureSqlEntraAdmin,
  azureSqlFirewallNoAnyIp,
  azureSqlMinTls,
  azureSqlTdeProtectorCmk,
  azureSqlVaNotifications,
  azureSqlVulnerabilityAssessment,
  azureStorageAccessKeysRotated,
  azureStorageBlobLogging,
  azureStorageBlobPublicAccessDisabled,
  azureStorageCmkCritical,
  azureStorageDefaultNetworkDeny,
  azureStorageInfrastructureEncryption,
  azureStorageKeyRotationReminder,
  azureStorageMinTls,
  azureStoragePrivateEndpoint,
  azureStorageQueueLogging,
  azureStorageSasExpiryPolicy,
  azureStorageSecureTransfer,
  azureStorageSharedKeyDisabled,
  azureStorageSoftDelete,
  azureStorageTableLogging,
  azureStorageTrustedServices,
  azureVmApprovedExtensions,
  azureVmEndpointProtection,
  azureVmLinuxPasswordAuthDisabled,
  azureVmManagedDisks,
];
