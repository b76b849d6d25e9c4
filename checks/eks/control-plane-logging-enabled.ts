import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'eks.control-plane-logging-enabled',
  title: 'EKS clusters send the control-plane logs needed to investigate access to CloudWatch Logs',
  description:
    'The control plane is AWS\'s, its logs are off by default and only the customer can turn them on. Required types (option ' +
    'requiredLogTypes, default api, audit, authenticator): audit records who did what through the Kubernetes API (the forensic ' +
    'trail), authenticator maps each request\'s IAM identity to its Kubernetes user (without it audit entries cannot be tied to an ' +
    'AWS principal), api records the API server\'s own events (flags, errors, admission). controllerManager and scheduler are ' +
    'operational and not required by default. Fails when a required type is not in an enabled logging.clusterLogging entry.',
  service: 'eks',
  resourceType: 'AWS::EKS::Cluster',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'PaaS',
  scope: 'regional',
  options: { requiredLogTypes: ['api', 'audit', 'authenticator'] },
  remediation: {
    text: 'Enable the api, audit and authenticator control-plane log types (all five for full coverage) and set a retention on the cluster\'s log group.',
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
  },
  async run({ scope, inventory, result, options }) {
    const names = await inventory.eks.clusterNames(scope.region);
    const ref = (name: string) => ({ arn: `arn:${scope.partition}:eks:${scope.region}:${scope.account}:cluster/${name}`, id: name });
    return result.forEach(names, ref, async (name) => {
      const c = await inventory.eks.cluster(scope.region, name);
      const enabled = [...new Set((c.logging?.clusterLogging ?? []).filter((l) => l.enabled === true).flatMap((l) => l.types ?? []))].sort();
      const required = options.requiredLogTypes.map(String);
      const missing = required.filter((t) => !enabled.includes(t as never));
      const evidence = { enabledLogTypes: enabled, requiredLogTypes: required, missingLogTypes: missing };
      const r = { arn: c.arn ?? ref(name).arn, id: name };
      return missing.length
        ? result.fail(r, `Cluster ${name} does not log ${missing.join(', ')}`, evidence)
        : result.pass(r, `Cluster ${name} logs ${enabled.join(', ')}`, evidence);
    });
  },
});
