import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'ecs.service-no-public-ip',
  title: 'ECS services do not give their tasks public IP addresses',
  description:
    'With awsvpcConfiguration.assignPublicIp ENABLED every task of the service gets an internet-routable address, so its security ' +
    'groups are the only thing between the container and the internet; tasks belong in private subnets behind a load balancer, with ' +
    'NAT or VPC endpoints for outbound traffic. Fails on ENABLED; passes on DISABLED and on services without an awsvpc configuration ' +
    '(bridge or host networking: the tasks get no address of their own; the instance\'s exposure is judged by the EC2 checks). ' +
    'Services of the EXTERNAL deployment controller keep their network configuration on task sets, which are not read. Duty ' +
    'app-configuration: assignPublicIp is a setting of the managed service (network controls of PaaS are the provider\'s in the matrix).',
  service: 'ecs',
  resourceType: 'AWS::ECS::Service',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Run the service in private subnets with assignPublicIp DISABLED, behind a load balancer; reach AWS APIs and ECR through a NAT gateway or VPC endpoints.',
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<private-subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.ecs.clusters(scope.region);
    return result.forEach(clusters, (c) => ({ arn: c.clusterArn!, id: c.clusterName! }), async (c) => {
      const services = await inventory.ecs.services(scope.region, c.clusterArn!);
      return services.map((s) => {
        const ref = { arn: s.serviceArn!, id: `${c.clusterName}/${s.serviceName}` };
        const assignPublicIp = s.networkConfiguration?.awsvpcConfiguration?.assignPublicIp ?? null;
        const evidence = { assignPublicIp, networkMode: s.networkConfiguration?.awsvpcConfiguration ? 'awsvpc' : null };
        if (assignPublicIp === 'ENABLED') return result.fail(ref, `Service ${s.serviceName} of cluster ${c.clusterName} assigns public IPs to its tasks`, evidence);
        return result.pass(ref, assignPublicIp ? `Service ${s.serviceName} of cluster ${c.clusterName} assigns no public IP (${assignPublicIp})` : `Service ${s.serviceName} of cluster ${c.clusterName} has no awsvpc network configuration`, evidence);
      });
    });
  },
});
