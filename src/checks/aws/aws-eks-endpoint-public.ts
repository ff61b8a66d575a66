import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { isAnywhere } from '../iam/ip.js';

/** The EKS API endpoint is private, or public only to listed CIDR ranges. */
export default defineCheck({
  id: 'aws-eks-endpoint-public',
  title: 'EKS cluster endpoints are not open to the whole internet',
  rationale:
    'A public Kubernetes API endpoint open to 0.0.0.0/0 is reachable by anyone holding, or guessing at, cluster ' +
    'credentials, and by anyone exploiting an API server vulnerability.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.container-cluster'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Enable the private endpoint and either disable the public endpoint or limit it to the administration CIDR ranges.',
  fix: {
    cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
    terraform:
      'resource "aws_eks_cluster" "this" {\n  vpc_config {\n    endpoint_private_access = true\n    endpoint_public_access = false\n  }\n}',
  },
  evaluate(cluster) {
    if (cluster.service !== 'eks') return notApplicable(`A ${cluster.service} cluster, not EKS.`);
    if (!need<boolean>(cluster, 'endpointPublic')) return pass('The API endpoint is private.');
    const cidrs = need<string[]>(cluster, 'endpointAllowedCidrs');
    const world = cidrs.filter(isAnywhere);
    if (world.length > 0 || cidrs.length === 0)
      return fail('The public API endpoint accepts connections from anywhere.', [
        { path: 'endpointAllowedCidrs', value: cidrs },
      ]);
    return pass(`The public endpoint is limited to ${cidrs.join(', ')}.`);
  },
});
