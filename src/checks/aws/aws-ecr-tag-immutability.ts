import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRaw } from './util.js';

/** ECR repositories make image tags immutable (`imageTagMutability`). */
export default defineCheck({
  id: 'aws-ecr-tag-immutability',
  title: 'ECR image tags are immutable',
  rationale:
    'With mutable tags, whoever can push can silently replace the image behind "v1.4.2" or "prod", and deployments pull it without noticing.',
  severity: 'low',
  providers: ['aws'],
  kinds: ['container.registry'],
  controls: ['APP-04'],
  remediation: 'Set tag immutability on the repository and deploy by digest where possible.',
  fix: {
    cli: 'aws ecr put-image-tag-mutability --repository-name REPO --image-tag-mutability IMMUTABLE',
    terraform: 'resource "aws_ecr_repository" "this" {\n  image_tag_mutability = "IMMUTABLE"\n}',
  },
  evaluate(repo) {
    if (repo.service !== 'ecr') return notApplicable(`A ${repo.service} registry.`);
    const v = String(needRaw(repo, 'imageTagMutability'));
    return v.startsWith('IMMUTABLE')
      ? pass('Tags are immutable.')
      : fail('Tags can be overwritten.', [{ path: 'raw.imageTagMutability', value: v }]);
  },
});
