import { defineCheck } from '../define.js';
import { openPortsOutcome } from './network-util.js';
import type { PortSpec } from './util.js';

const PORTS: PortSpec[] = [
  { from: 6443, to: 6443, protocols: ['tcp'] },
  { from: 10250, to: 10250, protocols: ['tcp'] },
];

/** No security group allows Kubernetes API and kubelet (6443, 10250) from 0.0.0.0/0 or ::/0. */
export default defineCheck({
  id: 'aws-vpc-sg-kubernetes-open',
  title: 'Security groups do not expose Kubernetes API and kubelet (6443, 10250) to the internet',
  rationale:
    'A self-managed Kubernetes API or kubelet open to the internet invites credential attacks and exploitation of unauthenticated endpoints.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['network.security-group'],
  controls: ['NET-02', 'NET-06'],
  remediation:
    'Remove the rule allowing Kubernetes API and kubelet (6443, 10250) from 0.0.0.0/0 or ::/0; allow only the addresses or security groups that need it.',
  fix: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --protocol tcp --port 6443 --cidr 0.0.0.0/0',
  },
  evaluate(sg, { inventory }) {
    return openPortsOutcome(sg, inventory, PORTS, 'Kubernetes API and kubelet (6443, 10250)');
  },
});
