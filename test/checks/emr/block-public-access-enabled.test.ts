import { EMRClient, GetBlockPublicAccessConfigurationCommand } from '@aws-sdk/client-emr';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/emr/block-public-access-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const emr = mockClient(EMRClient);
beforeEach(() => emr.reset());
const R = { region: 'eu-west-1' };

describe('emr.block-public-access-enabled', () => {
  it('PASS when on (AWS\'s default, port 22 permitted), with the permitted ranges in evidence', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({
      BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }, { MinRange: 8000, MaxRange: 8100 }] },
    });
    expect(await runCheck(check, R)).toMatchObject([
      {
        status: 'PASS',
        resource: { id: '111122223333/eu-west-1', arn: 'arn:aws:elasticmapreduce:eu-west-1:111122223333:block-public-access-configuration' },
        evidence: { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: ['22', '8000-8100'] },
      },
    ]);
  });

  it('FAIL when off', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({ BlockPublicAccessConfiguration: { BlockPublicSecurityGroupRules: false } });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'FAIL', evidence: { BlockPublicSecurityGroupRules: false }, srm: { duty: 'network-access', serviceModel: 'IaaS', owner: 'shared' } }]);
  });

  it('ERROR when the answer lacks the flag (moto\'s empty answer), never read as on or off', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).resolves({ BlockPublicAccessConfiguration: undefined });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('BlockPublicSecurityGroupRules') }]);
  });

  it('ERROR naming the permission when denied', async () => {
    emr.on(GetBlockPublicAccessConfigurationCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticmapreduce:GetBlockPublicAccessConfiguration') }]);
  });
});
