import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/config/recorder-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const cfg = mockClient(ConfigServiceClient);
beforeEach(() => cfg.reset());
const recorder = (over: object = {}) => ({ name: 'default', roleARN: 'arn:aws:iam::111122223333:role/config', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true }, ...over });

describe('config.recorder-enabled', () => {
  it('PASS when recording all supported types without failures', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [recorder()] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', resource: { id: 'default' }, evidence: { recording: true, allSupported: true }, srm: { duty: 'configuration-management' } }]);
  });

  it('accepts the newer recordingStrategy form of "all supported"', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [recorder({ recordingGroup: { allSupported: false, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } } })] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }] });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS' }]);
  });

  it.each([
    ['stopped', recorder(), { name: 'default', recording: false, lastStatus: 'Success' as const }],
    ['recording a subset', recorder({ recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::Instance'] } }), { name: 'default', recording: true, lastStatus: 'Success' as const }],
    ['failing delivery', recorder(), { name: 'default', recording: true, lastStatus: 'Failure' as const }],
  ])('FAIL when %s', async (_why, rec, status) => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [rec] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [status] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'default' } }]);
  });

  it('FAIL when the region has no recorder', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] });
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { recorders: 0 } }]);
  });

  it('ERROR naming the permission when the recorder list is denied', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).rejects(awsError('AccessDeniedException'));
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('config:DescribeConfigurationRecorders') }]);
  });
});
