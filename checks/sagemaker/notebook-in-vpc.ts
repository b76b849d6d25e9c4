import { defineCheck } from '../../src/check/define.js';
import { judgeNotebookInstances } from '../../src/check/kit/sagemaker-notebooks.js';

export default defineCheck({
  id: 'sagemaker.notebook-in-vpc',
  title: 'SageMaker notebook instances run in a VPC subnet',
  description:
    'FSBP SageMaker.2. A notebook instance launched without a subnet lives in a SageMaker-owned network: the customer\'s security ' +
    'groups, network ACLs, flow logs and VPC endpoints do not apply to it, and it always has internet access. PASS when the instance ' +
    'names a SubnetId.',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  severity: 'high',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Recreate the notebook instance in a private subnet of the customer VPC with security groups of its own (placement cannot be changed in place).',
    url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html',
  },
  async run(ctx) {
    return judgeNotebookInstances(ctx, (nb, ref) => {
      const evidence = { SubnetId: nb.SubnetId ?? null, SecurityGroups: nb.SecurityGroups ?? [] };
      return nb.SubnetId
        ? ctx.result.pass(ref, `Notebook instance ${nb.NotebookInstanceName} runs in subnet ${nb.SubnetId}`, evidence)
        : ctx.result.fail(ref, `Notebook instance ${nb.NotebookInstanceName} runs outside any customer VPC (no SubnetId)`, evidence);
    });
  },
});
