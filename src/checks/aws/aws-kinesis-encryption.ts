import { defineCheck, fail, notApplicable, pass } from '../define.js';
import { needRaw, rawAt } from './util.js';

/** Kinesis data streams encrypt records with KMS (`EncryptionType` KMS in describe-stream-summary). */
export default defineCheck({
  id: 'aws-kinesis-encryption',
  title: 'Kinesis data streams are encrypted at rest',
  rationale:
    'Streams keep records for a day up to a year: clickstreams, logs and events that often contain personal data. Server-side encryption protects them while stored.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['messaging.stream'],
  controls: ['EAR-01'],
  remediation: 'Start server-side encryption on the stream with a KMS key.',
  fix: {
    cli: 'aws kinesis start-stream-encryption --stream-name STREAM --encryption-type KMS --key-id alias/aws/kinesis',
  },
  evaluate(stream) {
    if (stream.service !== 'kinesis') return notApplicable(`A ${stream.service} stream.`);
    const summary =
      rawAt(stream, 'StreamDescriptionSummary') !== undefined
        ? 'StreamDescriptionSummary.'
        : rawAt(stream, 'StreamDescription') !== undefined
          ? 'StreamDescription.'
          : '';
    const type = String(needRaw(stream, `${summary}EncryptionType`));
    return type === 'KMS'
      ? pass('Records are encrypted with KMS.')
      : fail('Records are stored unencrypted.', [{ path: `raw.${summary}EncryptionType`, value: type }]);
  },
});
