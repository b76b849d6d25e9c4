import { defineCheck } from '../../src/check/define.js';
import { tableRef } from '../../src/check/kit/data-service-refs.js';
import { kmsKeyLookup } from '../../src/check/kit/kms-refs.js';

export default defineCheck({
  id: 'dynamodb.table-cmk-encrypted',
  title: 'DynamoDB tables holding classified data are encrypted with a customer managed KMS key',
  description:
    'DynamoDB encrypts every table at rest; by default with an AWS owned key (DescribeTable then has no SSEDescription), or with the ' +
    'AWS managed key aws/dynamodb. Only a customer managed key lets the customer control, audit and revoke who can decrypt the ' +
    'data, and so prove it for classified data. Judged: tables whose classificationTag (default "data-classification", key ' +
    'compared case-insensitively) has a value in cmkRequiredFor (default confidential, restricted; compared case-insensitively). ' +
    'They pass when SSEDescription has SSEType KMS, is not DISABLED/DISABLING, and DescribeKey of KMSMasterKeyArn reports ' +
    'KeyManager CUSTOMER. Other tables are not judged: for unclassified data the AWS owned key is the documented default, not a defect.',
  service: 'dynamodb',
  resourceType: 'AWS::DynamoDB::Table',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Create (or choose) a customer managed KMS key whose key policy lets DynamoDB use it, and switch the table\'s encryption to it (online, no downtime).',
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.usagenotes.html',
  },
  options: { classificationTag: 'data-classification', cmkRequiredFor: ['confidential', 'restricted'] },
  async run({ scope, inventory, result, options }) {
    const names = await inventory.dynamodb.tableNames(scope.region);
    const required = new Set(options.cmkRequiredFor.map((c) => c.trim().toLowerCase()));
    const ref = (name: string) => tableRef(scope, name);
    return result.forEach(names, ref, async (name) => {
      const tags = await inventory.dynamodb.tableTags(scope.region, ref(name).arn);
      const tagKey = Object.keys(tags).find((k) => k.toLowerCase() === options.classificationTag.toLowerCase());
      const classification = tagKey === undefined ? undefined : tags[tagKey]!;
      if (classification === undefined || !required.has(classification.trim().toLowerCase())) return [];
      const sse = (await inventory.dynamodb.table(scope.region, name)).SSEDescription;
      const evidence = {
        [options.classificationTag]: classification,
        SSEType: sse?.SSEType ?? null,
        SSEStatus: sse?.Status ?? null,
        KMSMasterKeyArn: sse?.KMSMasterKeyArn ?? null,
      };
      if (!sse || sse.SSEType !== 'KMS' || !sse.KMSMasterKeyArn || sse.Status === 'DISABLED' || sse.Status === 'DISABLING') {
        return result.fail(ref(name), `Table ${name} (${classification}) is encrypted with an AWS owned key`, evidence);
      }
      const { region, keyId } = kmsKeyLookup(scope, sse.KMSMasterKeyArn);
      const key = await inventory.kms.keyMetadata(region, keyId);
      const withKey = { ...evidence, KeyManager: key.KeyManager ?? null };
      return key.KeyManager === 'CUSTOMER'
        ? result.pass(ref(name), `Table ${name} (${classification}) is encrypted with customer managed key ${sse.KMSMasterKeyArn}`, withKey)
        : result.fail(ref(name), `Table ${name} (${classification}) is encrypted with the AWS managed key ${sse.KMSMasterKeyArn}`, withKey);
    });
  },
});
