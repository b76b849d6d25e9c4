import { EC2Client, GetInstanceMetadataDefaultsCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/imds-defaults-require-tokens.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.imds-defaults-require-tokens', () => {
  it('PASS when the account-level default requires tokens, naming a stable per-region resource', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', ManagedBy: 'account' } });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      {
        status: 'PASS', region: 'eu-west-1',
        resource: { arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance-metadata-defaults`, id: `${ACCOUNT}/eu-west-1`, type: 'AWS::EC2::AccountSettings' },
        evidence: { HttpTokens: 'required', HttpPutResponseHopLimit: 2, ManagedBy: 'account' },
        srm: { layer: 'host', serviceModel: 'IaaS', duty: 'os-hardening' },
      },
    ]);
  });

  it('FAIL when tokens are optional', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: { HttpTokens: 'optional' } });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('optional'), evidence: { HttpTokens: 'optional' } }]);
  });

  it('FAIL when nothing is set at account level (no preference, the AWS default)', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: {} });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', message: expect.stringContaining('no preference'), evidence: { HttpTokens: null } }]);
    ec2.reset();
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({});
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { HttpTokens: null } }]);
  });

  it('one finding per region, each from its own region', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: { HttpTokens: 'required' } });
    const findings = await runCheck(check, { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => f.resource.id).sort()).toEqual([`${ACCOUNT}/eu-west-1`, `${ACCOUNT}/us-east-1`]);
    expect(ec2.commandCalls(GetInstanceMetadataDefaultsCommand)).toHaveLength(2);
  });

  it('ERROR naming the permission when denied', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:GetInstanceMetadataDefaults') }]);
  });
});
