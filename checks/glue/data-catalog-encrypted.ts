import { defineCheck } from '../../src/check/define.js';
import { dataCatalogRef } from '../../src/check/kit/service-refs.js';

export default defineCheck({
  id: 'glue.data-catalog-encrypted',
  title: 'The Glue Data Catalog encrypts its metadata at rest',
  description:
    'The Data Catalog holds the schema, location and statistics of every table Athena, EMR, Redshift Spectrum and Glue jobs read: ' +
    'a map of where the data is. Catalog encryption (SSE-KMS) covers databases, tables, partitions and connections. The setting is ' +
    'one per account and region, judged in every scanned region (off by default, CatalogEncryptionMode DISABLED).',
  service: 'glue',
  resourceType: 'AWS::Glue::DataCatalogEncryptionSettings',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable Data Catalog encryption with a KMS key (grant the key to the roles and services that read the catalog first).',
    cli: 'aws glue put-data-catalog-encryption-settings --data-catalog-encryption-settings \'{"EncryptionAtRest":{"CatalogEncryptionMode":"SSE-KMS","SseAwsKmsKeyId":"<key-arn>"}}\'',
    url: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
  },
  async run({ scope, inventory, result }) {
    const s = await inventory.glue.catalogEncryption(scope.region);
    const ref = dataCatalogRef(scope);
    const mode = s.EncryptionAtRest?.CatalogEncryptionMode ?? null;
    const evidence = { CatalogEncryptionMode: mode, ...(s.EncryptionAtRest?.SseAwsKmsKeyId ? { SseAwsKmsKeyId: s.EncryptionAtRest.SseAwsKmsKeyId } : {}) };
    // SSE-KMS and SSE-KMS-WITH-SERVICE-ROLE both encrypt; anything else (DISABLED, missing) does not.
    return [
      mode !== null && mode.startsWith('SSE-KMS')
        ? result.pass(ref, `The Data Catalog of ${scope.region} encrypts metadata (${mode})`, evidence)
        : result.fail(ref, `The Data Catalog of ${scope.region} does not encrypt metadata (CatalogEncryptionMode ${String(mode)})`, evidence),
    ];
  },
});
