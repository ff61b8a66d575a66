import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { asBool, needRawObject, rawAt } from './util.js';

/**
 * ECR repositories scan images on push (`imageScanningConfiguration.scanOnPush`), or the registry uses Amazon
 * Inspector enhanced scanning (`raw.RegistryScanningType` = ENHANCED, recorded by the collector).
 */
export default defineCheck({
  id: 'aws-ecr-scan-on-push',
  title: 'ECR repositories scan images on push',
  rationale:
    'Scanning at push time finds known vulnerabilities in base images and packages before the image is deployed, when fixing is cheapest.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['container.registry'],
  controls: ['VUL-03'],
  remediation: 'Turn on scan on push, or enable enhanced (Inspector) scanning for the registry.',
  fix: {
    cli: 'aws ecr put-image-scanning-configuration --repository-name REPO --image-scanning-configuration scanOnPush=true',
    terraform:
      'resource "aws_ecr_repository" "this" {\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
  },
  evaluate(repo) {
    if (repo.service !== 'ecr') return notApplicable(`A ${repo.service} registry.`);
    needRawObject(repo);
    if (String(rawAt(repo, 'RegistryScanningType') ?? '').toUpperCase() === 'ENHANCED')
      return pass('The registry uses enhanced scanning.');
    const scan = asBool(rawAt(repo, 'imageScanningConfiguration.scanOnPush'));
    if (scan === undefined) return fail('No scanning configuration: images are not scanned on push.');
    return scan
      ? pass('Images are scanned on push.')
      : fail('Images are not scanned on push.', [
          { path: 'raw.imageScanningConfiguration.scanOnPush', value: false },
        ]);
  },
});
