import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** Kubernetes secrets are envelope-encrypted with a KMS key. */
export default defineCheck({
  id: 'aws-eks-secrets-encryption',
  title: 'EKS clusters encrypt Kubernetes secrets with KMS',
  rationale:
    'Envelope encryption with a KMS key adds a layer beyond the default encryption of etcd: secrets stay unreadable ' +
    'without kms:Decrypt even to someone with a copy of the cluster data.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['compute.container-cluster'],
  controls: ['EAR-02', 'KEY-01'],
  remediation: 'Associate a KMS key with the cluster for secrets encryption (this cannot be undone).',
  fix: {
    cli: 'aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"KEY_ARN"}}]\'',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
  },
  evaluate(cluster) {
    if (cluster.service !== 'eks') return notApplicable(`A ${cluster.service} cluster, not EKS.`);
    return need<{ enabled: boolean }>(cluster, 'secretsEncryption').enabled
      ? pass('Secrets are encrypted with a KMS key.')
      : fail('Secrets are not envelope-encrypted with KMS.', [
          { path: 'secretsEncryption.enabled', value: false },
        ]);
  },
});
