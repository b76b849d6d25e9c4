import type { DomainStatus } from '@aws-sdk/client-opensearch';

/** AWS-shaped DomainStatus (OpenSearch Service API reference), a well-configured public-endpoint domain unless overridden. */
export const domain = (name: string, over: Partial<DomainStatus> = {}): DomainStatus => ({
  DomainId: `111122223333/${name}`,
  DomainName: name,
  ARN: `arn:aws:es:eu-west-1:111122223333:domain/${name}`,
  ClusterConfig: {},
  Endpoint: `search-${name}-abc.eu-west-1.es.amazonaws.com`,
  EngineVersion: 'OpenSearch_2.13',
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
  AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
  LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:eu-west-1:111122223333:log-group:/aws/opensearch/${name}/audit` } },
  AccessPolicies: '',
  ...over,
});

export const policy = (...statements: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });
export const ESHTTP = (principal: unknown, condition?: object) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 'es:ESHttp*',
  Resource: 'arn:aws:es:eu-west-1:111122223333:domain/x/*',
  ...(condition ? { Condition: condition } : {}),
});
