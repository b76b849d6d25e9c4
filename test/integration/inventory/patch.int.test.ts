import { CreateImageCommand, EC2Client, RegisterImageCommand, RunInstancesCommand, StopInstancesCommand } from '@aws-sdk/client-ec2';
import { beforeAll, describe, expect, it } from 'vitest';
import amiAge from '../../../checks/ec2/ami-age.js';
import imdsDefaults from '../../../checks/ec2/imds-defaults-require-tokens.js';
import instanceManaged from '../../../checks/ssm/instance-managed.js';
import instancePatchCompliant from '../../../checks/ssm/instance-patch-compliant.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '290000000008';
const REGION = 'us-east-1';
const DAY = 86_400_000;
/** moto does not validate AMIs on RunInstances: this id was never registered in the account. */
const GONE_AMI = 'ami-0badc0ffee0000001';

let seededAt: Date;
let fromGone = '';
let fromCreated = '';
let fromRegistered = '';
let stopped = '';
let createdAmi = '';
let registeredAmi = '';

beforeAll(async () => {
  const ec2 = seedClient(EC2Client, ACCOUNT, REGION);
  seededAt = new Date();
  const run = async (ImageId: string) => (await ec2.send(new RunInstancesCommand({ ImageId, MinCount: 1, MaxCount: 1, InstanceType: 't3.micro' }))).Instances![0]!.InstanceId!;
  fromGone = await run(GONE_AMI);
  createdAmi = (await ec2.send(new CreateImageCommand({ InstanceId: fromGone, Name: 'golden-2026-11' }))).ImageId!;
  registeredAmi = (await ec2.send(new RegisterImageCommand({ Name: 'registered-base', RootDeviceName: '/dev/xvda', Architecture: 'x86_64', VirtualizationType: 'hvm' }))).ImageId!;
  fromCreated = await run(createdAmi);
  fromRegistered = await run(registeredAmi);
  stopped = await run(createdAmi);
  await ec2.send(new StopInstancesCommand({ InstanceIds: [stopped] }));
});

describe('patch management and host hardening against moto', () => {
  it('images: the AMIs in use that can still be described, with their CreationDate', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const images = await inventory.ec2.images(REGION, [createdAmi, registeredAmi, GONE_AMI]);
    expect(images.map((i) => i.ImageId).sort()).toEqual([createdAmi, registeredAmi].sort());
    for (const img of images) {
      // moto stamps CreateImage / RegisterImage with the current time, as AWS does.
      expect(Math.abs(new Date(img.CreationDate!).getTime() - seededAt.getTime())).toBeLessThan(5 * 60_000);
    }
    // moto leaves the unknown id out and answers the rest in one call, as AWS does for an AMI deregistered
    // while instances still use it. (AWS may instead refuse the whole list with InvalidAMIID.NotFound for an
    // AMI it no longer shows at all; moto never does: that per-id fallback is covered by the unit test.)
    expect(stats.byOperation.get('ec2:DescribeImages')).toBe(1);
    // Memoized per id set, whatever the order.
    await inventory.ec2.images(REGION, [GONE_AMI, registeredAmi, createdAmi]);
    expect(stats.byOperation.get('ec2:DescribeImages')).toBe(1);
  });

  it('ec2.ami-age: PASS for a fresh AMI, FAIL once it is older than maxAgeDays, FAIL for an AMI that is gone; stopped instances not judged', async () => {
    // moto's built-in AMIs (the only ones with old CreationDates) are disabled in this harness, so age
    // is controlled through the evaluation clock instead.
    const { inventory } = motoInventory(ACCOUNT);
    const today = Object.fromEntries((await runCheck(amiAge, { account: ACCOUNT, region: REGION, inventory, now: new Date(seededAt.getTime() + DAY) })).map((f) => [f.resource.id, f.status]));
    expect(today).toEqual({ [fromCreated]: 'PASS', [fromRegistered]: 'PASS', [fromGone]: 'FAIL' });
    const later = await runCheck(amiAge, { account: ACCOUNT, region: REGION, inventory, now: new Date(seededAt.getTime() + 400.5 * DAY) });
    expect(Object.fromEntries(later.map((f) => [f.resource.id, f.status]))).toEqual({ [fromCreated]: 'FAIL', [fromRegistered]: 'FAIL', [fromGone]: 'FAIL' });
    expect(later.find((f) => f.resource.id === fromCreated)).toMatchObject({ evidence: { ImageId: createdAmi, ageDays: 400 } });
    expect(later.find((f) => f.resource.id === fromGone)).toMatchObject({ evidence: { ImageId: GONE_AMI, describable: false } });
    expect(later.map((f) => f.resource.id)).not.toContain(stopped);
  });

  it('ec2.imds-defaults-require-tokens: ERROR, never PASS (moto does not implement GetInstanceMetadataDefaults)', async () => {
    // moto 5.2 answers the unimplemented action with an HTML 500 page; in AWS the call answers AccountLevel.
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(imdsDefaults, { account: ACCOUNT, region: REGION, inventory });
    expect(findings).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:GetInstanceMetadataDefaults'), evidence: { operation: 'ec2:GetInstanceMetadataDefaults' } }]);
  });

  it('ssm checks: ERROR, never PASS (moto implements neither DescribeInstanceInformation nor ListResourceComplianceSummaries)', async () => {
    // moto 5.2 has no SSM managed-node registry: no instance can be made to appear as managed, so
    // neither Online/ConnectionLost nor Patch compliance summaries can be planted. What is proven here
    // is the real read path (operation listed, client wired, error classified) and that an unanswered
    // call never becomes a verdict; the verdicts are covered by the unit tests.
    const { inventory } = motoInventory(ACCOUNT);
    const managed = await runCheck(instanceManaged, { account: ACCOUNT, region: REGION, inventory });
    expect(managed).toMatchObject([{ status: 'ERROR', evidence: { operation: 'ssm:DescribeInstanceInformation' } }]);
    const patched = await runCheck(instancePatchCompliant, { account: ACCOUNT, region: REGION, inventory });
    expect(patched).toMatchObject([{ status: 'ERROR', evidence: { operation: 'ssm:DescribeInstanceInformation' } }]);
    // The bulk Patch summary call is unimplemented too (moto answers an HTML 500 page): an error, never an empty list.
    await expect(inventory.ssm.patchComplianceSummaries(REGION)).rejects.toMatchObject({ operation: 'ListResourceComplianceSummaries', iamAction: 'ssm:ListResourceComplianceSummaries' });
  });
});
