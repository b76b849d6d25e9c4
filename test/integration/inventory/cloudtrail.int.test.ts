import { CloudTrailClient, CreateTrailCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { motoInventory, seedClient } from '../../harness/moto-account.js';

const ACCOUNT = '210000000001';

describe('cloudtrail inventory against moto', () => {
  beforeAll(async () => {
    const s3 = seedClient(S3Client, ACCOUNT);
    await s3.send(new CreateBucketCommand({ Bucket: 'ct-int-logs' }));
    const ct = seedClient(CloudTrailClient, ACCOUNT);
    await ct.send(new CreateTrailCommand({ Name: 'org-main', S3BucketName: 'ct-int-logs', IsMultiRegionTrail: true, EnableLogFileValidation: true }));
    await ct.send(new StartLoggingCommand({ Name: 'org-main' }));
    const ew = seedClient(CloudTrailClient, ACCOUNT, 'eu-west-1');
    await ew.send(new CreateTrailCommand({ Name: 'eu-only', S3BucketName: 'ct-int-logs' }));
  });

  it('lists shadow copies of a multi-region trail in every region; allTrails dedupes by ARN', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const us = await inventory.cloudtrail.trails('us-east-1');
    const eu = await inventory.cloudtrail.trails('eu-west-1');
    expect(us.map((t) => t.Name)).toEqual(['org-main']);
    expect(eu.map((t) => t.Name).sort()).toEqual(['eu-only', 'org-main']);
    const all = await inventory.cloudtrail.allTrails(['us-east-1', 'eu-west-1']);
    expect(all.map((t) => t.Name).sort()).toEqual(['eu-only', 'org-main']);
    // allTrails reused the per-region answers: one DescribeTrails per region.
    expect(stats.byOperation.get('cloudtrail:DescribeTrails')).toBe(2);
  });

  it('reads trail status and event selectors in the home region, once per trail', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const [trail] = await inventory.cloudtrail.trails('eu-west-1').then((l) => l.filter((t) => t.Name === 'org-main'));
    const status = await inventory.cloudtrail.trailStatus(trail!);
    expect(status.IsLogging).toBe(true);
    await inventory.cloudtrail.trailStatus(trail!);
    expect(stats.byOperation.get('cloudtrail:GetTrailStatus')).toBe(1);
    // moto gives new trails no event selectors; AWS gives every trail a default one (all management events).
    const selectors = await inventory.cloudtrail.eventSelectors(trail!);
    expect(selectors).toBeTypeOf('object');
  });
});
