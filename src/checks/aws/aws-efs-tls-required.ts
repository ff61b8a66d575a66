import { defineCheck, fail, need, notApplicable, pass } from '../define.js';

/** The EFS file system policy denies mounts without TLS (aws:SecureTransport false). */
export default defineCheck({
  id: 'aws-efs-tls-required',
  title: 'EFS file systems require encryption in transit',
  rationale:
    'NFS traffic is plain text unless clients mount with TLS. A file system policy that denies insecure transport ' +
    'makes encryption in transit mandatory rather than a mount option someone may forget.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.file-share'],
  controls: ['EIT-02'],
  remediation:
    'Add a file system policy statement denying all actions when aws:SecureTransport is false, and mount with -o tls.',
  fix: {
    cli: 'aws efs put-file-system-policy --file-system-id FS_ID --policy file://deny-insecure-transport.json',
  },
  evaluate(fs) {
    if (fs.service !== 'efs') return notApplicable(`A ${fs.service} file share, not EFS.`);
    return need<boolean>(fs, 'encryptionInTransit')
      ? pass('Mounts without TLS are refused.')
      : fail('Clients may mount without TLS.', [{ path: 'encryptionInTransit', value: false }]);
  },
});
