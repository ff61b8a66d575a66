import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { needRawObject, rawPolicy, tagged } from './util.js';

/** The repository policy (`raw.RepositoryPolicy`, from get-repository-policy) allows no principal "*" (everyone). */
export default defineCheck({
  id: 'aws-ecr-policy-public',
  title: 'ECR repository policies do not allow everyone',
  rationale:
    'A repository open to "*" lets any AWS account pull your images, with the code, configuration and secrets baked into them, or even push over them.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['container.registry'],
  controls: ['DATA-03', 'APP-04'],
  remediation:
    'Name the accounts that may pull, or add an aws:PrincipalOrgID condition; publish public images in ECR Public instead.',
  fix: { cli: 'aws ecr set-repository-policy --repository-name REPO --policy-text file://policy.json' },
  params: {
    allowTag: {
      description: 'tag key marking repositories approved for public pulls (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(repo, { params }) {
    if (tagged(repo, String(params.allowTag), ['true']))
      return notApplicable('An approved public repository.');
    needRawObject(repo);
    const policy = rawPolicy(repo, 'RepositoryPolicy', true);
    const open = publicPrincipal(policy);
    return open.length > 0
      ? fail(`The repository policy allows everyone ${publicActions(policy).join(', ')}.`)
      : pass('No statement is open to everyone.');
  },
});
