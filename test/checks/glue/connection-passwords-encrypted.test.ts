import { GetDataCatalogEncryptionSettingsCommand, GlueClient } from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/glue/connection-passwords-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const gl = mockClient(GlueClient);
beforeEach(() => gl.reset());
const settings = (on: boolean | undefined) => ({
  DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' as const }, ConnectionPasswordEncryption: on === undefined ? undefined : { ReturnConnectionPasswordEncrypted: on, ...(on ? { AwsKmsKeyId: 'alias/glue' } : {}) } },
});

describe('glue.connection-passwords-encrypted', () => {
  it('PASS when passwords are returned encrypted', async () => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).resolves(settings(true));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', evidence: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: 'alias/glue' } }]);
  });

  it.each([false, undefined])('FAIL when ReturnConnectionPasswordEncrypted is %s', async (on) => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).resolves(settings(on));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL', evidence: { ReturnConnectionPasswordEncrypted: on ?? null }, srm: { duty: 'secrets-management' } }]);
  });

  it('ERROR naming the permission when denied', async () => {
    gl.on(GetDataCatalogEncryptionSettingsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('glue:GetDataCatalogEncryptionSettings') }]);
  });
});
