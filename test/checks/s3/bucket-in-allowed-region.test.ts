import { GetBucketLocationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/bucket-in-allowed-region.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3 = mockClient(S3Client);
beforeEach(() => s3.reset());

describe('s3.bucket-in-allowed-region', () => {
  it('PASS in an allowed region, FAIL outside, with the region as evidence', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'eu-data', BucketRegion: 'eu-central-1' }, { Name: 'us-data', BucketRegion: 'us-east-1' }] });
    expect(await runCheck(check, { options: { allowedRegions: ['eu-central-1', 'eu-west-1'] } })).toMatchObject([
      { status: 'PASS', resource: { id: 'eu-data' }, evidence: { region: 'eu-central-1' }, srm: { duty: 'data-residency', layer: 'data', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'us-data' }, evidence: { region: 'us-east-1', allowedRegions: ['eu-central-1', 'eu-west-1'] } },
    ]);
  });

  it('uses GetBucketLocation where ListBuckets gives no region (legacy "EU" is eu-west-1)', async () => {
    s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'old' }] });
    s3.on(GetBucketLocationCommand).resolves({ LocationConstraint: 'EU' });
    expect(await runCheck(check, { options: { allowedRegions: ['eu-west-1'] } })).toMatchObject([{ status: 'PASS', evidence: { region: 'eu-west-1' } }]);
  });

  it('reports nothing (and asks nothing) when allowedRegions is not configured', async () => {
    expect(await runCheck(check)).toEqual([]);
    expect(s3.commandCalls(ListBucketsCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when the bucket list is denied', async () => {
    s3.on(ListBucketsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { options: { allowedRegions: ['eu-west-1'] } })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('s3:ListAllMyBuckets') }]);
  });
});
