import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/imdsv2-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, instance } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const instances = (...Instances: Instance[]) => ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ ReservationId: 'r-0123', OwnerId: '111122223333', Instances }] });
const md = (HttpTokens: 'required' | 'optional', HttpEndpoint: 'enabled' | 'disabled' = 'enabled') => ({ MetadataOptions: { State: 'applied' as const, HttpTokens, HttpEndpoint, HttpPutResponseHopLimit: 1 } });

describe('ec2.imdsv2-required', () => {
  it('PASS when tokens are required, FAIL when optional', async () => {
    instances(instance('i-0v2', md('required')), instance('i-0v1', md('optional')));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-0v1' }, evidence: { HttpTokens: 'optional', HttpEndpoint: 'enabled' } },
      { status: 'PASS', resource: { id: 'i-0v2', arn: arn('instance', 'i-0v2'), type: 'AWS::EC2::Instance' }, evidence: { HttpTokens: 'required' }, srm: { layer: 'host', owner: 'shared' } },
    ]);
  });

  it('PASS when the metadata endpoint is disabled, even with optional tokens', async () => {
    instances(instance('i-0off', md('optional', 'disabled')));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { HttpEndpoint: 'disabled' } }]);
  });

  it('FAIL when the answer shows no metadata options (compliance must be shown)', async () => {
    instances(instance('i-0none', { MetadataOptions: undefined }));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { HttpTokens: null } }]);
  });

  it('terminated instances are not judged; stopped ones are', async () => {
    instances(instance('i-0term', { ...md('optional'), State: { Code: 48, Name: 'terminated' } }), instance('i-0stop', { ...md('optional'), State: { Code: 80, Name: 'stopped' } }));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'i-0stop' }, evidence: { State: 'stopped' } }]);
  });

  it('ERROR naming the permission when DescribeInstances is denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeInstances') }]);
  });
});
