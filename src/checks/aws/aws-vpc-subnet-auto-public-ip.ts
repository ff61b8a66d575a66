import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** Subnets do not give every new instance a public IP address automatically. */
export default defineCheck({
  id: 'aws-vpc-subnet-auto-public-ip',
  title: 'Subnets do not auto-assign public IP addresses',
  rationale:
    'With auto-assign on, every instance launched into the subnet gets a public address whether it needs one or ' +
    'not, one security-group mistake away from internet exposure.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['network.subnet'],
  controls: ['NET-01'],
  remediation:
    'Turn off auto-assignment and give public addresses (or Elastic IPs) only to instances that must have one.',
  fix: {
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch',
    terraform: 'resource "aws_subnet" "this" {\n  map_public_ip_on_launch = false\n}',
  },
  params: {
    allowTag: {
      description: 'tag key marking subnets meant for public-facing hosts (value "true")',
      default: 'public-subnet-approved',
    },
  },
  evaluate(subnet, { params }) {
    if (tagged(subnet, String(params.allowTag), ['true']))
      return notApplicable('A subnet approved for public-facing hosts.');
    return need<boolean>(subnet, 'mapPublicIpOnLaunch')
      ? fail('New instances in the subnet get a public IP automatically.', [
          { path: 'mapPublicIpOnLaunch', value: true },
        ])
      : pass('The subnet does not assign public IPs automatically.');
  },
});
