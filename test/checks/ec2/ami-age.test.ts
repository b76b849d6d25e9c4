import { DescribeImagesCommand, DescribeInstancesCommand, EC2Client, type Image, type Instance } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/ami-age.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, instance } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());
const NOW = new Date('2026-11-28T00:00:00Z');
const instances = (...Instances: Instance[]) => ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ ReservationId: 'r-0123', OwnerId: '111122223333', Instances }] });
/** A DescribeImages entry: CreationDate is an ISO 8601 string in the API. */
const image = (ImageId: string, CreationDate: string, over: Partial<Image> = {}): Image => ({ ImageId, CreationDate, Name: `${ImageId}-name`, State: 'available', OwnerId: '111122223333', ...over });

describe('ec2.ami-age', () => {
  it('PASS for a young AMI, FAIL for one older than 180 days, one finding per running instance', async () => {
    instances(instance('i-0new', { ImageId: 'ami-0new' }), instance('i-0old', { ImageId: 'ami-0old' }), instance('i-0new2', { ImageId: 'ami-0new' }));
    ec2.on(DescribeImagesCommand).resolves({ Images: [image('ami-0new', '2026-10-01T12:00:00.000Z'), image('ami-0old', '2025-01-15T08:00:00.000Z')] });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'i-0new', arn: arn('instance', 'i-0new'), type: 'AWS::EC2::Instance' }, evidence: { ImageId: 'ami-0new', ageDays: 57, maxAgeDays: 180 }, srm: { duty: 'patch-management', layer: 'host' } },
      { status: 'PASS', resource: { id: 'i-0new2' } },
      { status: 'FAIL', resource: { id: 'i-0old' }, message: expect.stringContaining('681 days'), evidence: { ImageId: 'ami-0old', CreationDate: '2025-01-15T08:00:00.000Z', ageDays: 681 } },
    ]);
    // One call for the set of AMIs in use, deprecated and disabled images included.
    expect(ec2.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input)).toEqual([{ ImageIds: ['ami-0new', 'ami-0old'], IncludeDeprecated: true, IncludeDisabled: true }]);
  });

  it('maxAgeDays is an option', async () => {
    instances(instance('i-0a', { ImageId: 'ami-0a' }));
    ec2.on(DescribeImagesCommand).resolves({ Images: [image('ami-0a', '2026-10-01T12:00:00.000Z')] });
    expect(await runCheck(check, { now: NOW, options: { maxAgeDays: 30 } })).toMatchObject([{ status: 'FAIL', evidence: { maxAgeDays: 30, ageDays: 57 } }]);
  });

  it('FAIL when the AMI is no longer describable (deregistered or unshared) or shows as deregistered', async () => {
    instances(instance('i-0gone', { ImageId: 'ami-0gone' }), instance('i-0dereg', { ImageId: 'ami-0dereg' }));
    ec2.on(DescribeImagesCommand).resolves({ Images: [image('ami-0dereg', '2026-11-01T00:00:00.000Z', { State: 'deregistered' })] });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'FAIL', resource: { id: 'i-0dereg' }, message: expect.stringContaining('deregistered'), evidence: { describable: true, State: 'deregistered' } },
      { status: 'FAIL', resource: { id: 'i-0gone' }, message: expect.stringContaining('deregistered or no longer shared'), evidence: { ImageId: 'ami-0gone', describable: false } },
    ]);
  });

  it('when EC2 refuses the whole id list for one vanished AMI, the others are asked one by one', async () => {
    instances(instance('i-0a', { ImageId: 'ami-0a' }), instance('i-0gone', { ImageId: 'ami-0gone' }));
    ec2.on(DescribeImagesCommand).rejects(awsError('InvalidAMIID.NotFound', { message: "The image id '[ami-0gone]' does not exist" }));
    ec2.on(DescribeImagesCommand, { ImageIds: ['ami-0a'] }).resolves({ Images: [image('ami-0a', '2026-10-01T12:00:00.000Z')] });
    expect(await runCheck(check, { now: NOW })).toMatchObject([
      { status: 'PASS', resource: { id: 'i-0a' } },
      { status: 'FAIL', resource: { id: 'i-0gone' }, evidence: { describable: false } },
    ]);
    expect(ec2.commandCalls(DescribeImagesCommand)).toHaveLength(3);
  });

  it('chunks the id list by 100', async () => {
    const many = Array.from({ length: 150 }, (_, n) => instance(`i-${String(n).padStart(4, '0')}`, { ImageId: `ami-${String(n).padStart(4, '0')}` }));
    instances(...many);
    ec2.on(DescribeImagesCommand).callsFake((input: { ImageIds: string[] }) => ({ Images: input.ImageIds.map((id) => image(id, '2026-11-01T00:00:00.000Z')) }));
    const findings = await runCheck(check, { now: NOW });
    expect(findings.every((f) => f.status === 'PASS')).toBe(true);
    expect(findings).toHaveLength(150);
    expect(ec2.commandCalls(DescribeImagesCommand).map((c) => c.args[0].input.ImageIds?.length)).toEqual([100, 50]);
  });

  it('stopped and terminated instances are not judged', async () => {
    instances(instance('i-0stop', { State: { Code: 80, Name: 'stopped' } }), instance('i-0term', { State: { Code: 48, Name: 'terminated' } }));
    expect(await runCheck(check, { now: NOW })).toEqual([]);
    expect(ec2.commandCalls(DescribeImagesCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when DescribeImages is denied', async () => {
    instances(instance('i-0a', { ImageId: 'ami-0a' }));
    ec2.on(DescribeImagesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check, { now: NOW })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeImages') }]);
  });
});
