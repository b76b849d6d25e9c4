import type { Cluster, ContainerDefinition, Service, TaskDefinition } from '@aws-sdk/client-ecs';

export const ACCOUNT = '111122223333';

/** A container definition as DescribeTaskDefinition returns it. */
export function container(name: string, extra: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return { name, image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${name}:1.0.0`, cpu: 0, essential: true, portMappings: [], environment: [], mountPoints: [], volumesFrom: [], ...extra };
}

/** A hardened container: non-root, read-only root, logging to CloudWatch Logs. */
export function hardened(name: string, extra: Partial<ContainerDefinition> = {}): ContainerDefinition {
  return container(name, { user: '1000:1000', readonlyRootFilesystem: true, privileged: false, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${name}`, 'awslogs-region': 'us-east-1' } }, ...extra });
}

/** The latest revision of a family, as DescribeTaskDefinition returns it. */
export function taskDef(family: string, containers: ContainerDefinition[], extra: Partial<TaskDefinition> = {}, revision = 3): TaskDefinition {
  return {
    taskDefinitionArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}:${revision}`,
    family,
    revision,
    containerDefinitions: containers,
    networkMode: 'awsvpc',
    status: 'ACTIVE',
    requiresCompatibilities: ['FARGATE'],
    compatibilities: ['EC2', 'FARGATE'],
    cpu: '256',
    memory: '512',
    ...extra,
  };
}

export const familyArn = (family: string) => `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}`;

export function cluster(name: string, containerInsights: string | undefined): Cluster {
  return {
    clusterArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${name}`,
    clusterName: name,
    status: 'ACTIVE',
    ...(containerInsights === undefined ? {} : { settings: [{ name: 'containerInsights', value: containerInsights as 'enabled' }] }),
  };
}

export function service(clusterName: string, name: string, assignPublicIp?: 'ENABLED' | 'DISABLED'): Service {
  return {
    serviceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/${clusterName}/${name}`,
    serviceName: name,
    clusterArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${clusterName}`,
    status: 'ACTIVE',
    launchType: assignPublicIp ? 'FARGATE' : 'EC2',
    ...(assignPublicIp ? { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'], assignPublicIp } } } : {}),
  };
}
