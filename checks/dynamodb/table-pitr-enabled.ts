import { defineCheck } from '../../src/check/define.js';
import { tableRef } from '../../src/check/kit/data-service-refs.js';

export default defineCheck({
  id: 'dynamodb.table-pitr-enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  description:
    'Point-in-time recovery keeps continuous backups of a table for up to 35 days, so a table corrupted by a faulty deploy, a ' +
    'compromised credential or ransomware can be restored to any second before the incident. It is off unless the customer ' +
    'turns it on. Judged per table from DescribeContinuousBackups (PointInTimeRecoveryStatus ENABLED).',
  service: 'dynamodb',
  resourceType: 'AWS::DynamoDB::Table',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable point-in-time recovery on the table.',
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  },
  async run({ scope, inventory, result }) {
    const names = await inventory.dynamodb.tableNames(scope.region);
    const ref = (name: string) => tableRef(scope, name);
    return result.forEach(names, ref, async (name) => {
      const pitr = (await inventory.dynamodb.continuousBackups(scope.region, name)).PointInTimeRecoveryDescription;
      const evidence = {
        PointInTimeRecoveryStatus: pitr?.PointInTimeRecoveryStatus ?? null,
        ...(pitr?.RecoveryPeriodInDays !== undefined ? { RecoveryPeriodInDays: pitr.RecoveryPeriodInDays } : {}),
      };
      return pitr?.PointInTimeRecoveryStatus === 'ENABLED'
        ? result.pass(ref(name), `Table ${name} has point-in-time recovery enabled`, evidence)
        : result.fail(ref(name), `Table ${name} has point-in-time recovery ${pitr?.PointInTimeRecoveryStatus ?? 'not reported'}`, evidence);
    });
  },
});
