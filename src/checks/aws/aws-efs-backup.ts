import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { tagged } from './util.js';

/** EFS file systems are covered by automatic backups (AWS Backup). */
export default defineCheck({
  id: 'aws-efs-backup',
  title: 'EFS file systems are backed up',
  rationale:
    'EFS is durable but has no undo: a deleted or overwritten file is gone. Automatic backups are the only way back ' +
    'from mistakes, bugs and ransomware on the share.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['storage.file-share'],
  controls: ['BAK-01'],
  remediation: 'Turn on automatic backups for the file system, or add it to an AWS Backup plan.',
  fix: {
    cli: 'aws efs put-backup-policy --file-system-id FS_ID --backup-policy Status=ENABLED',
    terraform:
      'resource "aws_efs_backup_policy" "this" {\n  file_system_id = aws_efs_file_system.this.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
  },
  params: {
    exemptTag: {
      description: 'tag key marking file systems of disposable data (value "true")',
      default: 'ephemeral',
    },
  },
  evaluate(fs, { params }) {
    if (fs.service !== 'efs') return notApplicable(`A ${fs.service} file share, not EFS.`);
    if (tagged(fs, String(params.exemptTag), ['true']))
      return notApplicable('Marked as holding disposable data.');
    return need<boolean>(fs, 'backup')
      ? pass('Automatic backups are on.')
      : fail('The file system is not backed up.', [{ path: 'backup', value: false }]);
  },
});
