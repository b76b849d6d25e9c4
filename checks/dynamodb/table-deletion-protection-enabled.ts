import { invalidData } from '../../src/aws/invalid-data.js';
import { defineCheck } from '../../src/check/define.js';
import { tableRef } from '../../src/check/kit/data-service-refs.js';

export default defineCheck({
  id: 'dynamodb.table-deletion-protection-enabled',
  title: 'DynamoDB tables have deletion protection enabled',
  description:
    'With deletion protection a table cannot be deleted, by mistake or by an attacker holding dynamodb:DeleteTable, until someone ' +
    'turns the protection off first: a separate, logged step. Judged per table from DescribeTable (DeletionProtectionEnabled), ' +
    'which AWS returns for every table; an answer without it cannot be judged (ERROR).',
  service: 'dynamodb',
  resourceType: 'AWS::DynamoDB::Table',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable deletion protection on the table.',
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
  },
  async run({ scope, inventory, result }) {
    const names = await inventory.dynamodb.tableNames(scope.region);
    const ref = (name: string) => tableRef(scope, name);
    return result.forEach(names, ref, async (name) => {
      const table = await inventory.dynamodb.table(scope.region, name);
      const r = ref(name);
      if (table.DeletionProtectionEnabled === undefined) {
        throw invalidData({ service: 'dynamodb', operation: 'DescribeTable', account: scope.account, region: scope.region }, `DescribeTable of ${name} has no DeletionProtectionEnabled`);
      }
      const evidence = { DeletionProtectionEnabled: table.DeletionProtectionEnabled };
      return table.DeletionProtectionEnabled
        ? result.pass(r, `Table ${name} has deletion protection enabled`, evidence)
        : result.fail(r, `Table ${name} has deletion protection disabled`, evidence);
    });
  },
});
