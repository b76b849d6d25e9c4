import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/security-group-cifs-restricted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { perm, sg, world4, world6 } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const groups = (...SecurityGroups: ReturnType<typeof sg>[]) => ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups });

describe('ec2.security-group-cifs-restricted', () => {
  it('FAIL for 445 from the internet over IPv4, IPv6, all protocols or a range that includes it', async () => {
    groups(sg('sg-01smb', [world4('tcp', 445, 445)]), sg('sg-02smb6', [world6('tcp', 445, 445)]), sg('sg-03all', [world4('-1')]), sg('sg-04range', [world4('tcp', 400, 500)]));
    const findings = await runCheck(check);
    expect(findings.map((f) => [f.resource.id, f.status])).toEqual([['sg-01smb', 'FAIL'], ['sg-02smb6', 'FAIL'], ['sg-03all', 'FAIL'], ['sg-04range', 'FAIL']]);
    expect(findings[0]).toMatchObject({ evidence: { cifsPorts: [445], openToWorld: [{ CidrIp: '0.0.0.0/0', reaches: ['445/tcp'] }] }, srm: { duty: 'network-access' } });
  });

  it('PASS for SSH-only, narrow sources, group references and ranges that skip 445', async () => {
    groups(
      sg('sg-05ssh', [world4('tcp', 22, 22)]),
      sg('sg-06office', [perm({ IpProtocol: 'tcp', FromPort: 445, ToPort: 445, IpRanges: [{ CidrIp: '10.0.0.0/8' }] })]),
      sg('sg-07ref', [perm({ IpProtocol: 'tcp', FromPort: 445, ToPort: 445, UserIdGroupPairs: [{ GroupId: 'sg-07ref' }] })]),
      sg('sg-08skip', [world4('tcp', 446, 65535)]),
    );
    expect((await runCheck(check)).map((f) => f.status)).toEqual(['PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('ERROR naming the permission when security groups cannot be read', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSecurityGroups') }]);
  });
});
