import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, type ConfigurationRecorder, type ConfigurationRecorderStatus } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/config/recorder-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const cfg = mockClient(ConfigServiceClient);
beforeEach(() => cfg.reset());
const recorder = (over: Partial<ConfigurationRecorder> = {}): ConfigurationRecorder => ({
  arn: 'arn:aws:config:us-east-1:111122223333:configuration-recorder/default/abcd',
  name: 'default',
  roleARN: 'arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig',
  recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionByResourceTypes: { resourceTypes: [] }, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } },
  recordingMode: { recordingFrequency: 'CONTINUOUS' },
  recordingScope: 'PAID',
  ...over,
});
const status = (over: Partial<ConfigurationRecorderStatus> = {}): ConfigurationRecorderStatus => ({ name: 'default', recording: true, lastStatus: 'Success', lastStartTime: new Date('2025-01-01T00:00:00Z'), ...over });
const given = (recorders: ConfigurationRecorder[], statuses: ConfigurationRecorderStatus[]) => {
  cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: recorders });
  cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: statuses });
};

describe('config.recorder-enabled', () => {
  it('PASS when recording all supported types without failures', async () => {
    given([recorder()], [status()]);
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'default', arn: recorder().arn }, evidence: { recording: true, lastStatus: 'Success', allSupported: true, includeGlobalResourceTypes: true }, srm: { duty: 'configuration-management' } },
    ]);
  });

  it('accepts the recordingStrategy form of "all supported" and a Pending first delivery', async () => {
    given([recorder({ recordingGroup: { allSupported: false, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } } })], [status({ lastStatus: 'Pending' })]);
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } }]);
  });

  it.each([
    ['stopped', recorder(), status({ recording: false })],
    ['recording a subset', recorder({ recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::Instance'], recordingStrategy: { useOnly: 'INCLUSION_BY_RESOURCE_TYPES' } } }), status()],
    ['excluding types', recorder({ recordingGroup: { allSupported: false, recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::NetworkInterface'] } } }), status()],
    ['its last status is Failure', recorder(), status({ lastStatus: 'Failure', lastErrorCode: 'AccessDenied' })],
  ])('FAIL when %s', async (_why, rec, st) => {
    given([rec], [st]);
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'default' } }]);
  });

  it('FAIL when the region has no recorder', async () => {
    given([], []);
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/us-east-1' }, evidence: { recorders: 0 } }]);
  });

  it('a service-linked recorder is not the account\'s recorder: FAIL when it is the only one, ignored beside a customer recorder', async () => {
    const linked = recorder({ name: 'AWSConfigurationRecorderForCloudWatch', servicePrincipal: 'cloudwatch.amazonaws.com', recordingScope: 'INTERNAL', recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::Instance'] } });
    given([linked], [status({ name: linked.name })]);
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/us-east-1' }, evidence: { recorders: 0, serviceLinkedRecorders: ['AWSConfigurationRecorderForCloudWatch'] } }]);
    cfg.reset();
    given([linked, recorder()], [status({ name: linked.name }), status()]);
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'default' } }]);
  });

  it('ERROR naming the permission when the recorder list is denied', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).rejects(awsError('AccessDeniedException'));
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('config:DescribeConfigurationRecorders') }]);
  });
});
