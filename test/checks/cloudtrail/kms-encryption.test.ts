import { CloudTrailClient, DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cloudtrail/kms-encryption.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { trail } from './fixtures.js';

const ct = mockClient(CloudTrailClient);
beforeEach(() => ct.reset());

describe('cloudtrail.kms-encryption', () => {
  it('PASS with a KMS key, FAIL without, judged in the home region only', async () => {
    ct.on(DescribeTrailsCommand).resolves({
      trailList: [
        trail('enc', { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }),
        trail('plain'),
        trail('elsewhere', { HomeRegion: 'eu-west-1' }),
      ],
    });
    expect(await runCheck(check, { region: 'us-east-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'enc' }, evidence: { KmsKeyId: expect.stringContaining(':key/') }, srm: { duty: 'data-encryption', layer: 'data', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'plain' }, evidence: { KmsKeyId: null } },
    ]);
  });

  it('ERROR naming the permission when DescribeTrails is denied', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cloudtrail:DescribeTrails') }]);
  });
});
