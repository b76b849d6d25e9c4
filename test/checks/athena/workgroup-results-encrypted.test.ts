import { AthenaClient, GetWorkGroupCommand, ListWorkGroupsCommand } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/athena/workgroup-results-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const at = mockClient(AthenaClient);
beforeEach(() => at.reset());
const R = { region: 'eu-west-1' };

describe('athena.workgroup-results-encrypted', () => {
  it('PASS with an encryption option or managed results, FAIL without; one GetWorkGroup per workgroup', async () => {
    at.on(ListWorkGroupsCommand).resolves({ WorkGroups: [{ Name: 'a-kms' }, { Name: 'b-managed' }, { Name: 'primary' }] });
    at.on(GetWorkGroupCommand, { WorkGroup: 'a-kms' }).resolves({
      WorkGroup: { Name: 'a-kms', State: 'ENABLED', Configuration: { ResultConfiguration: { OutputLocation: 's3://results/', EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/k' } } } },
    });
    at.on(GetWorkGroupCommand, { WorkGroup: 'b-managed' }).resolves({ WorkGroup: { Name: 'b-managed', State: 'ENABLED', Configuration: { ManagedQueryResultsConfiguration: { Enabled: true } } } });
    at.on(GetWorkGroupCommand, { WorkGroup: 'primary' }).resolves({ WorkGroup: { Name: 'primary', State: 'ENABLED', Configuration: { ResultConfiguration: { OutputLocation: 's3://results/' }, EnforceWorkGroupConfiguration: false } } });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-kms', arn: 'arn:aws:athena:eu-west-1:111122223333:workgroup/a-kms' }, evidence: { EncryptionOption: 'SSE_KMS', KmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/k' } },
      { status: 'PASS', resource: { id: 'b-managed' }, evidence: { 'ManagedQueryResultsConfiguration.Enabled': true } },
      { status: 'FAIL', resource: { id: 'primary' }, evidence: { EncryptionOption: null }, srm: { duty: 'data-encryption', serviceModel: 'SaaS' } },
    ]);
    expect(at.commandCalls(GetWorkGroupCommand)).toHaveLength(3);
  });

  it('ERROR for the one workgroup whose GetWorkGroup is denied', async () => {
    at.on(ListWorkGroupsCommand).resolves({ WorkGroups: [{ Name: 'a' }, { Name: 'b' }] });
    at.on(GetWorkGroupCommand, { WorkGroup: 'a' }).resolves({ WorkGroup: { Name: 'a', Configuration: { ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_S3' } } } } });
    at.on(GetWorkGroupCommand, { WorkGroup: 'b' }).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' } },
      { status: 'ERROR', resource: { id: 'b' }, message: expect.stringContaining('athena:GetWorkGroup') },
    ]);
  });

  it('ERROR naming the permission when ListWorkGroups is denied', async () => {
    at.on(ListWorkGroupsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('athena:ListWorkGroups') }]);
  });
});
