import { defineCheck } from '../../src/check/define.js';
import { dataCatalogRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'glue.connection-passwords-encrypted',
  title: 'The Glue Data Catalog returns connection passwords encrypted',
  description:
    'Glue connections hold database passwords. Unless ReturnConnectionPasswordEncrypted is on, GetConnection and GetConnections hand ' +
    'them back in clear to any principal allowed to read the catalog; with it they come back encrypted with a KMS key that the ' +
    'principal must also be allowed to use. One setting per account and region, judged in every scanned region.',
  service: 'glue',
  resourceType: 'AWS::Glue::DataCatalogEncryptionSettings',
  severity: 'medium',
  duty: 'secrets-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on connection password encryption with a KMS key; better still, keep connection credentials in Secrets Manager (the connection\'s SECRET_ID).',
    cli: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings \'{"ConnectionPasswordEncryption":{"ReturnConnectionPasswordEncrypted":true,"AwsKmsKeyId":"<key-arn>"}}\'',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html',
  },
  async run({ scope, inventory, result }) {
    const s = await inventory.glue.catalogEncryption(scope.region);
    const ref = dataCatalogRef(scope);
    const on = s.ConnectionPasswordEncryption?.ReturnConnectionPasswordEncrypted ?? null;
    const evidence = { ReturnConnectionPasswordEncrypted: on, ...(s.ConnectionPasswordEncryption?.AwsKmsKeyId ? { AwsKmsKeyId: s.ConnectionPasswordEncryption.AwsKmsKeyId } : {}) };
    return [
      on === true
        ? result.pass(ref, `The Data Catalog of ${scope.region} returns connection passwords encrypted`, evidence)
        : result.fail(ref, `The Data Catalog of ${scope.region} returns connection passwords in clear (ReturnConnectionPasswordEncrypted ${String(on)})`, evidence),
    ];
  },
});
