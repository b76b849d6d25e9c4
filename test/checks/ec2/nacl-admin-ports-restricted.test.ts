import { DescribeNetworkAclsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/nacl-admin-ports-restricted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, nacl, naclEntry } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const acls = (...NetworkAcls: ReturnType<typeof nacl>[]) => ec2.on(DescribeNetworkAclsCommand).resolves({ NetworkAcls });

describe('ec2.nacl-admin-ports-restricted', () => {
  it("FAIL for AWS's default NACL (rule 100 allows all from 0.0.0.0/0 and ::/0)", async () => {
    acls(nacl('acl-0default', [naclEntry(100, 'allow', '-1', '0.0.0.0/0'), naclEntry(101, 'allow', '-1', '::/0'), naclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true)], true));
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'acl-0default', arn: arn('network-acl', 'acl-0default'), type: 'AWS::EC2::NetworkAcl' },
        evidence: {
          IsDefault: true,
          openToWorld: [
            { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', reaches: ['22/tcp', '22/udp', '3389/tcp', '3389/udp'] },
            { RuleNumber: 101, Ipv6CidrBlock: '::/0' },
          ],
        },
      },
    ]);
  });

  it('PASS when lower-numbered DENYs close the admin ports before the allow-all', async () => {
    acls(
      nacl('acl-0closed', [
        naclEntry(10, 'deny', '-1', '0.0.0.0/0', undefined), // all protocols from the world: closes everything below
        naclEntry(100, 'allow', '-1', '0.0.0.0/0'),
      ]),
      nacl('acl-0ports', [
        naclEntry(10, 'deny', '6', '0.0.0.0/0', { From: 22, To: 22 }),
        naclEntry(11, 'deny', '17', '0.0.0.0/0', { From: 22, To: 22 }),
        naclEntry(20, 'deny', '6', '0.0.0.0/0', { From: 3389, To: 3389 }),
        naclEntry(21, 'deny', '17', '0.0.0.0/0', { From: 3389, To: 3389 }),
        naclEntry(100, 'allow', '-1', '0.0.0.0/0'),
      ]),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'acl-0closed' }, evidence: { openToWorld: [] } },
      { status: 'PASS', resource: { id: 'acl-0ports' } },
    ]);
  });

  it('FAIL when the DENY comes after the ALLOW, or only denies part of the world', async () => {
    acls(
      nacl('acl-0late', [naclEntry(100, 'allow', '6', '0.0.0.0/0', { From: 22, To: 22 }), naclEntry(200, 'deny', '6', '0.0.0.0/0', { From: 22, To: 22 })]),
      nacl('acl-0partial', [naclEntry(50, 'deny', '-1', '198.51.100.0/24'), naclEntry(100, 'allow', '6', '0.0.0.0/0', { From: 1024, To: 65535 })]),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'acl-0late' }, evidence: { openToWorld: [{ RuleNumber: 100, PortRange: { From: 22, To: 22 }, reaches: ['22/tcp'] }] } },
      { status: 'FAIL', resource: { id: 'acl-0partial' }, evidence: { openToWorld: [{ RuleNumber: 100, reaches: ['3389/tcp'] }] } },
    ]);
  });

  it('PASS for a NACL that allows the admin ports only from a trusted range', async () => {
    acls(nacl('acl-0office', [naclEntry(100, 'allow', '6', '203.0.113.0/24', { From: 22, To: 22 }), naclEntry(110, 'allow', '6', '0.0.0.0/0', { From: 443, To: 443 })]));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR naming the permission when DescribeNetworkAcls is denied', async () => {
    ec2.on(DescribeNetworkAclsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeNetworkAcls') }]);
  });
});
