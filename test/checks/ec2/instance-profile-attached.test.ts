import { DescribeInstancesCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/instance-profile-attached.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { instance } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const instances = (...Instances: Instance[]) => ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ ReservationId: 'r-0123', OwnerId: '111122223333', Instances }] });
const PROFILE = { Arn: 'arn:aws:iam::111122223333:instance-profile/web', Id: 'AIPAEXAMPLE' };

describe('ec2.instance-profile-attached', () => {
  it('PASS with an instance profile, FAIL without; stopped instances count, terminated do not', async () => {
    instances(
      instance('i-0role', { IamInstanceProfile: PROFILE }),
      instance('i-0keys'),
      instance('i-0stopped', { State: { Code: 80, Name: 'stopped' } }),
      instance('i-0gone', { State: { Code: 48, Name: 'terminated' } }),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-0keys' }, evidence: { IamInstanceProfile: null }, srm: { duty: 'identity-access', layer: 'identity' } },
      { status: 'PASS', resource: { id: 'i-0role' }, message: expect.stringContaining('web'), evidence: { IamInstanceProfile: PROFILE.Arn } },
      { status: 'FAIL', resource: { id: 'i-0stopped' }, evidence: { State: 'stopped' } },
    ]);
  });

  it('ERROR naming the permission when DescribeInstances is denied', async () => {
    ec2.on(DescribeInstancesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeInstances') }]);
  });
});
