import { DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/redshift/cluster-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn, cluster } from './fixtures.js';

const rs = mockClient(RedshiftClient);
beforeEach(() => rs.reset());
const R = { region: 'eu-west-1' };

describe('redshift.cluster-not-public', () => {
  it('PASS and FAIL per cluster, with the ARN built from the documented format', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a-private'), cluster('b-public', { PubliclyAccessible: true }), cluster('c-odd', { PubliclyAccessible: undefined })] });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-private', arn: arn('a-private'), type: 'AWS::Redshift::Cluster' }, evidence: { PubliclyAccessible: false } },
      { status: 'FAIL', resource: { id: 'b-public' }, evidence: { PubliclyAccessible: true }, srm: { duty: 'app-configuration', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'c-odd' }, evidence: { PubliclyAccessible: null } },
    ]);
  });

  it('follows Marker pages of 100', async () => {
    rs.on(DescribeClustersCommand, { MaxRecords: 100 }).resolves({ Clusters: [cluster('a')], Marker: 'm2' });
    rs.on(DescribeClustersCommand, { MaxRecords: 100, Marker: 'm2' }).resolves({ Clusters: [cluster('b')] });
    expect((await runCheck(check, R)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when DescribeClusters is denied', async () => {
    rs.on(DescribeClustersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('redshift:DescribeClusters') }]);
  });
});
