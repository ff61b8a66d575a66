import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { publicActions, publicPrincipal } from '../iam/index.js';
import { needRawObject, rawPolicy } from './util.js';

/** The topic policy (`Attributes.Policy`) allows no principal "*" (everyone) without a source condition. */
export default defineCheck({
  id: 'aws-sns-policy-public',
  title: 'SNS topic policies do not allow everyone',
  rationale:
    'A topic open to "*" lets anyone publish (spoofing alerts or spamming subscribers) or subscribe their own ' +
    'endpoint and receive every message.',
  severity: 'high',
  providers: ['aws'],
  kinds: ['messaging.topic'],
  controls: ['IAM-03', 'DATA-03'],
  remediation:
    'Restrict the topic policy to named principals, or add aws:SourceOwner / aws:SourceArn conditions for services.',
  fix: {
    cli: 'aws sns set-topic-attributes --topic-arn TOPIC_ARN --attribute-name Policy --attribute-value file://policy.json',
  },
  evaluate(topic) {
    if (topic.service !== 'sns') return notApplicable(`A ${topic.service} topic, not SNS.`);
    needRawObject(topic, 'Attributes');
    const policy = rawPolicy(topic, 'Attributes.Policy', true);
    const open = publicPrincipal(policy);
    return open.length > 0
      ? fail(`The topic policy allows everyone ${publicActions(policy).join(', ')}.`)
      : pass('No statement is open to everyone.');
  },
});
