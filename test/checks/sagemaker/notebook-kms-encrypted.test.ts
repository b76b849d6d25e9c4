import { DescribeNotebookInstanceCommand, ListNotebookInstancesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/sagemaker/notebook-kms-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { hardened, notebook, summary } from './fixtures.js';

const sm = mockClient(SageMakerClient);
beforeEach(() => sm.reset());
const R = { region: 'eu-west-1' };

describe('sagemaker.notebook-kms-encrypted', () => {
  it('PASS for the hardened notebook, FAIL for the default one', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('a-hardened'), summary('b-default')] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'a-hardened' }).resolves(notebook('a-hardened', hardened));
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'b-default' }).resolves(notebook('b-default'));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-hardened', arn: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/a-hardened' }, evidence: { KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' } },
      { status: 'FAIL', resource: { id: 'b-default' }, evidence: { KmsKeyId: null }, srm: { duty: 'data-encryption', serviceModel: 'PaaS' } },
    ]);
    expect(sm.commandCalls(DescribeNotebookInstanceCommand)).toHaveLength(2);
  });

  it('ERROR for the one notebook whose Describe is denied; ERROR naming the permission when the list is denied', async () => {
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [summary('a')] });
    sm.on(DescribeNotebookInstanceCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('sagemaker:DescribeNotebookInstance') }]);
    sm.reset();
    sm.on(ListNotebookInstancesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('sagemaker:ListNotebookInstances') }]);
  });
});
