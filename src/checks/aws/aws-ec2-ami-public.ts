import { defineCheck, fail, MissingData, notApplicable, pass } from '../define.js';
import { asBool, rawAt, tagged } from './util.js';

/** Machine images owned by the account are not public (`Public` in describe-images). */
export default defineCheck({
  id: 'aws-ec2-ami-public',
  title: 'AMIs are not public',
  rationale:
    'A public AMI lets anyone launch a copy of your server, including any keys, configuration and data baked into ' +
    'it. Images are often built from live systems and carry more than intended.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['compute.image'],
  controls: ['DATA-03'],
  remediation: 'Remove the public launch permission and share the image with specific accounts if needed.',
  fix: { cli: 'aws ec2 modify-image-attribute --image-id AMI_ID --launch-permission "Remove=[{Group=all}]"' },
  params: {
    allowTag: {
      description: 'tag key marking images deliberately published (value "true")',
      default: 'public-approved',
    },
  },
  evaluate(image, { params }) {
    const owner = rawAt(image, 'OwnerId');
    if (typeof owner === 'string' && owner !== image.account)
      return notApplicable(`An image owned by ${owner}, used here.`);
    if (tagged(image, String(params.allowTag), ['true']))
      return notApplicable('A deliberately published image.');
    const isPublic = asBool(rawAt(image, 'Public'));
    if (isPublic === undefined)
      throw new MissingData('raw.Public', 'the image launch permissions were not collected');
    return isPublic
      ? fail('Anyone can launch this image.', [{ path: 'raw.Public', value: true }])
      : pass('The image is private.');
  },
});
