import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';

/** A CIDR that admits every address of its family: 0.0.0.0/0 or ::/0 (any prefix length 0). */
const isOpenCidr = (cidr: string) => /\/0$/.test(cidr.trim());

export default defineCheck({
  id: 'eks.endpoint-public-access-restricted',
  title: 'EKS cluster API endpoints are private, or public only to named networks',
  description:
    'The Kubernetes API server endpoint is public by default (endpointPublicAccess true, publicAccessCidrs ["0.0.0.0/0"]): anyone ' +
    'on the internet can reach it and try credentials or exploit an API-server flaw. Passes when endpointPublicAccess is false, or ' +
    'when every publicAccessCidrs entry is narrower than /0; fails when the public endpoint admits 0.0.0.0/0 or ::/0. Access still ' +
    'needs IAM and Kubernetes RBAC, which other duties judge. An answer without endpointPublicAccess is ERROR, not a verdict. ' +
    'Duty app-configuration: the endpoint access setting is configuration of the managed control plane (network controls of a ' +
    'PaaS service are the provider\'s in the SRM matrix).',
  service: 'eks',
  resourceType: 'AWS::EKS::Cluster',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on the private endpoint and turn off the public one, or restrict the public endpoint to your egress CIDRs.',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  },
  async run({ scope, inventory, result }) {
    const names = await inventory.eks.clusterNames(scope.region);
    const source = { service: 'eks' as const, operation: 'DescribeCluster', account: scope.account, region: scope.region };
    const ref = (name: string) => ({ arn: `arn:${scope.partition}:eks:${scope.region}:${scope.account}:cluster/${name}`, id: name });
    return result.forEach(names, ref, async (name) => {
      const c = await inventory.eks.cluster(scope.region, name);
      const vpc = c.resourcesVpcConfig;
      if (vpc?.endpointPublicAccess === undefined) throw invalidData(source, `cluster ${name} has no resourcesVpcConfig.endpointPublicAccess in the answer`);
      const cidrs = vpc.publicAccessCidrs ?? [];
      const evidence = { endpointPublicAccess: vpc.endpointPublicAccess, endpointPrivateAccess: vpc.endpointPrivateAccess ?? null, publicAccessCidrs: cidrs };
      const r = { arn: c.arn ?? ref(name).arn, id: name };
      if (!vpc.endpointPublicAccess) return result.pass(r, `Cluster ${name} has no public API endpoint`, evidence);
      // AWS returns the CIDRs of a public endpoint; none at all means the default, 0.0.0.0/0.
      const open = cidrs.length ? cidrs.filter(isOpenCidr) : ['0.0.0.0/0'];
      return open.length
        ? result.fail(r, `Cluster ${name} has a public API endpoint open to ${open.join(', ')}`, evidence)
        : result.pass(r, `Cluster ${name} has a public API endpoint restricted to ${cidrs.join(', ')}`, evidence);
    });
  },
});
