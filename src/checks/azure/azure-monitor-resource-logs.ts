import { defineCheck, fail, notApplicable, pass } from '../define.js';
import {
  armType,
  DIAGNOSTIC_SETTINGS,
  ev,
  hasDestination,
  isObj,
  isType,
  needChildren,
  nodeOf,
  nodeValue,
} from './util.js';

/** Resource types that emit Azure Monitor resource logs worth keeping, by ARM type. */
const LOGGING_TYPES = [
  'microsoft.network/applicationgateways',
  'microsoft.network/azurefirewalls',
  'microsoft.network/frontdoors',
  'microsoft.cdn/profiles',
  'microsoft.network/networksecuritygroups',
  'microsoft.eventhub/namespaces',
  'microsoft.servicebus/namespaces',
  'microsoft.search/searchservices',
  'microsoft.containerservice/managedclusters',
  'microsoft.apimanagement/service',
  'microsoft.documentdb/databaseaccounts',
  'microsoft.containerregistry/registries',
  'microsoft.cache/redis',
  'microsoft.keyvault/vaults',
  'microsoft.web/sites',
  'microsoft.sql/servers/databases',
  'microsoft.dbforpostgresql/flexibleservers',
  'microsoft.dbformysql/flexibleservers',
  'microsoft.synapse/workspaces',
  'microsoft.machinelearningservices/workspaces',
];

export default defineCheck({
  id: 'azure-monitor-resource-logs',
  title: 'Resources that produce resource logs send them somewhere',
  rationale:
    'Resource logs — data-plane requests, firewall decisions, WAF matches, API calls — are produced only into a ' +
    'diagnostic setting; without one they are discarded, and the activity log does not contain them. They are the ' +
    'evidence of what happened inside a service.',
  severity: 'medium',
  providers: ['azure'],
  kinds: [
    'network.load-balancer',
    'network.waf',
    'network.firewall',
    'network.cdn',
    'network.security-group',
    'messaging.stream',
    'messaging.queue',
    'messaging.topic',
    'analytics.search-domain',
    'compute.container-cluster',
    'network.api-gateway',
    'database.nosql-table',
    'container.registry',
    'database.cache',
    'crypto.key',
    'secrets.secret',
    'compute.container-service',
    'compute.function',
    'database.instance',
    'database.warehouse',
    'ml.notebook',
  ],
  controls: ['LOG-02'],
  remediation:
    "Add a diagnostic setting that sends the resource's log categories (the allLogs or audit group) to a Log Analytics workspace or storage account.",
  fix: {
    cli: 'az monitor diagnostic-settings create --name logs --resource RESOURCE_ID --workspace WORKSPACE_ID --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
  },
  references: { 'cis-azure-foundations': ['5.4'] },
  evaluate(res, { inventory }) {
    if (!isType(res, ...LOGGING_TYPES))
      return notApplicable(`${armType(res)} is not a resource type this check covers.`);
    const settings = needChildren(nodeOf(res), inventory, DIAGNOSTIC_SETTINGS, 'diagnostic settings');
    const good = settings.find(
      (s) =>
        hasDestination(s) &&
        (nodeValue<unknown[]>(s, 'properties.logs') ?? []).some((l) => isObj(l) && l.enabled !== false),
    );
    return good
      ? pass(`Diagnostic setting "${good.name}" keeps the resource logs.`, [
          ev('diagnosticSetting', good.name),
        ])
      : fail("No diagnostic setting sends this resource's logs anywhere.", [
          ev(
            'diagnosticSettings',
            settings.map((s) => s.name),
          ),
        ]);
  },
});
