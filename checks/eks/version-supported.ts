import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { compareMinorVersions, EKS_VERSION_SOURCE, eksVersionStatus, parseMinorVersion } from '../../src/lib/eks-versions.js';

export default defineCheck({
  id: 'eks.version-supported',
  title: 'EKS clusters run a Kubernetes version in standard support',
  description:
    'AWS patches the control plane within a Kubernetes minor version, but moving to a newer minor version is the customer\'s job. ' +
    'A version past the end of standard support runs on paid extended support (12 more months, then EKS upgrades the cluster on ' +
    'its own schedule); past that it gets no fixes. Fails when the cluster\'s version is past its end of standard support on the ' +
    'scan day (table in src/lib/eks-versions.ts, from ' + EKS_VERSION_SOURCE + '), older than every version in the table, or older ' +
    'than option minimumVersion ("" = no minimum). A version newer than the table passes. Duty app-configuration, not ' +
    'patch-management: in the SRM matrix the host layer of a PaaS service is the provider\'s, while choosing and upgrading the ' +
    'cluster version is the customer\'s configuration.',
  service: 'eks',
  resourceType: 'AWS::EKS::Cluster',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  options: { minimumVersion: '' },
  remediation: {
    text: 'Upgrade the control plane one minor version at a time to a version in standard support, then the node groups and add-ons.',
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
  },
  async run({ scope, inventory, result, options, now }) {
    const names = await inventory.eks.clusterNames(scope.region);
    const source = { service: 'eks' as const, operation: 'DescribeCluster', account: scope.account, region: scope.region };
    const day = now.toISOString().slice(0, 10);
    const minimum = String(options.minimumVersion ?? '');
    const ref = (name: string) => ({ arn: `arn:${scope.partition}:eks:${scope.region}:${scope.account}:cluster/${name}`, id: name });
    return result.forEach(names, ref, async (name) => {
      const c = await inventory.eks.cluster(scope.region, name);
      const version = c.version;
      if (!version || !parseMinorVersion(version)) throw invalidData(source, `cluster ${name} reports version ${JSON.stringify(version ?? null)}`);
      const status = eksVersionStatus(version, day);
      const support = 'support' in status ? status.support : undefined;
      const belowMinimum = parseMinorVersion(minimum) !== undefined && compareMinorVersions(version, minimum) < 0;
      const evidence = {
        version,
        supportStatus: status.kind,
        standardSupportEnd: support?.standardSupportEnd ?? null,
        extendedSupportEnd: support?.extendedSupportEnd ?? null,
        minimumVersion: minimum || null,
      };
      const r = { arn: c.arn ?? ref(name).arn, id: name };
      if (belowMinimum) return result.fail(r, `Cluster ${name} runs Kubernetes ${version}, older than the minimum ${minimum}`, evidence);
      switch (status.kind) {
        case 'standard':
          return result.pass(r, `Cluster ${name} runs Kubernetes ${version}, in standard support until ${status.support.standardSupportEnd}`, evidence);
        case 'newer-than-table':
          return result.pass(r, `Cluster ${name} runs Kubernetes ${version}, newer than every version in the support table`, evidence);
        case 'extended':
          return result.fail(r, `Cluster ${name} runs Kubernetes ${version}, on extended support since ${status.support.standardSupportEnd}`, evidence);
        case 'unsupported':
          return result.fail(r, `Cluster ${name} runs Kubernetes ${version}, out of support`, evidence);
      }
    });
  },
});
