import type { BrokerSummary, DescribeBrokerResponse } from '@aws-sdk/client-mq';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const generalLogGroup = (id: string) => `/aws/amazonmq/broker/${id}/general`;

export const brokerArn = (id: string, name: string) => `arn:aws:mq:us-east-1:${TEST_ACCOUNT}:broker:${name}:${id}`;

export function brokerItem(id: string, name: string, EngineType: 'ACTIVEMQ' | 'RABBITMQ' = 'ACTIVEMQ'): BrokerSummary {
  return { BrokerId: id, BrokerName: name, BrokerArn: brokerArn(id, name), BrokerState: 'RUNNING', DeploymentMode: 'SINGLE_INSTANCE', EngineType, HostInstanceType: 'mq.t3.micro', Created: new Date('2026-01-10T00:00:00Z') };
}

/** DescribeBroker as AWS returns it for a private ActiveMQ broker with default settings. */
export function broker(id: string, name: string, extra: Partial<DescribeBrokerResponse> = {}): DescribeBrokerResponse {
  return {
    BrokerId: id, BrokerName: name, BrokerArn: brokerArn(id, name), BrokerState: 'RUNNING', DeploymentMode: 'SINGLE_INSTANCE',
    EngineType: 'ACTIVEMQ', EngineVersion: '5.18', HostInstanceType: 'mq.t3.micro', AuthenticationStrategy: 'SIMPLE',
    AutoMinorVersionUpgrade: true, PubliclyAccessible: false, Logs: { Audit: false, General: false, GeneralLogGroup: generalLogGroup(id) },
    EncryptionOptions: { UseAwsOwnedKey: true }, Users: [{ Username: 'admin' }], SubnetIds: ['subnet-0a1b2c3d'], SecurityGroups: ['sg-0a1b2c3d'],
    ...extra,
  };
}
