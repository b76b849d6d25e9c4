import { defineCheck } from '../../src/check/define.js';
import { judgeNotebookInstances, requiredSetting } from '../../src/check/kit/sagemaker-notebooks.js';

export default defineCheck({
  id: 'sagemaker.notebook-no-direct-internet',
  title: 'SageMaker notebook instances have no direct internet access',
  description:
    'FSBP SageMaker.1. With direct internet access SageMaker gives the notebook a network path to the internet outside the ' +
    'customer\'s VPC controls: code run in the notebook can pull packages or send data out with nothing in the way. Disabled, the ' +
    'notebook reaches out only through the customer\'s VPC (NAT, endpoints, proxies) where egress is governed. A notebook without a ' +
    'subnet always has direct internet access.',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Recreate the notebook instance in a VPC subnet with direct internet access disabled (the setting cannot be changed in place); give it egress through the VPC.',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
  },
  async run(ctx) {
    return judgeNotebookInstances(ctx, (nb, ref) => {
      const access = requiredSetting(ctx.scope, nb, 'DirectInternetAccess');
      const evidence = { DirectInternetAccess: access, SubnetId: nb.SubnetId ?? null };
      return access === 'Disabled'
        ? ctx.result.pass(ref, `Notebook instance ${nb.NotebookInstanceName} has no direct internet access`, evidence)
        : ctx.result.fail(ref, `Notebook instance ${nb.NotebookInstanceName} has direct internet access (DirectInternetAccess ${access})`, evidence);
    });
  },
});
