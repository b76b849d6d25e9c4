import { defineCheck } from '../../src/check/define.js';
import { clusterRef } from '../../src/check/kit/redshift-refs.js';

export default defineCheck({
  id: 'redshift.audit-logging-enabled',
  title: 'Redshift clusters deliver audit logs',
  description:
    'Audit logging records connection attempts, user changes and (with enable_user_activity_logging) every query, to S3 or CloudWatch Logs: ' +
    'the evidence an investigation of data access needs. The system tables that hold the same data keep only a few days.',
  service: 'redshift',
  resourceType: 'AWS::Redshift::Cluster',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable audit logging to CloudWatch Logs (or an S3 bucket) with the connection, user and user activity logs.',
    cli: 'aws redshift enable-logging --cluster-identifier <cluster> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.redshift.clusters(scope.region);
    const ref = (id: string) => clusterRef(scope, id);
    return result.forEach(clusters, (c) => ref(c.ClusterIdentifier!), async (c) => {
      const s = await inventory.redshift.loggingStatus(scope.region, c.ClusterIdentifier!);
      const evidence = {
        LoggingEnabled: s.LoggingEnabled ?? null,
        ...(s.LogDestinationType ? { LogDestinationType: s.LogDestinationType } : {}),
        ...(s.BucketName ? { BucketName: s.BucketName } : {}),
        ...(s.LogExports?.length ? { LogExports: s.LogExports } : {}),
      };
      const where = s.LogDestinationType === 'cloudwatch' ? 'CloudWatch Logs' : s.BucketName ? `s3://${s.BucketName}` : String(s.LogDestinationType);
      return s.LoggingEnabled === true
        ? result.pass(ref(c.ClusterIdentifier!), `Cluster ${c.ClusterIdentifier} delivers audit logs to ${where}`, evidence)
        : result.fail(ref(c.ClusterIdentifier!), `Cluster ${c.ClusterIdentifier} does not deliver audit logs (LoggingEnabled ${String(s.LoggingEnabled)})`, evidence);
    });
  },
});
