import { GetDataCatalogEncryptionSettingsCommand, GlueClient } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/glue/data-catalog-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const gl = mockClient(GlueClient);
beforeEach(() => gl.reset());

describe('glue.data-catalog-encrypted', () => {
  it.each([
    ['SSE-KMS', 'PASS'],
    ['SSE-KMS-WITH-SERVICE-ROLE', 'PASS'],
    ['DISABLED', 'FAIL'],
  ] as const)('CatalogEncryptionMode %s → %s', async (mode, status) => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).resolves({
      DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: mode, ...(mode === 'DISABLED' ? {} : { SseAwsKmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }) }, ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false } },
    });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status, resource: { arn: 'arn:aws:glue:eu-west-1:111122223333:catalog', id: '111122223333/eu-west-1' }, evidence: { CatalogEncryptionMode: mode }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
    ]);
  });

  it('ERROR when the answer has no settings at all (never read as off)', async () => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).resolves({});
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('DataCatalogEncryptionSettings') }]);
  });

  it('ERROR naming the permission when denied', async () => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('glue:GetDataCatalogEncryptionSettings') }]);
  });
});
