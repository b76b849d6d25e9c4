import type { Cluster } from '@aws-sdk/client-eks';

export const ACCOUNT = '111122223333';

/** A cluster as DescribeCluster returns it (AWS defaults: public endpoint open to 0.0.0.0/0, logging off, no encryptionConfig). */
export function eksCluster(name: string, extra: Partial<Cluster> = {}): Cluster {
  return {
    name,
    arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`,
    createdAt: new Date('2026-02-01T00:00:00Z'),
    version: '1.34',
    endpoint: `https://${name.toUpperCase()}0123456789.gr7.us-east-1.eks.amazonaws.com`,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`,
    resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'], securityGroupIds: [], clusterSecurityGroupId: 'sg-0c1d2e3f', vpcId: 'vpc-0a1b2c3d', endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
    logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
    status: 'ACTIVE',
    platformVersion: 'eks.5',
    ...extra,
  };
}

export const vpc = (c: Partial<NonNullable<Cluster['resourcesVpcConfig']>>) => ({ resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'], vpcId: 'vpc-0a1b2c3d', ...c } });
export const clusterArn = (name: string) => `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`;
