import { DescribeBrokerCommand, ListBrokersCommand, MqClient } from '@aws-sdk/client-mq';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/mq/broker-audit-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { broker, brokerItem, generalLogGroup } from './fixtures.js';

const mq = mockClient(MqClient);
beforeEach(() => mq.reset());

describe('mq.broker-audit-logging-enabled', () => {
  it('ActiveMQ: PASS with Logs.Audit, FAIL without; RabbitMQ is not judged (no audit log exists)', async () => {
    mq.on(ListBrokersCommand).resolves({ BrokerSummaries: [brokerItem('b-1', 'audited'), brokerItem('b-2', 'silent'), brokerItem('b-3', 'rabbit', 'RABBITMQ')] });
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-1' }).resolves(broker('b-1', 'audited', { Logs: { Audit: true, General: true, GeneralLogGroup: generalLogGroup('b-1') } }));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-2' }).resolves(broker('b-2', 'silent', { Logs: { General: true, GeneralLogGroup: generalLogGroup('b-2') } }));
    mq.on(DescribeBrokerCommand, { BrokerId: 'b-3' }).resolves(broker('b-3', 'rabbit', { EngineType: 'RABBITMQ', Logs: { General: false, GeneralLogGroup: generalLogGroup('b-3') } }));
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'audited' }, evidence: { EngineType: 'ACTIVEMQ', Audit: true, General: true }, srm: { duty: 'logging', serviceModel: 'PaaS', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'silent' }, evidence: { Audit: false, General: true } },
    ]);
  });

  it('ERROR naming the permission when the broker list is denied', async () => {
    mq.on(ListBrokersCommand).rejects(awsError('ForbiddenException', { status: 403 }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('mq:ListBrokers') }]);
  });
});
