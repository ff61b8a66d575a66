import { defineCheck, fail, need, notApplicable, pass } from '../define.js';
import { databaseGone } from './util.js';

/** The parameter group forces TLS (rds.force_ssl, require_secure_transport, …). */
export default defineCheck({
  id: 'aws-rds-tls-required',
  title: 'RDS instances require TLS connections',
  rationale:
    'Databases accept unencrypted connections unless told otherwise, so credentials and query results can cross the ' +
    'network in clear text. Forcing TLS in the parameter group removes the choice from clients.',
  severity: 'medium',
  providers: ['aws'],
  kinds: ['database.instance'],
  controls: ['EIT-02'],
  remediation:
    'Set the engine parameter that forces TLS in a custom parameter group (rds.force_ssl=1 for PostgreSQL and SQL ' +
    'Server, require_secure_transport=ON for MySQL and MariaDB) and reboot.',
  fix: {
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name PG --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot',
  },
  evaluate(db) {
    const gone = databaseGone(db);
    if (gone) return notApplicable(gone);
    return need<boolean>(db, 'tlsRequired')
      ? pass('Clients must connect with TLS.')
      : fail('The database accepts unencrypted connections.', [{ path: 'tlsRequired', value: false }]);
  },
});
