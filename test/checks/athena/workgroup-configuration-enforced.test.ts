import { AthenaClient, GetWorkGroupCommand, ListWorkGroupsCommand } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/athena/workgroup-configuration-enforced.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const at = mockClient(AthenaClient);
beforeEach(() => at.reset());
const R = { region: 'eu-west-1' };

describe('athena.workgroup-configuration-enforced', () => {
  it('PASS when enforced; minimum encryption alone or no configuration FAILs', async () => {
    at.on(ListWorkGroupsCommand).resolves({ WorkGroups: [{ Name: 'a-enforced' }, { Name: 'b-minimum' }, { Name: 'c-bare' }] });
    at.on(GetWorkGroupCommand, { WorkGroup: 'a-enforced' }).resolves({ WorkGroup: { Name: 'a-enforced', Configuration: { EnforceWorkGroupConfiguration: true } } });
    at.on(GetWorkGroupCommand, { WorkGroup: 'b-minimum' }).resolves({ WorkGroup: { Name: 'b-minimum', Configuration: { EnforceWorkGroupConfiguration: false, EnableMinimumEncryptionConfiguration: true } } });
    at.on(GetWorkGroupCommand, { WorkGroup: 'c-bare' }).resolves({ WorkGroup: { Name: 'c-bare' } });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-enforced' }, evidence: { EnforceWorkGroupConfiguration: true } },
      { status: 'FAIL', resource: { id: 'b-minimum' }, evidence: { EnforceWorkGroupConfiguration: false, EnableMinimumEncryptionConfiguration: true }, srm: { duty: 'app-configuration', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'c-bare' }, evidence: { EnforceWorkGroupConfiguration: null } },
    ]);
  });

  it('ERROR naming the permission when ListWorkGroups is denied', async () => {
    at.on(ListWorkGroupsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('athena:ListWorkGroups') }]);
  });
});
