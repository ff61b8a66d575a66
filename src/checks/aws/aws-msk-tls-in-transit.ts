import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRaw, rawAt } from './util.js';

/** MSK clusters accept TLS only between clients and brokers, and encrypt inside the cluster. */
export default defineCheck({
  id: 'aws-msk-tls-in-transit',
  title: 'MSK clusters require TLS in transit',
  rationale:
    'Kafka traffic carries whatever the topics hold. Plaintext listeners let anyone on the network read or inject messages.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['messaging.stream'],
  controls: ['EIT-02'],
  remediation:
    'Set client-broker encryption to TLS and in-cluster encryption on (in-cluster requires a new cluster).',
  fix: {
    cli: 'aws kafka update-security --cluster-arn CLUSTER_ARN --current-version VERSION --encryption-info \'{"EncryptionInTransit":{"ClientBroker":"TLS"}}\'',
  },
  evaluate(cluster) {
    if (cluster.service !== 'msk') return notApplicable(`A ${cluster.service} stream.`);
    const base =
      rawAt(cluster, 'Provisioned') !== undefined
        ? 'Provisioned.EncryptionInfo.EncryptionInTransit'
        : 'EncryptionInfo.EncryptionInTransit';
    if (rawAt(cluster, 'Serverless') !== undefined) return notApplicable('MSK Serverless always uses TLS.');
    const clientBroker = String(needRaw(cluster, `${base}.ClientBroker`));
    const inCluster = rawAt(cluster, `${base}.InCluster`);
    if (clientBroker !== 'TLS')
      return fail(`Client-broker traffic allows ${clientBroker}.`, [
        { path: `raw.${base}.ClientBroker`, value: clientBroker },
      ]);
    if (inCluster === false) return fail('Traffic between brokers is not encrypted.');
    return pass('Client and broker traffic is TLS only.');
  },
});
