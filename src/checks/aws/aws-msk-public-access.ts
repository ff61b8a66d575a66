import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRawObject, rawAt } from './util.js';

/** MSK brokers have no public endpoints (`ConnectivityInfo.PublicAccess.Type` DISABLED). */
export default defineCheck({
  id: 'aws-msk-public-access',
  title: 'MSK brokers are not publicly accessible',
  rationale:
    'Public broker endpoints put Kafka, its authentication and any misconfigured ACL directly on the internet.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['messaging.stream'],
  controls: ['DATA-03', 'NET-01'],
  remediation: 'Turn off public access and reach the brokers through the VPC, peering or PrivateLink.',
  fix: {
    cli: 'aws kafka update-connectivity --cluster-arn CLUSTER_ARN --current-version VERSION --connectivity-info \'{"PublicAccess":{"Type":"DISABLED"}}\'',
  },
  evaluate(cluster) {
    if (cluster.service !== 'msk') return notApplicable(`A ${cluster.service} stream.`);
    needRawObject(cluster);
    if (rawAt(cluster, 'Serverless') !== undefined)
      return notApplicable('MSK Serverless has no public endpoints.');
    const info =
      rawAt(cluster, 'BrokerNodeGroupInfo.ConnectivityInfo') ??
      rawAt(cluster, 'Provisioned.BrokerNodeGroupInfo.ConnectivityInfo');
    // Without a ConnectivityInfo block the cluster was created private (the default).
    const type = String(rawAt({ raw: info }, 'PublicAccess.Type') ?? 'DISABLED');
    return type === 'DISABLED'
      ? pass('Brokers are reachable only privately.')
      : fail(`Public access is ${type}.`);
  },
});
